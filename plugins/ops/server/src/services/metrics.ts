import type { Core } from '@strapi/strapi';
import { builtinMetrics } from '../metrics/builtin';
import { callbackMetric } from '../metrics/callbacks';
import { MetricRegistry, type MetricDefinition, type Sample } from '../metrics/registry';

interface PlatformGauges {
  gauge(def: { name: string; help: string; labelNames?: string[]; collect: () => Promise<Sample[]> }): void;
}

const SCRAPE_CACHE_MS = 5000;

/**
 * The metric registry (plugins add theirs with `define`), read all at once per evaluation; each
 * metric is also a gauge `wedraw_<name>` on `/metrics`, answered from the last reading (at most
 * 5 s old) so a scrape costs no more than one evaluation.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const registry = new MetricRegistry();
  let last: { at: number; values: Map<string, Sample[]>; pending?: Promise<Map<string, Sample[]>> } | null = null;

  async function readAll(): Promise<Map<string, Sample[]>> {
    const values = new Map<string, Sample[]>();
    await Promise.all(
      registry.list().map(async (def) => {
        try {
          values.set(def.name, await def.read());
        } catch (err) {
          strapi.log.warn(`[ops] metric ${def.name} not read: ${(err as Error).message}`);
        }
      }),
    );
    last = { at: Date.now(), values };
    return values;
  }

  async function cached(): Promise<Map<string, Sample[]>> {
    if (last && Date.now() - last.at < SCRAPE_CACHE_MS) return last.values;
    if (last?.pending) return last.pending;
    const pending = readAll();
    last = { at: last?.at ?? 0, values: last?.values ?? new Map(), pending };
    return pending;
  }

  return {
    define(def: MetricDefinition): void {
      registry.define(def);
      (strapi.service('api::platform.metrics') as unknown as PlatformGauges | undefined)?.gauge({
        name: `wedraw_${def.name}`,
        help: def.help,
        labelNames: def.labelNames,
        collect: async () => (await cached()).get(def.name) ?? [],
      });
    },

    defineBuiltins(): void {
      for (const def of [...builtinMetrics(strapi), callbackMetric(strapi)]) this.define(def);
    },

    list: () => registry.list().map((d) => ({ name: d.name, label: d.label, unit: d.unit, help: d.help, labelNames: d.labelNames ?? [] })),
    has: (name: string) => Boolean(registry.get(name)),

    /** A fresh reading of every metric (the evaluator's). */
    read: readAll,
    /** The last reading if recent, else a fresh one (overview, scrape). */
    current: cached,
  };
};

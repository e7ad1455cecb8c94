/** One sample of a metric: its value and, where it applies, labels (tenant, channel, account...). */
export interface Sample {
  labels?: Record<string, string>;
  value: number;
}

/**
 * A metric alert rules can watch and `/metrics` exposes (as the gauge `wedraw_<name>`). Plugins add
 * theirs with `strapi.plugin('ops').service('metrics').define(def)`. `read` must be cheap: it runs
 * on every evaluation (every 15 s) and its result is cached for the scrape.
 */
export interface MetricDefinition {
  /** snake_case, unique: `wecom_account_online_ratio`. */
  name: string;
  /** Chinese label for the admin. */
  label: string;
  unit: 'ratio' | 'seconds' | 'count' | 'boolean';
  help: string;
  labelNames?: string[];
  /** Current samples; the alert value is the sample without labels or, failing that, the largest. */
  read: () => Promise<Sample[]>;
}

export class MetricRegistry {
  private readonly defs = new Map<string, MetricDefinition>();

  define(def: MetricDefinition): void {
    if (!/^[a-z][a-z0-9_]{1,62}$/.test(def.name)) throw new Error(`ops: bad metric name "${def.name}"`);
    if (this.defs.has(def.name)) throw new Error(`ops: metric "${def.name}" is defined twice`);
    this.defs.set(def.name, def);
  }

  get(name: string): MetricDefinition | undefined {
    return this.defs.get(name);
  }

  list(): MetricDefinition[] {
    return [...this.defs.values()];
  }
}

/** The figure a rule compares: the unlabelled sample, else the worst (largest) labelled one. */
export function headline(samples: Sample[]): number | null {
  const plain = samples.find((s) => !s.labels || Object.keys(s.labels).length === 0);
  if (plain) return plain.value;
  return samples.length ? Math.max(...samples.map((s) => s.value)) : null;
}

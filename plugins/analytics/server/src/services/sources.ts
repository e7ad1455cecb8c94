import type { AnalyticsSource } from '@wedraw/kit';

/**
 * The source registry: each plugin registers what it can be counted by in its bootstrap
 * (pay registers its own when it lands). Two sources with one name, or one metric claimed by two
 * sources, are refused at startup.
 */
export default () => {
  const sources = new Map<string, AnalyticsSource>();
  return {
    register(source: AnalyticsSource) {
      if (sources.has(source.name)) throw new Error(`analytics: source ${source.name} is registered twice`);
      for (const other of sources.values())
        for (const m of source.metrics)
          if (other.metrics.some((o) => o.name === m.name))
            throw new Error(`analytics: metric ${m.name} of ${source.name} is already counted by ${other.name}`);
      sources.set(source.name, source);
    },
    list(): AnalyticsSource[] {
      return [...sources.values()];
    },
    get(name: string): AnalyticsSource | undefined {
      return sources.get(name);
    },
    /** The source counting a metric. */
    ofMetric(metric: string): AnalyticsSource | undefined {
      return [...sources.values()].find((s) => s.metrics.some((m) => m.name === metric));
    },
  };
};

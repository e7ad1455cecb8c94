import { execFileSync } from 'child_process';
import fs from 'fs';
import path from 'path';
import request from 'supertest';
import { startCms, type TestCms } from '../../../cms/tests/harness/strapi';

const DIR = path.resolve(__dirname, '../../../config/monitoring');

/** PromQL metric names in an expression (identifiers that are not functions, keywords or labels). */
function metricNames(expr: string): string[] {
  const withoutLabels = expr.replace(/\{[^}]*\}/g, '').replace(/by \([^)]*\)/g, '');
  return [...withoutLabels.matchAll(/\b(wedraw_[a-z0-9_]+)\b/g)].map((m) => m[1]);
}

/** The series names /metrics declares (`# TYPE`), a histogram with its _bucket, _sum and _count. */
const exposed = (text: string) =>
  new Set(
    [...text.matchAll(/^# TYPE (\S+) (\S+)$/gm)].flatMap(([, name, type]) =>
      type === 'histogram' ? [name, `${name}_bucket`, `${name}_sum`, `${name}_count`] : [name],
    ),
  );

describe('config/monitoring', () => {
  let cms: TestCms;
  let metrics: Set<string>;
  beforeAll(async () => {
    cms = await startCms({ OPS_EVALUATE_EVERY_MS: '3600000' });
    await request(cms.url).get('/health').expect(200);
    metrics = exposed((await request(cms.url).get('/metrics').expect(200)).text);
  }, 180_000);
  afterAll(() => cms?.stop());

  test('promtool accepts the alert rules (promtool must be installed: Debian package prometheus)', () => {
    // No skip: a CI without promtool fails here, naming what to install.
    const out = execFileSync('promtool', ['check', 'rules', path.join(DIR, 'alerts.yml')], { encoding: 'utf8' });
    expect(out).toMatch(/SUCCESS: 9 rules found/);
    const config = execFileSync('promtool', ['check', 'config', '--syntax-only', path.join(DIR, 'prometheus.yml')], { encoding: 'utf8' });
    expect(config).toContain('SUCCESS');
  });

  test('every metric the alert rules and the Grafana dashboard query exists on /metrics', () => {
    const dashboard = JSON.parse(fs.readFileSync(path.join(DIR, 'grafana-dashboard.json'), 'utf8'));
    const exprs: string[] = dashboard.panels.flatMap((p: { targets?: Array<{ expr: string }> }) => (p.targets ?? []).map((t) => t.expr));
    exprs.push(...[...fs.readFileSync(path.join(DIR, 'alerts.yml'), 'utf8').matchAll(/expr: (.+)$/gm)].map((m) => m[1]));
    const names = new Set(exprs.flatMap(metricNames));
    expect(names.size).toBeGreaterThanOrEqual(8);
    const missing = [...names].filter((n) => !metrics.has(n));
    expect(missing).toEqual([]);
    // Importable without edits: a datasource input, no hard-coded datasource uid.
    expect(dashboard.__inputs[0]).toMatchObject({ name: 'DS_PROMETHEUS', pluginId: 'prometheus' });
  });
});

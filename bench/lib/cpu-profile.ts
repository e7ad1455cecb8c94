/**
 * Summarises V8 .cpuprofile files (from `BENCH_CMS_NODE_ARGS="--cpu-prof --cpu-prof-dir=DIR"`):
 * self and inclusive time per function (name + file:line), the top rows of each, and the share
 * of the samples spent under a path fragment (e.g. `plugins/pay`).
 *
 *   node --import tsx bench/lib/cpu-profile.ts DIR|FILE… [--top 40] [--filter plugins/pay]
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Function key: `name file:line`, the file shortened to what follows node_modules/ or the repository root. */
function keyOf(f: CallFrame): string {
  const url = f.url.replace(/^file:\/\//, '');
  const nm = url.lastIndexOf('node_modules/');
  const short = nm >= 0 ? url.slice(nm + 'node_modules/'.length) : url.replace(/^.*\/(cms|plugins|packages|sandbox)\//, '$1/');
  return `${f.functionName || '(anonymous)'} ${short || '(native)'}:${f.lineNumber + 1}`;
}

export function summarise(profile: CpuProfile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const selfUs = new Map<number, number>();
  profile.samples.forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + Math.max(0, profile.timeDeltas[i] ?? 0)));
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  let total = 0;
  for (const [id, us] of selfUs) {
    total += us;
    const node = byId.get(id) as ProfileNode;
    const k = keyOf(node.callFrame);
    self.set(k, (self.get(k) ?? 0) + us);
    // Each function counted once per stack, however deep its recursion.
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const key = keyOf((byId.get(cur) as ProfileNode).callFrame);
      if (seen.has(key)) continue;
      seen.add(key);
      inclusive.set(key, (inclusive.get(key) ?? 0) + us);
    }
  }
  return { self, inclusive, total };
}

function merge(into: Map<string, number>, from: Map<string, number>) {
  for (const [k, v] of from) into.set(k, (into.get(k) ?? 0) + v);
}

function main() {
  const { values, positionals } = parseArgs({
    options: { top: { type: 'string', default: '40' }, filter: { type: 'string', multiple: true } },
    allowPositionals: true,
  });
  const files = positionals.flatMap((p) =>
    fs.statSync(p).isDirectory()
      ? fs
          .readdirSync(p)
          .filter((f) => f.endsWith('.cpuprofile'))
          .map((f) => path.join(p, f))
      : [p],
  );
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  let total = 0;
  for (const file of files) {
    const s = summarise(JSON.parse(fs.readFileSync(file, 'utf8')) as CpuProfile);
    merge(self, s.self);
    merge(inclusive, s.inclusive);
    total += s.total;
  }
  const top = Number(values.top);
  const pct = (us: number) => `${((100 * us) / total).toFixed(1).padStart(5)} %  ${(us / 1000).toFixed(0).padStart(7)} ms`;
  const print = (title: string, m: Map<string, number>) => {
    console.log(`\n== ${title} (${files.length} profile(s), ${(total / 1000).toFixed(0)} ms sampled)`);
    for (const [k, v] of [...m].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${pct(v)}  ${k}`);
  };
  print('self time', self);
  print('inclusive time', inclusive);
  for (const f of values.filter ?? []) {
    const rows = [...inclusive].filter(([k]) => k.includes(f)).sort((a, b) => b[1] - a[1]);
    console.log(`\n== inclusive time of functions under "${f}"`);
    for (const [k, v] of rows.slice(0, top)) console.log(`${pct(v)}  ${k}`);
  }
}

if (require.main === module) main();

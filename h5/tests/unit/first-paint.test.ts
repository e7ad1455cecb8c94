import { describe, expect, test } from 'vitest';
import { pickEncoding } from '../../server/utils/accept-encoding';
import { hydrateAfterPaint } from '../../server/utils/hydrate-after-paint';

/** The head as Nuxt 4.4 renders it (styles inlined, modulepreload hints, the entry module). */
const HEAD =
  '<meta charset="utf-8"><style>.a{color:red}</style>' +
  '<link rel="modulepreload" as="script" crossorigin href="/_nuxt/entry.js">' +
  '<link rel="modulepreload" as="script" crossorigin href="/_nuxt/vendor.js">' +
  '<script type="module" src="/_nuxt/entry.js" crossorigin></script>' +
  '<link rel="prefetch" as="script" crossorigin href="/_nuxt/later.js">';

describe('hydrateAfterPaint', () => {
  test('the entry and its modulepreload hints move into a script that runs after the first frame', () => {
    const head = hydrateAfterPaint(HEAD);
    expect(head).not.toContain('<link rel="modulepreload"');
    expect(head).not.toContain('src="/_nuxt/entry.js"');
    expect(head).toContain('<style>.a{color:red}</style>');
    expect(head).toContain('<link rel="prefetch" as="script" crossorigin href="/_nuxt/later.js">');
    const script = /<script type="module">(.*?)<\/script>/.exec(head)?.[1];
    expect(script).toContain('const s="/_nuxt/entry.js",p=["/_nuxt/entry.js","/_nuxt/vendor.js"]');
    expect(script).toContain('requestAnimationFrame(()=>setTimeout(b))');
  });

  test('the boot script imports the entry once the frame is painted, then adds the hints 6 per task', async () => {
    const chunks = Array.from({ length: 8 }, (_, i) => `/_nuxt/c${i}.js`);
    const head = `<link rel="modulepreload" as="script" crossorigin href="/_nuxt/entry.js">${chunks.map((c) => `<link rel="modulepreload" as="script" crossorigin href="${c}">`).join('')}<script type="module" src="/_nuxt/entry.js" crossorigin></script>`;
    const script = /<script type="module">(.*?)<\/script>/.exec(hydrateAfterPaint(head))![1]!;
    const frames: Array<() => void> = [];
    const timers: Array<() => void> = [];
    const added: Array<Record<string, string>> = [];
    const imported: string[] = [];
    const document = { visibilityState: 'visible', createElement: () => ({}), head: { append: (l: Record<string, string>) => added.push(l) } };
    // The script as the page runs it, with `import()` (not a function) routed to a recorder.
    new Function('document', 'requestAnimationFrame', 'setTimeout', 'importModule', script.replace('import(s)', 'importModule(s)'))(
      document,
      (f: () => void) => frames.push(f),
      (f: () => void) => timers.push(f),
      (url: string) => imported.push(url),
    );
    expect(imported).toEqual([]);
    frames.shift()!();
    expect(imported).toEqual([]);
    timers.shift()!();
    expect(imported).toEqual(['/_nuxt/entry.js']);
    expect(added.map((l) => l.href)).toEqual(['/_nuxt/entry.js', ...chunks.slice(0, 5)]);
    expect(added.every((l) => l.rel === 'modulepreload' && l.crossOrigin === '')).toBe(true);
    timers.shift()!();
    expect(added.map((l) => l.href)).toEqual(['/_nuxt/entry.js', ...chunks]);
    expect(timers).toEqual([]);
  });

  test('a head without an entry script is left alone', () => {
    const head = '<meta charset="utf-8"><link rel="modulepreload" as="script" crossorigin href="/_nuxt/x.js">';
    expect(hydrateAfterPaint(head)).toBe(head);
  });
});

describe('pickEncoding', () => {
  test.each([
    ['gzip, deflate, br, zstd', 'br'],
    ['gzip, deflate', 'gzip'],
    ['br;q=0, gzip;q=0.8', 'gzip'],
    ['identity', null],
    [undefined, null],
  ] as const)('%s → %s', (header, encoding) => {
    expect(pickEncoding(header)).toBe(encoding);
  });
});

import { spawn } from 'child_process';
import fs from 'fs';
import { createServer } from 'net';
import path from 'path';

/**
 * `npm run dev` (scripts/dev.mjs): it prints the places the README's table lists, one host
 * everywhere, and Ctrl+C stops the whole stack once, cleanly.
 */
const root = path.resolve(__dirname, '..', '..');
const { devUrls } = require(path.join(root, 'scripts', 'lib', 'dev-urls.cjs')) as {
  devUrls(where: { cmsUrl: string; sandboxUrl: string; h5Url: string | null; adminEmail: string; adminPassword: string }): { what: string; url: string }[];
};

const where = (cms: number, sandbox: number, h5: number) => ({
  cmsUrl: `http://127.0.0.1:${cms}`,
  sandboxUrl: `http://127.0.0.1:${sandbox}`,
  h5Url: `http://127.0.0.1:${h5}`,
  adminEmail: 'admin@wedraw.local',
  adminPassword: 'WeDraw2026!',
});

/** The README's table under "`npm run dev` prints where everything is": [what, first URL] per row. */
function readmeTable(): [string, string][] {
  const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
  const start = readme.indexOf('`npm run dev` prints where everything is:');
  expect(start).toBeGreaterThan(-1);
  const lines = readme.slice(start).split('\n').slice(1);
  const table = lines.slice(lines.findIndex((l) => l.startsWith('|')));
  const rows = table
    .slice(
      0,
      table.findIndex((l) => !l.startsWith('|')),
    )
    .slice(2);
  return rows.map((row) => {
    const [, what, where] = row.split('|').map((c) => c.trim());
    return [what!, /https?:\/\/[^\s,)]+/.exec(where!)![0]];
  });
}

test('the README table and the dev banner list the same places at the same URLs', () => {
  const banner = devUrls(where(1337, 7100, 3000)).map((r) => [r.what, r.url]);
  expect(readmeTable()).toEqual(banner);
});

test("the demo menu's links open the H5 on the host the banner prints", () => {
  const h5 = devUrls(where(1337, 7100, 3000)).find((r) => r.what === 'H5 mall')!.url;
  const menu = fs.readFileSync(path.join(root, 'sandbox', 'src', 'state', 'demo-content.ts'), 'utf8');
  const block = menu.slice(menu.indexOf('export const DEMO_MENU'));
  const links = [...block.slice(0, block.indexOf('];')).matchAll(/url: '([^']+)'/g)].map((m) => m[1]!);
  expect(links.length).toBeGreaterThan(0);
  for (const link of links) expect(link.startsWith(h5)).toBe(true);
});

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

const uploadsDir = path.join(root, 'cms', 'public', 'uploads');
const listUploads = () => new Set(fs.existsSync(uploadsDir) ? fs.readdirSync(uploadsDir) : []);

test('Ctrl+C stops the whole stack once: exit code 0, one Strapi shutdown, no crash, nothing left listening', async () => {
  const [cms, sandbox, h5] = [await freePort(), await freePort(), await freePort()];
  const dbFile = `.tmp/dev-sigint-${process.pid}.db`;
  const uploadsBefore = listUploads();
  const child = spawn(process.execPath, [path.join(root, 'scripts', 'dev.mjs')], {
    cwd: root,
    // The admin build takes minutes and is not what this is about.
    env: {
      ...process.env,
      NODE_ENV: 'development',
      PORT: String(cms),
      SANDBOX_PORT: String(sandbox),
      H5_PORT: String(h5),
      DATABASE_FILENAME: dbFile,
      DEV_ADMIN_BUILD: 'off',
      LOG_LEVEL: 'info',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (c: Buffer) => (out += c.toString()));
  child.stderr!.on('data', (c: Buffer) => (out += c.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  try {
    const until = Date.now() + 540_000;
    while (!out.includes('[dev] WeDraw is running')) {
      if (child.exitCode !== null) throw new Error(`dev exited early:\n${out.slice(-3000)}`);
      if (Date.now() > until) throw new Error(`dev did not come up:\n${out.slice(-3000)}`);
      await new Promise((r) => setTimeout(r, 500));
    }
    await new Promise((r) => setTimeout(r, 300));
    // Every place of the README's table is printed, with this run's ports.
    for (const row of devUrls(where(cms, sandbox, h5))) expect(out).toContain(row.url);
    expect((await fetch(`http://127.0.0.1:${cms}/health`)).status).toBe(200);

    child.kill('SIGINT'); // what a terminal's Ctrl+C sends to the foreground process
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    const code = await exited;
    clearTimeout(timer);
    expect({ code, tail: code === 0 ? '' : out.slice(-3000) }).toEqual({ code: 0, tail: '' });
    expect(out).not.toMatch(/TypeError|Unhandled|ERR_/);
    // (The seed step's own Strapi, before the CMS starts, shuts down once too: only the CMS's lines count.)
    expect(out.match(/^\[cms\].*Shutting down Strapi/gm) ?? []).toHaveLength(1);
    expect(out).toMatch(/^\[cms\].*Strapi has been shut down/m);
    expect(out.match(/\[dev\] stopping/g) ?? []).toHaveLength(1);
    for (const port of [cms, sandbox, h5]) await expect(fetch(`http://127.0.0.1:${port}/`)).rejects.toThrow();
  } finally {
    // A failed run still stops its stack through dev.mjs (its parts run in process groups of their own).
    if (child.exitCode === null) {
      child.kill('SIGINT');
      const timer = setTimeout(() => child.kill('SIGKILL'), 45_000);
      await exited;
      clearTimeout(timer);
    }
    for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(path.join(root, 'cms', dbFile + suffix), { force: true });
    for (const file of listUploads()) if (!uploadsBefore.has(file)) fs.rmSync(path.join(uploadsDir, file), { force: true });
  }
}, 600_000);

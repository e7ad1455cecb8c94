import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Router } from '../http/router';
import { escapeHtml, Reply } from '../http/reply';
import type { Runtime } from '../runtime';

const PAGE_DIR = join(__dirname, '..', 'page');
const STATIC: Record<string, string> = {
  'app.js': 'text/javascript; charset=utf-8',
  'style.css': 'text/css; charset=utf-8',
  'wecom.js': 'text/javascript; charset=utf-8',
  'pay.js': 'text/javascript; charset=utf-8',
};

function asset(file: string): string {
  return readFileSync(join(PAGE_DIR, file), 'utf8');
}

function avatar(seed: string, label: string): string {
  let h = 0;
  for (const ch of seed) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  const hue = h % 360;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="96" height="96" viewBox="0 0 96 96"><rect width="96" height="96" rx="12" fill="hsl(${hue},55%,58%)"/><text x="48" y="62" font-size="44" text-anchor="middle" fill="#fff" font-family="Noto Sans CJK SC,PingFang SC,sans-serif">${escapeHtml(label)}</text></svg>`;
}

/** The sandbox's web page (`/`), its assets, and fan avatars. */
export function pageRoutes(router: Router, rt: Runtime): void {
  router.add('GET', '/', () => Reply.html(asset('index.html')));

  router.add('GET', '/_sandbox/page/:file', (ctx) => {
    const file = ctx.params.file as string;
    const type = STATIC[file];
    return type ? new Reply(200, asset(file), type) : Reply.text('not found', 404);
  });

  router.add('GET', '/_sandbox/avatar/:file', (ctx) => {
    const openid = (ctx.params.file as string).replace(/\.svg$/, '');
    const fan = rt.state.appList.map((a) => a.fan(openid)).find(Boolean);
    const label = [...(fan?.nickname ?? '?')].pop() ?? '?';
    return new Reply(200, avatar(openid, label), 'image/svg+xml; charset=utf-8', { 'cache-control': 'max-age=3600' });
  });
}

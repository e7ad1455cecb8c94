import { defineNuxtModule } from 'nuxt/kit';

type GetModuleInfo = (id: string) => { importers: readonly string[] } | null;
type IsPage = (id: string) => boolean;
/** The part of Rollup's client output this module sets. */
type ClientOutput = { manualChunks?: (id: string, meta: { getModuleInfo: GetModuleInfo }) => string | undefined };

const PAGE = /[\\/]app[\\/]pages[\\/][^?]+\.vue$/;
const SHELL = '(app)';

/**
 * Which page files are client-rendered, from the route rules that turn SSR off ('/me', '/me/**'…):
 * `pages/me/orders/[orderNo].vue` is the route '/me/orders/[orderNo]', under '/me'.
 */
export function clientRenderedPages(routeRules: Record<string, { ssr?: boolean } | undefined>): IsPage {
  const prefixes = Object.entries(routeRules)
    .filter(([, rule]) => rule?.ssr === false)
    .map(([route]) => route.replace(/\/\*\*$/, ''));
  return (id) => {
    const route = /[\\/]app[\\/]pages(\/.*?)(?:\/index)?\.vue$/.exec(id.replace(/\\/g, '/'))?.[1];
    return route !== undefined && prefixes.some((p) => route === p || route.startsWith(`${p}/`));
  };
}

/**
 * Who needs a module, walking up its static importers: the server-rendered page files it reaches,
 * or SHELL when it reaches the app itself (entry, app.vue, layouts, plugins). Personal pages count
 * for nothing: their code waits for their visit.
 */
export function usersOf(id: string, getModuleInfo: GetModuleInfo, isPersonal: IsPage, memo = new Map<string, Set<string>>()): Set<string> {
  const known = memo.get(id);
  if (known) return known;
  const users = new Set<string>();
  memo.set(id, users); // a cycle adds nothing
  if (PAGE.test(id)) {
    if (!isPersonal(id)) users.add(id);
    return users;
  }
  const importers = getModuleInfo(id)?.importers ?? [];
  if (!importers.length) users.add(SHELL);
  for (const importer of importers) for (const user of usersOf(importer, getModuleInfo, isPersonal, memo)) users.add(user);
  return users;
}

/** The shared chunk takes what the app itself or two server-rendered pages need; the rest is split as usual. */
export function chunkOf(id: string, getModuleInfo: GetModuleInfo, isPersonal: IsPage, memo?: Map<string, Set<string>>): 'app' | undefined {
  if (PAGE.test(id)) return undefined; // every page its own chunk
  const users = usersOf(id, getModuleInfo, isPersonal, memo);
  return users.has(SHELL) || users.size >= 2 ? 'app' : undefined;
}

/**
 * The browser's JS in few chunks: one with what the server-rendered pages share (Vue, Nuxt, the
 * Vant components and app code they use), then each page's own. By default every shared module
 * was a chunk of its own: the home needed 35 requests (six at a time on HTTP/1.1, a round trip each
 * on a phone's network), now 2.
 */
export default defineNuxtModule({
  meta: { name: 'app-chunks' },
  setup(_options, nuxt) {
    if (nuxt.options.dev) return;
    nuxt.hook('vite:extendConfig', (config, { isClient }) => {
      if (!isClient) return;
      // The hook hands over Vite's config to extend; its types mark it read-only.
      const writable = config as { build?: { rollupOptions?: { output?: ClientOutput | ClientOutput[] } } };
      const output = (((writable.build ??= {}).rollupOptions ??= {}).output ??= {});
      if (Array.isArray(output)) throw new Error('app-chunks: expected one client output');
      const memo = new Map<string, Set<string>>();
      const isPersonal = clientRenderedPages(nuxt.options.routeRules ?? {});
      output.manualChunks = (id, { getModuleInfo }) => chunkOf(id, getModuleInfo, isPersonal, memo);
    });
  },
});

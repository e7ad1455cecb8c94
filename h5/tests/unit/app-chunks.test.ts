import { describe, expect, test } from 'vitest';
import { chunkOf, clientRenderedPages } from '../../modules/app-chunks';

/** A module graph as the bundler reports it: each module with the modules that import it. */
const graph: Record<string, string[]> = {
  '/h5/node_modules/nuxt/dist/app/entry.js': [],
  '/h5/node_modules/vue/index.mjs': ['/h5/node_modules/nuxt/dist/app/entry.js'],
  '/h5/app/pages/index.vue': [],
  '/h5/app/pages/goods/[id].vue': [],
  '/h5/app/pages/me/addresses.vue': [],
  '/h5/app/pages/exchange/confirm.vue': [],
  '/h5/app/components/GoodCard.vue': ['/h5/app/pages/index.vue', '/h5/app/pages/goods/[id].vue'],
  '/h5/app/components/SkuPicker.vue': ['/h5/app/pages/goods/[id].vue'],
  '/h5/app/components/AddressBook.vue': ['/h5/app/pages/me/addresses.vue', '/h5/app/pages/exchange/confirm.vue'],
  '/h5/node_modules/vant/es/stepper/index.mjs': ['/h5/app/components/SkuPicker.vue'],
  '/h5/node_modules/vant/es/field/index.mjs': ['/h5/app/components/AddressBook.vue', '/h5/node_modules/vant/es/search/index.mjs'],
  '/h5/node_modules/vant/es/search/index.mjs': ['/h5/app/pages/index.vue', '/h5/app/pages/goods/[id].vue'],
  '/h5/node_modules/vant/es/utils/a.mjs': ['/h5/node_modules/vant/es/utils/b.mjs'],
  '/h5/node_modules/vant/es/utils/b.mjs': ['/h5/node_modules/vant/es/utils/a.mjs', '/h5/app/pages/me/addresses.vue'],
};
const info = (id: string) => (graph[id] ? { importers: graph[id]! } : null);
const personal = { ssr: false };
const isPersonal = clientRenderedPages({ '/me': personal, '/me/**': personal, '/exchange/**': personal, '/goods/**': { ssr: true } });

describe('clientRenderedPages', () => {
  test.each([
    ['/h5/app/pages/me/index.vue', true],
    ['/h5/app/pages/me/orders/[orderNo].vue', true],
    ['/h5/app/pages/exchange/confirm.vue', true],
    ['/h5/app/pages/index.vue', false],
    ['/h5/app/pages/goods/[id].vue', false],
    ['/h5/app/pages/media.vue', false], // not under '/me'
    ['/h5/app/components/AddressBook.vue', false],
  ])('%s → %s', (id, expected) => {
    expect(isPersonal(id)).toBe(expected);
  });
});

describe('chunkOf', () => {
  test.each([
    ['/h5/node_modules/vue/index.mjs', 'app'], // the app itself needs it
    ['/h5/app/components/GoodCard.vue', 'app'], // two server-rendered pages
    ['/h5/node_modules/vant/es/field/index.mjs', 'app'], // through a component two pages use
    ['/h5/app/components/SkuPicker.vue', undefined], // one page: stays in that page's chunk
    ['/h5/node_modules/vant/es/stepper/index.mjs', undefined],
    ['/h5/app/components/AddressBook.vue', undefined], // personal pages only
    ['/h5/node_modules/vant/es/utils/a.mjs', undefined], // an import cycle under a personal page
    ['/h5/app/pages/index.vue', undefined], // pages are chunks of their own
  ])('%s → %s', (id, chunk) => {
    expect(chunkOf(id, info, isPersonal)).toBe(chunk);
  });
});

import { defineNuxtModule } from 'nuxt/kit';

/**
 * With `features.inlineStyles`, the server-rendered page carries the CSS of every component it
 * rendered in <style> tags, yet Nuxt still links the stylesheets of shared chunks (e.g. the one
 * holding StateView), which then block the first paint for styles the page already has. This drops
 * the stylesheets of non-entry chunks from the server's manifest, i.e. from the page's <link>s only:
 * in the browser, Vite's import of a page chunk still loads the CSS of everything it imports
 * (components that were not server-rendered get their styles there, before they mount).
 */
export default defineNuxtModule({
  meta: { name: 'inlined-css-links' },
  setup(_options, nuxt) {
    if (nuxt.options.dev || !nuxt.options.features.inlineStyles) return;
    nuxt.hook('build:manifest', (manifest) => {
      for (const chunk of Object.values(manifest)) if (!chunk.isEntry && chunk.css?.length) chunk.css = [];
    });
  },
});

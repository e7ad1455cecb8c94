import { addImports, defineNuxtModule } from 'nuxt/kit';

/** Vant's function-style APIs, by the component folder that holds them. */
const VANT_FUNCTIONS: Record<string, string[]> = {
  toast: ['showToast', 'showFailToast', 'showLoadingToast', 'showSuccessToast', 'closeToast'],
  dialog: ['showDialog', 'showConfirmDialog', 'closeDialog'],
  notify: ['showNotify', 'closeNotify'],
  'image-preview': ['showImagePreview'],
};

/**
 * Auto-imports Vant's functions (showToast, showConfirmDialog…) from their own component folders.
 * @vant/nuxt imports them from the package's index, which imports every Vant component: the
 * bundler still drops what is unused, but to modules/app-chunks.ts every component then looks
 * needed by any page that shows a toast. These replace the module's own.
 */
export default defineNuxtModule({
  meta: { name: 'vant-functions' },
  setup(_options, nuxt) {
    nuxt.hook('imports:sources', (sources) => {
      for (let i = sources.length - 1; i >= 0; i--) if ((sources[i] as { from?: string }).from === 'vant') sources.splice(i, 1);
    });
    addImports(Object.entries(VANT_FUNCTIONS).flatMap(([folder, names]) => names.map((name) => ({ name, from: `vant/es/${folder}/index.mjs` }))));
  },
});

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { defineNuxtModule } from 'nuxt/kit';

/**
 * Vant's styles as global CSS (inlined into the server-rendered head with `features.inlineStyles`),
 * instead of the per-component imports @vant/nuxt adds to JS chunks: otherwise the first paint has
 * unstyled Vant components that jump once the JS arrives. The list is every component the pages
 * use, with the ones they nest.
 */
export const VANT_COMPONENTS = [
  'badge',
  'icon',
  'loading',
  'overlay',
  'popup',
  'cell',
  'cell-group',
  'field',
  'button',
  'search',
  'nav-bar',
  'swipe',
  'swipe-item',
  'grid',
  'grid-item',
  'tag',
  'tabbar',
  'tabbar-item',
  'sticky',
  'tabs',
  'tab',
  'sidebar',
  'sidebar-item',
  'list',
  'empty',
  'image',
  'card',
  'stepper',
  'switch',
  'steps',
  'step',
  'radio',
  'radio-group',
  'checkbox',
  'address-list',
  'toast',
  'dialog',
  'action-bar',
  'action-bar-button',
];

/** Vant's icon stylesheet embeds its 34 KB font as base64 (and a fallback on alicdn.com). */
const EMBEDDED_FONT = /url\(data:font\/woff2;charset=utf-8;base64,([A-Za-z0-9+/=]+)\) format\("woff2"\)(?:,url\([^)]*\) format\("woff"\))?/;

/**
 * Writes Vant's icon CSS with its font as a separate file next to it (the bundler fingerprints it
 * into /_nuxt/): inlined into every page, the embedded font would weigh three times the rest of the
 * CSS, and it only matters to the icons, which may appear a moment after the first paint.
 */
export function extractIconFont(iconCss: string, dir: string): void {
  const match = EMBEDDED_FONT.exec(iconCss);
  if (!match) throw new Error('vant-styles: no embedded woff2 font in vant/lib/icon/index.css (Vant changed?)');
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'vant-icon.woff2'), Buffer.from(match[1]!, 'base64'));
  writeFileSync(path.join(dir, 'icon.css'), iconCss.replace(match[0], 'url(./vant-icon.woff2) format("woff2")'));
}

export default defineNuxtModule({
  meta: { name: 'vant-styles' },
  setup(_options, nuxt) {
    const require = createRequire(import.meta.url);
    const vantCss = (name: string) => require.resolve(`vant/lib/${name}/index.css`);
    const dir = path.join(nuxt.options.buildDir, 'vant-styles');
    // Written once the build folder has been cleared, before the bundler reads it.
    nuxt.hook('build:before', () => extractIconFont(readFileSync(vantCss('icon'), 'utf8'), dir));
    const styles = [require.resolve('vant/lib/style/base.css'), ...VANT_COMPONENTS.map((c) => (c === 'icon' ? path.join(dir, 'icon.css') : vantCss(c)))];
    // Before the app's own CSS, which overrides Vant's variables.
    nuxt.options.css.unshift(...styles);
  },
});

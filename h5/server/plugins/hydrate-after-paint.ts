import { hydrateAfterPaint } from '../utils/hydrate-after-paint';

/** The server-rendered pages start hydrating after their first paint (utils/hydrate-after-paint.ts). */
export default defineNitroPlugin((nitroApp) => {
  nitroApp.hooks.hook('render:html', (html) => {
    html.head = html.head.map(hydrateAfterPaint);
  });
});

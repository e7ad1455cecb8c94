const MODULE_PRELOAD = /<link rel="modulepreload" as="script" crossorigin href="([^"]+)">/g;
const ENTRY_SCRIPT = /<script type="module" src="([^"]+)" crossorigin><\/script>/;

/**
 * Rewrites the head Nuxt rendered so that hydration starts after the first paint: the server HTML
 * (with its CSS inline) is the whole first view, so the browser paints it, then fetches the app's
 * modules (the same modulepreload hints, added from script, so they still load in parallel) and runs
 * the entry. Until then the HTML, the largest image and the fonts have the connection to themselves.
 * A hidden page (no frame to wait for) starts at once. Returns the head unchanged when it holds no
 * entry script (a page without scripts, or a Nuxt that renders it differently).
 */
export function hydrateAfterPaint(head: string): string {
  const entry = ENTRY_SCRIPT.exec(head);
  if (!entry) return head;
  const preloads = [...head.matchAll(MODULE_PRELOAD)].map((m) => m[1]!);
  const boot =
    `const s=${JSON.stringify(entry[1])},p=${JSON.stringify(preloads)},b=()=>{for(const h of p){const l=document.createElement("link");` +
    'l.rel="modulepreload";l.crossOrigin="";l.href=h;document.head.append(l)}import(s)};' +
    'document.visibilityState==="hidden"?b():requestAnimationFrame(()=>setTimeout(b))';
  return head.replace(MODULE_PRELOAD, '').replace(entry[0], `<script type="module">${boot}</script>`);
}

const MODULE_PRELOAD = /<link rel="modulepreload" as="script" crossorigin href="([^"]+)">/g;
const ENTRY_SCRIPT = /<script type="module" src="([^"]+)" crossorigin><\/script>/;

/**
 * Rewrites the head Nuxt rendered so that hydration starts after the first paint: the server HTML
 * (with its CSS inline) is the whole first view, so the browser paints it, then imports the entry
 * and adds the same modulepreload hints from script (so the modules still load in parallel). Until then the HTML, the largest image and the fonts have the connection to themselves.
 * A hidden page (no frame to wait for) starts at once. Returns the head unchanged when it holds no
 * entry script (a page without scripts, or a Nuxt that renders it differently).
 */
export function hydrateAfterPaint(head: string): string {
  const entry = ENTRY_SCRIPT.exec(head);
  if (!entry) return head;
  const preloads = [...head.matchAll(MODULE_PRELOAD)].map((m) => m[1]!);
  // The entry first; the hints in batches of 6 per task (each one issues a request on the main thread).
  const boot =
    `const s=${JSON.stringify(entry[1])},p=${JSON.stringify(preloads)},b=()=>{import(s);let i=0;const n=()=>{for(const h of p.slice(i,i+=6)){` +
    'const l=document.createElement("link");l.rel="modulepreload";l.crossOrigin="";l.href=h;document.head.append(l)}if(i<p.length)setTimeout(n)};n()};' +
    'document.visibilityState==="hidden"?b():requestAnimationFrame(()=>setTimeout(b))';
  return head.replace(MODULE_PRELOAD, '').replace(entry[0], `<script type="module">${boot}</script>`);
}

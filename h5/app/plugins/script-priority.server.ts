/**
 * A server-rendered page is complete without its JavaScript, which only makes it interactive.
 * The app's scripts (the entry and its modulepreloads) are fetched at low priority there, so on a
 * slow connection they no longer share the bandwidth with what the first screen shows (the banner,
 * the goods' pictures, the icon font); they still run as soon as they have arrived. Client-rendered
 * pages (the personal ones) never run this plugin on the server and keep the default priority.
 */
export default defineNuxtPlugin((nuxtApp) => {
  nuxtApp.ssrContext?.head.hooks.hook('tags:resolve', ({ tags }) => {
    for (const tag of tags) if (isAppScript(tag)) tag.props.fetchpriority = 'low';
  });
});

function isAppScript(tag: { tag: string; props: Record<string, unknown> }): boolean {
  return (tag.tag === 'link' && tag.props.rel === 'modulepreload') || (tag.tag === 'script' && tag.props.type === 'module' && !!tag.props.src);
}

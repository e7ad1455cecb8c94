/** Media URLs from the CMS are relative ("/uploads/...") unless it has a PUBLIC_URL: make them absolute for the browser. */
export function resolveMediaUrl(url: string | null | undefined, publicApiBase: string): string | undefined {
  if (!url) return undefined;
  if (!url.startsWith('/') || url.startsWith('//')) return url;
  try {
    return new URL(url, publicApiBase).toString();
  } catch {
    return url;
  }
}

export function useMediaUrl() {
  const base = useRuntimeConfig().public.apiBase as string;
  return (url: string | null | undefined) => resolveMediaUrl(url, base);
}

/** The CMS's origin when the browser reaches it on another one (where media and the API live), else null. */
export function crossOrigin(publicApiBase: string, pageOrigin?: string): string | null {
  try {
    const { origin } = new URL(publicApiBase);
    return origin === pageOrigin ? null : origin;
  } catch {
    return null; // a relative base: the page's own origin
  }
}

/**
 * Opens the connection to the CMS while the page's HTML is still arriving: the largest image of
 * the mall pages (a banner, a good's first picture) comes from there.
 */
export function usePreconnectCms() {
  const origin = crossOrigin(useRuntimeConfig().public.apiBase as string, useRequestURL().origin);
  if (origin) useHead({ link: [{ rel: 'preconnect', href: origin }] });
}

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

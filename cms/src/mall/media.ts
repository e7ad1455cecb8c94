import type { Core } from '@strapi/strapi';

export interface MediaFile {
  url: string;
  formats?: Record<string, { url: string }> | null;
}

/** A media file's URL as clients use it: absolute when PUBLIC_URL is configured, else as stored. */
export function mediaUrl(strapi: Core.Strapi, file: MediaFile | null | undefined): string | null {
  if (!file?.url) return null;
  const base = String(strapi.config.get('server.url', '') || '').replace(/\/$/, '');
  return file.url.startsWith('/') && base ? `${base}${file.url}` : file.url;
}

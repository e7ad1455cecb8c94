import { sortedSha1 } from './msg-crypto';

/** How old a push's timestamp may be, seconds. */
export const MAX_AGE_SECONDS = 300;

/** The plain signature of a push or URL check: sha1 of the sorted token, timestamp and nonce. */
export function signatureMatches(token: string, timestamp: string, nonce: string, signature: string | undefined): boolean {
  return Boolean(token && signature && sortedSha1(token, timestamp, nonce) === signature);
}

/** The timestamp is a number within `maxAgeSeconds` of now (either way). */
export function isFresh(timestamp: string, nowSeconds: number, maxAgeSeconds = MAX_AGE_SECONDS): boolean {
  const ts = Number(timestamp);
  return timestamp !== '' && Number.isFinite(ts) && Math.abs(nowSeconds - ts) <= maxAgeSeconds;
}

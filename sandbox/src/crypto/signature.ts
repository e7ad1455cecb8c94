import { createHash } from 'node:crypto';

export function sha1Hex(text: string): string {
  return createHash('sha1').update(text).digest('hex');
}

/**
 * WeChat's callback signatures: sha1 of the strings sorted lexicographically and joined with no
 * separator. Three parts (token, timestamp, nonce) give the plain `signature`; four (plus the
 * Encrypt value) give `msg_signature`.
 */
export function sortedSha1(...parts: string[]): string {
  return sha1Hex([...parts].sort().join(''));
}

/** JS-SDK signature (reference §1.7): sorted key=value pairs, raw values, url without '#...'. */
export function jsapiSignature(p: { ticket: string; nonceStr: string; timestamp: string | number; url: string }): string {
  const url = p.url.split('#')[0];
  const string1 = `jsapi_ticket=${p.ticket}&noncestr=${p.nonceStr}&timestamp=${p.timestamp}&url=${url}`;
  return sha1Hex(string1);
}

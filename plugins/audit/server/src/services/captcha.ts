import { randomUUID } from 'crypto';
import type { Core } from '@strapi/strapi';
import svgCaptcha from 'svg-captcha';
import { auditConfig } from '../config';
import { services } from '../lib/services';

export interface IssuedCaptcha {
  id: string;
  /** An SVG image of the characters to type (no text in the markup a script could read). */
  svg: string;
  expiresInSeconds: number;
}

/** Graphic captchas for the admin login: the answer kept in the shared counters store, usable once. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async issue(): Promise<IssuedCaptcha> {
    const ttl = auditConfig(strapi).captchaTtlSeconds;
    const { data, text } = svgCaptcha.create({ size: 4, noise: 2, ignoreChars: '0oO1iIlL', color: true, background: '#f6f6f9' });
    const id = randomUUID();
    await services(strapi).counters.set(`captcha:${id}`, text.toLowerCase(), ttl);
    return { id, svg: data, expiresInSeconds: ttl };
  },

  /** True when the answer matches (case-insensitive); the captcha is spent either way. */
  async verify(id: string, answer: string): Promise<boolean> {
    if (!/^[0-9a-f-]{36}$/.test(id)) return false;
    const expected = await services(strapi).counters.take(`captcha:${id}`);
    return expected !== null && expected === answer.trim().toLowerCase();
  },
});

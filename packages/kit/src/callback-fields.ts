import { z } from 'zod';

/**
 * The callback settings WeChat and WeCom share, as their consoles define them: a Token of 3–32
 * letters, digits or underscores and a 43-character EncodingAESKey; an empty string leaves one unset.
 */
export const callbackTokenField = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9_]{3,32}$/, 'Token 为 3–32 位字母、数字或下划线')
  .optional()
  .or(z.literal(''));

export const encodingAesKeyField = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9]{43}$/, 'EncodingAESKey 为 43 位字母或数字')
  .optional()
  .or(z.literal(''));

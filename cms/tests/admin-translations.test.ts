/**
 * WeDraw's additions to the admin's zh-Hans catalogue (src/admin/translations) against Strapi's own
 * English catalogues: every key still exists upstream (a renamed key would silently show English
 * again) and every translation keeps the message's arguments ({name}, {count}…).
 */
import fs from 'fs';
import path from 'path';
import { admin } from '../src/admin/translations/admin';
import { contentManager } from '../src/admin/translations/content-manager';
import { email, i18n, usersPermissions } from '../src/admin/translations/plugins';
import { upload } from '../src/admin/translations/upload';

/** A file inside an installed package (their `exports` do not list the translation files). */
function packageFile(file: string): string {
  for (const dir of module.paths) {
    const candidate = path.join(dir, file);
    if (fs.existsSync(candidate)) return candidate;
  }
  throw new Error(`${file} not found`);
}

const english = (file: string): Record<string, string> => {
  const mod = require(packageFile(file));
  return mod.default ?? mod;
};

const catalogues: Array<[string, Record<string, string>, string]> = [
  ['admin', admin, '@strapi/admin/dist/admin/admin/src/translations/en.json.js'],
  ['content-manager', contentManager, '@strapi/content-manager/dist/admin/translations/en.json.js'],
  ['upload', upload, '@strapi/upload/dist/admin/translations/en.json.js'],
  ['users-permissions', usersPermissions, '@strapi/plugin-users-permissions/dist/admin/translations/en.json.js'],
  ['email', email, '@strapi/email/dist/admin/translations/en.json.js'],
  ['i18n', i18n, '@strapi/i18n/dist/admin/translations/en.json.js'],
];

/** The ICU arguments a message uses at any depth: `{name}` and `{count, plural, …}` give `name`, `count`. */
function argumentsOf(message: string): string[] {
  return [...new Set([...message.matchAll(/\{\s*([A-Za-z_][\w.]*)\s*[,}]/g)].map((m) => m[1]))].sort();
}

/** The words a reader sees: arguments, plural/select syntax and tags removed. */
function visibleText(message: string): string {
  let text = message.replace(/<\/?\w+>/g, '').replace(/[\w.+-]+@[\w.-]+/g, ' ');
  for (let previous = ''; previous !== text; ) {
    previous = text;
    text = text.replace(/\{[^{}]*\}/g, ' ');
  }
  return text;
}

// Product, protocol and key names that stay as they are.
const ALLOWED_WORDS = new Set([
  'API',
  'ID',
  'documentId',
  'DKIM',
  'OAuth2',
  'Webhook',
  'SMTP',
  'TLS',
  'JSON',
  'Ctrl',
  'Cmd',
  'Shift',
  'Enter',
  'rel',
  'WeDraw',
  'AI',
  'Command',
  'Control',
  'Esc',
]);

describe.each(catalogues)('%s', (_name, translations, path) => {
  const en = english(path);

  test('every key exists in Strapi’s English catalogue', () => {
    expect(Object.keys(translations).filter((key) => !(key in en))).toEqual([]);
  });

  test('every translation keeps the arguments of the English message', () => {
    const mismatched = Object.entries(translations)
      .filter(([key]) => key in en)
      .filter(([key, zh]) => argumentsOf(zh).some((arg) => !argumentsOf(en[key]).includes(arg)))
      .map(([key, zh]) => `${key}: ${JSON.stringify(zh)} vs ${JSON.stringify(en[key])}`);
    expect(mismatched).toEqual([]);
  });

  test('no translation is left in English', () => {
    const english = Object.entries(translations)
      .map(([key, zh]) => [key, (visibleText(zh).match(/[A-Za-z][A-Za-z0-9]+/g) ?? []).filter((w) => !ALLOWED_WORDS.has(w))] as const)
      .filter(([, words]) => words.length > 0)
      .map(([key, words]) => `${key}: ${words.join(' ')}`);
    expect(english).toEqual([]);
  });
});

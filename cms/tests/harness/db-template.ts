import { createHash } from 'crypto';
import fs from 'fs';
import os from 'os';
import path from 'path';

const APP_DIR = path.resolve(__dirname, '..', '..');

/**
 * The schema of a booted test database, replayed into the next fresh one (MySQL only).
 *
 * Strapi creates ~200 tables one statement at a time on an empty database: most of a test file's
 * boot. The first boot of a run records every table's `SHOW CREATE TABLE` (foreign keys and indexes
 * included, auto-increment counters dropped) and the rows of Strapi's schema and migration
 * bookkeeping; a later fresh database gets them in one round trip, so Strapi finds its schema in
 * place and skips the sync. Application data is never copied: bootstrap seeds each database as
 * on an empty one. Should the recorded schema not match the code (a stale file), Strapi's own
 * sync brings the database up to date, as on any deploy.
 *
 * The record is keyed by the content types and components Strapi builds its schema from (the
 * CMS's and every plugin's compiled `content-types`) and Strapi's version; it lives in the OS temp
 * directory, outside the repository.
 */

/** Strapi's own bookkeeping, copied with its rows: the stored schema (and its hash) and the migrations run. */
const BOOKKEEPING = ['strapi_database_schema', 'strapi_migrations', 'strapi_migrations_internal'];

interface Template {
  tables: string[];
  rows: Record<string, Array<Record<string, unknown>>>;
}

type Conn = { query(sql: string, values?: unknown[]): Promise<[unknown, unknown]> };

function schemaFiles(dir: string, out: string[] = []): string[] {
  if (!fs.existsSync(dir)) return out;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules') schemaFiles(full, out);
    } else if (/[\\/](content-types|components)[\\/]/.test(full) && /\.(json|js)$/.test(entry.name)) out.push(full);
  }
  return out;
}

function templateFile(): string {
  const hash = createHash('sha1');
  hash.update(String((require('@strapi/core/package.json') as { version: string }).version));
  const roots = [path.join(APP_DIR, 'dist', 'src')];
  const pluginsDir = path.join(APP_DIR, '..', 'plugins');
  if (fs.existsSync(pluginsDir)) for (const p of fs.readdirSync(pluginsDir)) roots.push(path.join(pluginsDir, p, 'dist', 'server'));
  for (const file of roots.flatMap((r) => schemaFiles(r)).sort()) hash.update(file).update(fs.readFileSync(file));
  return path.join(os.tmpdir(), 'wedraw-test-db-templates', `${hash.digest('hex')}.json`);
}

/** The recorded schema for this code, or null when none was recorded yet. */
export function readTemplate(): { file: string; template: Template | null } {
  const file = templateFile();
  try {
    return { file, template: JSON.parse(fs.readFileSync(file, 'utf8')) as Template };
  } catch {
    return { file, template: null };
  }
}

/** A row's value as written back: JSON columns read as objects go back as text. */
const cell = (v: unknown) => (v !== null && typeof v === 'object' && !(v instanceof Date) && !Buffer.isBuffer(v) ? JSON.stringify(v) : v);

/** Creates the recorded tables and bookkeeping rows in an empty database. */
export async function applyTemplate(conn: Conn, database: string, template: Template): Promise<void> {
  const statements = [`USE \`${database}\``, 'SET FOREIGN_KEY_CHECKS = 0', ...template.tables];
  await conn.query(statements.join(';\n'));
  for (const [table, rows] of Object.entries(template.rows)) {
    if (!rows.length) continue;
    const columns = Object.keys(rows[0]);
    await conn.query(`INSERT INTO \`${database}\`.\`${table}\` (${columns.map((c) => `\`${c}\``).join(', ')}) VALUES ?`, [
      rows.map((r) => columns.map((c) => cell(r[c]))),
    ]);
  }
  await conn.query('SET FOREIGN_KEY_CHECKS = 1');
}

/** Records a booted database's schema for the next fresh ones (written atomically: lanes race). */
export async function recordTemplate(conn: Conn, database: string, file: string): Promise<void> {
  const [list] = (await conn.query(
    "SELECT TABLE_NAME AS name FROM information_schema.TABLES WHERE TABLE_SCHEMA = ? AND TABLE_TYPE = 'BASE TABLE' ORDER BY TABLE_NAME",
    [database],
  )) as [Array<{ name: string }>, unknown];
  const tables: string[] = [];
  const rows: Template['rows'] = {};
  for (const { name } of list) {
    const [[created]] = (await conn.query(`SHOW CREATE TABLE \`${database}\`.\`${name}\``)) as [Array<Record<string, string>>, unknown];
    tables.push(created['Create Table'].replace(/ AUTO_INCREMENT=\d+/, ''));
    if (BOOKKEEPING.includes(name))
      rows[name] = ((await conn.query(`SELECT * FROM \`${database}\`.\`${name}\``)) as [Array<Record<string, unknown>>, unknown])[0];
  }
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temp, JSON.stringify({ tables, rows }));
  fs.renameSync(temp, file);
}

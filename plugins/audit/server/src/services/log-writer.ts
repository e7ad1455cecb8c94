import type { Core } from '@strapi/strapi';
import { auditConfig } from '../config';

export const LOGIN_LOG = 'plugin::audit.login-log';
export const OPERATION_LOG = 'plugin::audit.operation-log';
type LogUid = typeof LOGIN_LOG | typeof OPERATION_LOG;

/**
 * Log lines leave the request path: a request only appends to this instance's buffer; a timer
 * (every `flushMs`) or a full batch (`batchSize`) writes them with one INSERT per table. The buffer
 * is flushed on shutdown; a crash loses at most the last `flushMs` of lines.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const buffers: Record<LogUid, Record<string, unknown>[]> = { [LOGIN_LOG]: [], [OPERATION_LOG]: [] };
  let timer: NodeJS.Timeout | null = null;
  let writing: Promise<void> = Promise.resolve();

  async function write(uid: LogUid): Promise<void> {
    const rows = buffers[uid].splice(0, buffers[uid].length);
    const { batchSize } = auditConfig(strapi);
    for (let i = 0; i < rows.length; i += batchSize) {
      try {
        await strapi.db.query(uid).createMany({ data: rows.slice(i, i + batchSize) });
      } catch (err) {
        strapi.log.error(`[audit] could not write ${rows.length} ${uid} lines: ${(err as Error).message}`);
      }
    }
  }

  const flush = (): Promise<void> => {
    writing = writing.then(() => write(LOGIN_LOG)).then(() => write(OPERATION_LOG));
    return writing;
  };

  return {
    push(uid: LogUid, row: Record<string, unknown>): void {
      buffers[uid].push(row);
      if (buffers[uid].length >= auditConfig(strapi).batchSize) void flush();
    },
    /** Writes what is buffered now; resolves when it is in the database. */
    flush,
    start(): void {
      if (timer) return;
      timer = setInterval(() => void flush(), auditConfig(strapi).flushMs);
      timer.unref();
    },
    async stop(): Promise<void> {
      if (timer) clearInterval(timer);
      timer = null;
      await flush();
    },
  };
};

import type { Core } from '@strapi/strapi';
import type { Context, Next } from 'koa';
import { formatOperator, operatorOf, secretFieldsOf } from '@wedraw/kit';
import { auditConfig } from '../config';
import { maskedParams, maskUrl } from '../lib/masking';
import { describe, isAdminWrite } from '../lib/operations';
import { services } from '../lib/services';
import { OPERATION_LOG } from '../services/log-writer';

type UploadedFile = { originalFilename?: string; name?: string; size?: number; mimetype?: string; type?: string };

const filesOf = (ctx: Context) => {
  const files = (ctx.request as unknown as { files?: Record<string, UploadedFile | UploadedFile[]> }).files;
  if (!files) return undefined;
  return Object.values(files)
    .flat()
    .map((f) => ({ name: f.originalFilename ?? f.name, size: f.size, type: f.mimetype ?? f.type }));
};

/**
 * App-level middleware (first in the stack, so it sees the final status after Strapi's error
 * middleware): one operation log line per admin write, by an authenticated admin, pushed to the
 * batch writer after the answer is ready — nothing is written on the request path.
 */
export function operationRecorder(strapi: Core.Strapi) {
  const enabled = auditConfig(strapi).operationLog;
  return async (ctx: Context, next: Next) => {
    if (!enabled || !isAdminWrite(ctx.method, ctx.path)) return next();
    const started = process.hrtime.bigint();
    try {
      await next();
    } finally {
      record(ctx, Number((process.hrtime.bigint() - started) / 1_000_000n));
    }
  };

  function record(ctx: Context, durationMs: number) {
    const op = operatorOf(ctx as never);
    if (op?.type !== 'admin') return;
    const status = ctx.status;
    const error = (ctx.body as { error?: { name?: string; message?: string } } | undefined)?.error;
    const body = (ctx.request as unknown as { body?: unknown }).body;
    const files = filesOf(ctx);
    services(strapi).logWriter.push(OPERATION_LOG, {
      adminId: op.id,
      admin: formatOperator(op),
      ...describe(ctx.method, ctx.path),
      method: ctx.method,
      url: maskUrl(ctx.url).slice(0, 1024),
      ip: ctx.request.ip,
      params: maskedParams(ctx.query, files ? { ...(body as object), files } : body, secretFieldsOf(ctx)),
      status,
      result: status < 400 ? 'success' : 'failure',
      error: status >= 400 ? `${error?.name ?? status}: ${error?.message ?? ''}`.slice(0, 1024) : null,
      durationMs,
      at: new Date(),
    });
  }
}

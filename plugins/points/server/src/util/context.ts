import { errors } from '@strapi/utils';

export interface Ctx {
  state: { user?: { id: number; email?: string; firstname?: string; lastname?: string; username?: string }; auth?: { strategy?: { name?: string }; credentials?: { id?: number; name?: string } } };
  params: Record<string, string>;
  query: Record<string, unknown>;
  request: { body?: unknown };
  status: number;
  body: unknown;
}

/** The logged-in user of a content-API request. */
export function currentUserId(ctx: Ctx): number {
  const id = ctx.state.user?.id;
  if (!id) throw new errors.UnauthorizedError('请先登录');
  return id;
}

/** Who did it, for the ledger's `operator` column: an admin (email) or an API token (name). */
export function operatorOf(ctx: Ctx): string {
  const user = ctx.state.user;
  if (user?.email) return `admin:${user.email}`;
  const token = ctx.state.auth?.credentials;
  if (token?.name) return `api-token:${token.name}`;
  if (token?.id) return `api-token:${token.id}`;
  return user?.id ? `user:${user.id}` : 'unknown';
}

import { errors } from '@strapi/utils';

export interface Ctx {
  state: {
    user?: { id: number; email?: string; firstname?: string; lastname?: string; username?: string };
    auth?: { strategy?: { name?: string }; credentials?: { id?: number; name?: string } };
  };
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

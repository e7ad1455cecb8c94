import { errors } from '@strapi/utils';

/**
 * Who did something, for every audit `operator` column: an admin (admin panel session), a
 * users-permissions user, an API token, or the system itself (a job, a bootstrap).
 */
export type OperatorType = 'admin' | 'user' | 'api-token' | 'system';

export interface Operator {
  type: OperatorType;
  /** The admin's, user's or token's id; null for the system. */
  id: number | null;
  /** The admin's email, the user's username (or email), the token's name, the job's name. */
  name: string;
}

/** The part of a Koa context Strapi's auth fills in. */
export interface AuthContext {
  state: {
    user?: { id?: number | string; email?: string | null; username?: string | null; firstname?: string | null; provider?: string; confirmed?: boolean } | null;
    auth?: { strategy?: { name?: string } | null; credentials?: { id?: number | string; name?: string } | null } | null;
  };
}

/** The column holds at most this many characters (a VARCHAR(191), the widest utf8mb4 index). */
export const OPERATOR_MAX_LENGTH = 191;

const toId = (id: number | string | undefined): number | null => {
  const n = Number(id);
  return id === undefined || id === null || !Number.isFinite(n) ? null : n;
};

/** A job or a bootstrap acting on its own. */
export const systemOperator = (name: string): Operator => ({ type: 'system', id: null, name });

/** The identity behind a request; `null` when nobody is authenticated. */
export function operatorOf(ctx: AuthContext): Operator | null {
  const { user, auth } = ctx.state ?? {};
  const strategy = auth?.strategy?.name ?? '';
  if (user && user.id !== undefined) {
    // Admin sessions use the `admin` strategy; users-permissions users carry provider/confirmed.
    const isUser = strategy === 'users-permissions' || (strategy !== 'admin' && (user.provider !== undefined || user.confirmed !== undefined));
    if (isUser) return { type: 'user', id: toId(user.id), name: user.username || user.email || String(user.id) };
    return { type: 'admin', id: toId(user.id), name: user.email || user.username || user.firstname || String(user.id) };
  }
  const token = auth?.credentials;
  if (token && (token.id !== undefined || token.name)) return { type: 'api-token', id: toId(token.id), name: token.name || String(token.id) };
  return null;
}

/**
 * The logged-in visitor of a content-API request (a users-permissions user); 401 "请先登录" when the
 * request carries no user. Admin sessions and API tokens are not visitors.
 */
export function currentUserId(ctx: AuthContext): number {
  const op = operatorOf(ctx);
  if (op?.type !== 'user' || op.id === null) throw new errors.UnauthorizedError('请先登录');
  return op.id;
}

/** The identity behind a request, or the given system operator when nobody is authenticated. */
export const operatorOrSystem = (ctx: AuthContext, fallback = 'unknown'): Operator => operatorOf(ctx) ?? systemOperator(fallback);

/**
 * The one text form every audit column stores: `type:id:name` (`admin:3:ops@example.com`,
 * `api-token:7:crm`, `user:42:alice`, `system::points-expiry`), at most 191 characters.
 */
export function formatOperator(op: Operator): string {
  return `${op.type}:${op.id ?? ''}:${op.name}`.slice(0, OPERATOR_MAX_LENGTH);
}

const TYPES: readonly string[] = ['admin', 'user', 'api-token', 'system'];

/** The identity of a stored `type:id:name`; null when the text is not in that form. */
export function parseOperator(text: string | null | undefined): Operator | null {
  const m = /^([a-z-]+):(\d*):(.*)$/s.exec(text ?? '');
  if (!m || !TYPES.includes(m[1]!)) return null;
  return { type: m[1] as OperatorType, id: m[2] ? Number(m[2]) : null, name: m[3]! };
}

/** `formatOperator(operatorOrSystem(ctx))`: what an audit column stores for a request. */
export const operatorText = (ctx: AuthContext, fallback = 'unknown'): string => formatOperator(operatorOrSystem(ctx, fallback));

import type { Core } from '@strapi/strapi';

interface SessionRow {
  sessionId: string;
  userId: string;
  createdAt: string;
  expiresAt: string;
  absoluteExpiresAt: string | null;
}

export interface OnlineSession {
  sessionId: string;
  adminId: number;
  email: string;
  name: string;
  createdAt: string;
  expiresAt: string;
  absoluteExpiresAt: string | null;
}

type SessionManager = (origin: string) => { revokeSessionById(userId: string, sessionId: string): Promise<boolean> };

/**
 * 在线管理员: the admin sessions Strapi's session manager holds (`admin::session`, origin `admin`)
 * that are active and not past their idle expiry. Every admin request checks its session, so a
 * revoked one is refused at once.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async online(): Promise<OnlineSession[]> {
    const rows = (await strapi.db.query('admin::session').findMany({
      where: { origin: 'admin', status: 'active', expiresAt: { $gt: new Date() } },
      orderBy: { createdAt: 'desc' },
      limit: 500,
    })) as SessionRow[];
    const ids = [...new Set(rows.map((r) => Number(r.userId)).filter(Number.isFinite))];
    const users = (await strapi.db.query('admin::user').findMany({ where: { id: { $in: ids } }, select: ['id', 'email', 'firstname', 'lastname'] })) as {
      id: number;
      email: string;
      firstname: string | null;
      lastname: string | null;
    }[];
    const byId = new Map(users.map((u) => [u.id, u]));
    return rows.map((r) => {
      const u = byId.get(Number(r.userId));
      return {
        sessionId: r.sessionId,
        adminId: Number(r.userId),
        email: u?.email ?? '',
        name: [u?.lastname, u?.firstname].filter(Boolean).join('') || (u?.email ?? ''),
        createdAt: r.createdAt,
        expiresAt: r.expiresAt,
        absoluteExpiresAt: r.absoluteExpiresAt,
      };
    });
  },

  /** Force logout: the session is deleted; false when there is no such admin session. */
  async revoke(sessionId: string): Promise<boolean> {
    const row = (await strapi.db.query('admin::session').findOne({ where: { sessionId, origin: 'admin' } })) as SessionRow | null;
    if (!row) return false;
    const manager = (strapi as unknown as { sessionManager: SessionManager }).sessionManager;
    return manager('admin').revokeSessionById(String(row.userId), sessionId);
  },
});

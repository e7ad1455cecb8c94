import { randomBytes } from 'crypto';
import type { Core } from '@strapi/strapi';
import createError from 'http-errors';
import { z } from 'zod';
import { parse } from '@wedraw/kit';
import { WecomError } from '../clients/wecom-client';
import { services } from '../lib/services';
import { UID } from '../lib/uids';
import type { WecomCorp } from './corps';

export const loginUrlQuery = z.object({
  redirect: z.string().url().max(1024),
  corpId: z.string().optional(),
  agentId: z.coerce.number().int().min(1).optional(),
  state: z.string().max(128).optional(),
});
export const loginBody = z.object({ code: z.string().min(1).max(512), corpId: z.string().optional(), agentId: z.coerce.number().int().min(1).optional() });

/** WeCom's login codes that are the caller's fault (unknown, expired or used). */
const CODE_ERRORS = new Set([40029, 41008]);

/**
 * WeCom web login for the employees' WeCom H5: the QR / redirect URL of `wwlogin/sso/login`, and
 * a code exchanged through `auth/getuserinfo` (with the app's secret) for a WeDraw user linked to
 * the member, created on first login.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  /** The corp and app named, or the only corp and its first app. */
  async function appOf(corpId?: string, agentId?: number): Promise<{ corp: WecomCorp; agentId: number }> {
    const s = services(strapi);
    const corps = corpId ? [await s.corps.require(corpId)] : await Promise.all((await s.corps.list()).slice(0, 2).map((c) => s.corps.require(c.corpId)));
    if (corps.length !== 1) throw createError(400, corps.length ? '配置了多个企业，请指定 corpId' : '尚未配置企业微信', { name: 'ValidationError' });
    const corp = corps[0]!;
    const app = agentId ? corp.apps.find((a) => a.agentId === agentId) : corp.apps[0];
    if (!app) throw createError(400, '该企业没有这个应用', { name: 'ValidationError' });
    return { corp, agentId: app.agentId };
  }

  async function userFor(corp: WecomCorp, userid: string): Promise<{ id: number; username: string }> {
    const key = `${corp.corpId}:${userid}`;
    const member = (await strapi.db.query(UID.member).findOne({ where: { key }, populate: ['user'] })) as {
      id: number;
      user?: { id: number; username: string } | null;
    } | null;
    if (member?.user) return member.user;
    const role = (await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'authenticated' } })) as { id: number } | null;
    const username = `wecom_${randomBytes(6).toString('hex')}`;
    const user = (await strapi.db.query('plugin::users-permissions.user').create({
      data: { username, email: `${username}@wecom.wedraw.local`, provider: 'wecom', confirmed: true, blocked: false, role: role?.id },
    })) as { id: number; username: string };
    // A member not mirrored yet (no pull so far) gets its row now; the next pull or push fills it in.
    if (!member) await services(strapi).directory.upsertMembers(corp.corpId, [{ userid, detailRead: false }], null);
    const row = member ?? ((await strapi.db.query(UID.member).findOne({ where: { key } })) as { id: number });
    await strapi.db.query(UID.member).update({ where: { id: row.id }, data: { user: user.id } });
    return user;
  }

  return {
    async loginUrl(query: unknown): Promise<{ url: string }> {
      const q = parse(loginUrlQuery, query);
      const { corp, agentId } = await appOf(q.corpId, q.agentId);
      const host = corp.apiBase === 'https://qyapi.weixin.qq.com' ? 'https://login.work.weixin.qq.com' : corp.apiBase;
      const params = new URLSearchParams({
        login_type: 'CorpApp',
        appid: corp.corpId,
        agentid: String(agentId),
        redirect_uri: q.redirect,
        state: q.state ?? randomBytes(8).toString('hex'),
      });
      return { url: `${host}/wwlogin/sso/login?${params}` };
    },

    async login(body: unknown): Promise<{ jwt: string; user: { id: number; username: string }; userid: string }> {
      const input = parse(loginBody, body);
      const { corp, agentId } = await appOf(input.corpId, input.agentId);
      let userid: string;
      try {
        const answer = await services(strapi)
          .clients.client(corp, `app:${agentId}`)
          .get<{ userid?: string }>('/cgi-bin/auth/getuserinfo', { code: input.code });
        if (!answer.userid) throw createError(403, '仅企业成员可以登录', { name: 'NotAMember' });
        userid = answer.userid;
      } catch (err) {
        if (err instanceof WecomError && CODE_ERRORS.has(err.errcode)) throw createError(400, '登录凭证无效或已使用', { name: 'InvalidCode' });
        if (err instanceof WecomError)
          throw createError(502, '企业微信服务暂时不可用，请稍后再试', { name: 'WecomUnavailable', details: { errcode: err.errcode } });
        throw err;
      }
      const user = await userFor(corp, userid);
      const jwt = String(await strapi.plugin('users-permissions').service('jwt').issue({ id: user.id }));
      return { jwt, user: { id: user.id, username: user.username }, userid };
    },
  };
};

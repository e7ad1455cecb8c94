import type { Core } from '@strapi/strapi';

export const DEV_ADMIN_DEFAULTS = { email: 'admin@wedraw.local', password: 'WeDraw2026!' };

/**
 * Development only: make sure an admin account exists (ADMIN_EMAIL / ADMIN_PASSWORD, defaults
 * above), with the admin in Simplified Chinese, and say on start how to log in.
 */
export async function ensureDevAdmin(strapi: Core.Strapi): Promise<void> {
  const email = process.env.ADMIN_EMAIL || DEV_ADMIN_DEFAULTS.email;
  const password = process.env.ADMIN_PASSWORD || DEV_ADMIN_DEFAULTS.password;
  const users = strapi.service('admin::user') as any;
  const existing = await strapi.db.query('admin::user').findOne({ where: { email } });
  if (!existing) {
    const superAdmin = await (strapi.service('admin::role') as any).getSuperAdmin();
    await users.create({
      email,
      firstname: '运营',
      lastname: '管理员',
      password,
      isActive: true,
      registrationToken: null,
      preferedLanguage: 'zh-Hans',
      roles: superAdmin ? [superAdmin.id] : [],
    });
  }
  strapi.log.info(`[dev] 管理后台 /admin  账号 ${email}  密码 ${existing ? '(已存在，未修改)' : password}`);
}

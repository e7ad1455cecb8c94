import type { Core } from '@strapi/strapi';

/**
 * Development only: make sure an admin account exists (`wedraw.devAdmin`: ADMIN_EMAIL /
 * ADMIN_PASSWORD, defaults in config/wedraw.ts), with the admin in Simplified Chinese, and say on
 * start how to log in.
 */
export async function ensureDevAdmin(strapi: Core.Strapi): Promise<void> {
  const { email, password } = strapi.config.get('wedraw.devAdmin') as { email: string; password: string };
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

import type { Core } from '@strapi/strapi';

/**
 * Strapi seeds a new database with records an operator reads in the admin, named in English: two
 * API tokens, three admin roles and the two visitor roles. They get Chinese names and descriptions
 * while they still carry Strapi's words (one renamed by someone is left alone). Code finds these
 * records by their code or type, never by name.
 */
export const DEFAULT_NAMES: Array<{ uid: string; english: string; name: string; description: string }> = [
  { uid: 'admin::api-token', english: 'Read Only', name: '默认只读令牌', description: '系统创建的只读令牌：只能读取内容' },
  {
    uid: 'admin::api-token',
    english: 'Full Access',
    name: '默认完全访问令牌',
    description: '系统创建的完全访问令牌：可以读取和修改所有内容，请谨慎使用或删除',
  },
  { uid: 'admin::role', english: 'Super Admin', name: '超级管理员', description: '可以使用和管理所有功能与设置' },
  { uid: 'admin::role', english: 'Editor', name: '编辑', description: '可以管理和发布所有内容，包括其他人创建的内容' },
  { uid: 'admin::role', english: 'Author', name: '作者', description: '可以管理自己创建的内容' },
  { uid: 'plugin::users-permissions.role', english: 'Public', name: '未登录访客', description: '未登录的访客（H5、小程序）' },
  { uid: 'plugin::users-permissions.role', english: 'Authenticated', name: '已登录访客', description: '已登录的访客（H5、小程序）' },
];

export async function nameDefaultRecords(strapi: Core.Strapi): Promise<void> {
  for (const { uid, english, name, description } of DEFAULT_NAMES) {
    const query = strapi.db.query(uid as any);
    const record = await query.findOne({ where: { name: english } });
    if (record) await query.update({ where: { id: record.id }, data: { name, description } });
  }
}

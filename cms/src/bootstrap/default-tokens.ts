import type { Core } from '@strapi/strapi';

/**
 * Strapi creates two API tokens on a brand-new database ("Read Only", "Full Access", described in
 * English). An operator reads them in 设置 → API 令牌: they get Chinese names and descriptions,
 * once, while they still carry Strapi's words (a renamed token is left alone).
 */
export const DEFAULT_TOKEN_NAMES: Record<string, { name: string; description: string }> = {
  'Read Only': { name: '默认只读令牌', description: '系统创建的只读令牌：只能读取内容' },
  'Full Access': { name: '默认完全访问令牌', description: '系统创建的完全访问令牌：可以读取和修改所有内容，请谨慎使用或删除' },
};

export async function nameDefaultTokens(strapi: Core.Strapi): Promise<void> {
  const tokens = strapi.db.query('admin::api-token');
  for (const [english, chinese] of Object.entries(DEFAULT_TOKEN_NAMES)) {
    const token = await tokens.findOne({ where: { name: english, description: { $startsWith: 'A default API token' } } });
    if (token) await tokens.update({ where: { id: token.id }, data: chinese });
  }
}

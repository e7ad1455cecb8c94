import type { Core } from '@strapi/strapi';

/** An action as Strapi's action provider holds it. */
interface RegisteredAction {
  actionId: string;
  section: string;
  pluginName?: string;
  subjects?: string[];
}

interface Permission {
  action: string;
  subject: string | null;
  properties: Record<string, unknown>;
  conditions: string[];
}

const WEDRAW_PLUGINS = ['points', 'wechat', 'wecom', 'messaging', 'pay', 'ops', 'audit', 'analytics'];
const CM = 'plugin::content-manager.explorer.';
const UPLOAD_WRITE = [
  'plugin::upload.read',
  'plugin::upload.assets.create',
  'plugin::upload.assets.update',
  'plugin::upload.assets.download',
  'plugin::upload.assets.copy-link',
];

const pluginOf = (a: RegisteredAction) => /^plugin::([^.]+)\./.exec(a.actionId)?.[1] ?? '';
const ofPlugins =
  (...names: string[]) =>
  (a: RegisteredAction) =>
    names.includes(pluginOf(a)) && !a.actionId.startsWith('plugin::audit.phone');
const is =
  (...ids: string[]) =>
  (a: RegisteredAction) =>
    ids.includes(a.actionId);
const any =
  (...tests: ((a: RegisteredAction) => boolean)[]) =>
  (a: RegisteredAction) =>
    tests.some((t) => t(a));

/** A preset: its name, what it is for, which actions it holds and which content-manager verbs on the mall types. */
interface Preset {
  name: string;
  description: string;
  holds: (a: RegisteredAction) => boolean;
  mall: string[];
}

const isRead = (a: RegisteredAction) => !a.actionId.startsWith(CM) && /\.read$/.test(a.actionId);

export const PRESETS: Preset[] = [
  {
    name: '运营管理员',
    description: '商城、积分、公众号、消息：全部日常运营操作',
    holds: any(ofPlugins('points', 'wechat', 'messaging'), is(...UPLOAD_WRITE)),
    mall: ['create', 'read', 'update', 'delete', 'publish'],
  },
  {
    name: '客服',
    description: '粉丝与消息、兑换订单查看与发货；手机号脱敏显示',
    holds: is(
      'plugin::wechat.fans.read',
      'plugin::wechat.messages.read',
      'plugin::messaging.messages.read',
      'plugin::messaging.messages.send',
      'plugin::messaging.templates.read',
      'plugin::points.users.read',
      'plugin::points.orders.read',
      'plugin::points.orders.update',
      'plugin::wecom.contacts.read',
    ),
    mall: ['read'],
  },
  {
    name: '财务',
    description: '支付、退款与统计',
    holds: any(
      ofPlugins('pay', 'analytics'),
      is('plugin::points.reports.read', 'plugin::points.users.read', 'plugin::points.orders.read', 'plugin::messaging.messages.read'),
    ),
    mall: ['read'],
  },
  {
    name: '只读',
    description: '查看一切，不能修改任何内容',
    holds: isRead,
    mall: ['read'],
  },
];

/**
 * The role presets, created once (an operator may then edit or delete them; a later start does not
 * bring them back). Run after every plugin registered its actions: the CMS calls it last in bootstrap.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const store = () => strapi.store({ type: 'plugin', name: 'audit', key: 'presets' });

  /** The mall types' content-manager permissions, with the fields the super admin's copy lists. */
  async function mallPermissions(verbs: string[]): Promise<Permission[]> {
    const superAdmin = await strapi.db.query('admin::role').findOne({ where: { code: 'strapi-super-admin' } });
    const rows = (await strapi.db.query('admin::permission').findMany({
      where: { role: superAdmin?.id, action: { $in: verbs.map((v) => `${CM}${v}`) }, subject: { $startsWith: 'api::' } },
    })) as Permission[];
    return rows.map((r) => ({ action: r.action, subject: r.subject, properties: r.properties ?? {}, conditions: [] }));
  }

  return {
    /** The permissions a preset holds, from the actions registered now. */
    async permissionsOf(preset: Preset): Promise<Permission[]> {
      const actions = [...(strapi.service('admin::permission').actionProvider.values() as RegisteredAction[])];
      const plain = actions
        .filter((a) => !a.actionId.startsWith(CM) && !a.subjects?.length && preset.holds(a))
        .map((a) => ({ action: a.actionId, subject: null, properties: {}, conditions: [] }));
      return [...plain, ...(await mallPermissions(preset.mall))];
    },

    async ensure(): Promise<string[]> {
      const done = ((await store().get({})) ?? {}) as { created?: string[] };
      const created: string[] = [];
      for (const preset of PRESETS) {
        if (done.created?.includes(preset.name)) continue;
        const existing = await strapi.db.query('admin::role').findOne({ where: { name: preset.name } });
        if (!existing) {
          const role = await strapi.service('admin::role').create({ name: preset.name, description: preset.description });
          await strapi.service('admin::role').assignPermissions(role.id, await this.permissionsOf(preset));
        }
        created.push(preset.name);
      }
      if (created.length) await store().set({ value: { created: [...(done.created ?? []), ...created] } });
      return created;
    },
  };
};

export { WEDRAW_PLUGINS };

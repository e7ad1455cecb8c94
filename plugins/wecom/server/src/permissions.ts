import { adminActions } from '@wedraw/kit';

const { action } = adminActions('wecom');

/** Admin RBAC actions (`plugin::wecom.<uid>`), so a role can be given read-only access. */
export const ADMIN_ACTIONS = [
  action('corps.read', '查看企业与应用', '企业与应用'),
  action('corps.update', '新增、修改、删除企业与密钥', '企业与应用'),
  action('accounts.read', '查看发送账号及状态历史', '发送账号'),
  action('accounts.update', '新建发送账号、验证、上线与下线', '发送账号'),
  action('contacts.read', '查看通讯录', '通讯录'),
  action('contacts.update', '编辑通讯录（部门、成员、标签）', '通讯录'),
  action('contacts.import', '批量导入成员', '通讯录'),
  action('contacts.sync', '同步通讯录', '同步'),
  action('customers.read', '查看客户', '客户'),
  action('customers.sync', '同步客户', '客户'),
  action('groups.read', '查看客户群、成员及群统计', '客户群'),
  action('groups.sync', '同步客户群、拉取群统计', '客户群'),
  action('welcome.read', '查看欢迎语、发送记录及入群欢迎语素材', '欢迎语'),
  action('welcome.update', '新增、修改、删除欢迎语及入群欢迎语素材', '欢迎语'),
  action('robots.read', '查看群机器人及发送记录', '群机器人'),
  action('robots.update', '新建、修改群机器人（Webhook 地址、所在群、允许的消息类型）', '群机器人'),
  action('robots.send', '通过群机器人发送消息', '群机器人'),
  action('appchats.read', '查看应用群聊', '应用群聊'),
  action('appchats.update', '创建应用群聊', '应用群聊'),
  action('appchats.send', '向应用群聊发送消息', '应用群聊'),
];

import request from 'supertest';
import { createSku, createUser, grantPoints } from '../../points/tests/helpers';
import { bootStack, stopStack, type Stack } from './helpers';

/**
 * 通知设置: the points plugin announces its exchange-order events; an operator switches one on for a
 * channel with a template; the event then reaches the user through the center (email to the
 * user's address through the SMTP sink), once per order however often it is emitted.
 */
let stack: Stack;
const admin = (method: 'get' | 'put' | 'post', path: string) => request(stack.cms.url)[method](path).set('Authorization', `Bearer ${stack.jwt}`);
const notifications = () => stack.cms.strapi.plugin('messaging').service('notifications');

beforeAll(async () => {
  stack = await bootStack();
  await admin('post', '/messaging/templates')
    .send({
      code: 'exchange-shipped',
      channel: 'email',
      content: { subject: '您的兑换已发货', text: '订单 {{orderNo}}（{{goodsTitle}}）已由 {{carrier}} 发出，单号 {{trackingNo}}。' },
    })
    .expect(200);
  await admin('post', '/messaging/templates')
    .send({ code: 'hook-any', channel: 'webhook', content: { orderNo: '{{orderNo}}' } })
    .expect(200);
}, 180_000);
afterAll(() => stopStack(stack));

it('lists the events plugins registered and the channels that reach users by id', async () => {
  const res = await admin('get', '/messaging/notifications').expect(200);
  const names = res.body.data.events.map((e: { name: string }) => e.name);
  expect(names).toEqual(expect.arrayContaining(['points.exchange.created', 'points.exchange.shipped', 'points.exchange.cancelled']));
  const channels = Object.fromEntries(res.body.data.channels.map((c: { name: string; reachesUsers: boolean }) => [c.name, c.reachesUsers]));
  expect(channels).toMatchObject({ email: true, webhook: false, 'oa-template': true });
});

it('refuses a setting that cannot work, naming the field', async () => {
  const field = async (path: string, body: object) => (await admin('put', path).send(body).expect(400)).body.error.details.errors[0].field;
  expect(await field('/messaging/notifications/points.nope/email', { enabled: true, template: 'exchange-shipped' })).toBe('event');
  expect(await field('/messaging/notifications/points.exchange.shipped/oa-template', { enabled: true, template: 'exchange-shipped' })).toBe('template');
  expect(await field('/messaging/notifications/points.exchange.shipped/webhook', { enabled: true, template: 'hook-any' })).toBe('to');
  expect(await field('/messaging/notifications/points.exchange.shipped/email', { enabled: true })).toBe('template');
});

it('an order shipped in the admin reaches its user by email, once', async () => {
  await admin('put', '/messaging/notifications/points.exchange.shipped/email').send({ enabled: true, template: 'exchange-shipped' }).expect(200);
  const user = await createUser(stack.cms.strapi, 'notify');
  const email = (await stack.cms.strapi.db.query('plugin::users-permissions.user').findOne({ where: { id: user.id } })).email as string;
  await grantPoints(stack.cms.strapi, user.id, 500);
  const { sku } = await createSku(stack.cms.strapi, { stock: 5, pointsPrice: 100 });
  const { order } = await stack.cms.strapi.plugin('points').service('exchange').create(user.id, { sku: sku.documentId, quantity: 1 });
  await admin('post', `/points/orders/${order.orderNo}/status`).send({ to: 'to_ship' }).expect(200);
  await admin('post', `/points/orders/${order.orderNo}/status`).send({ to: 'shipped', carrier: '顺丰', trackingNo: 'SF1234567' }).expect(200);

  const deadline = Date.now() + 20_000;
  while (!stack.smtp.received.some((m) => m.to.includes(email)) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  const mails = stack.smtp.received.filter((m) => m.to.includes(email));
  expect(mails).toHaveLength(1);
  expect(mails[0]).toMatchObject({ subject: '您的兑换已发货' });
  expect(mails[0]!.text).toContain(`订单 ${order.orderNo}`);
  expect(mails[0]!.text).toContain('已由 顺丰 发出，单号 SF1234567');

  // The same event again (a retry, a second instance): the idempotency key keeps it to one message.
  const again = await notifications().dispatch('points.exchange.shipped', { key: order.orderNo, userId: user.id, variables: { orderNo: order.orderNo } });
  expect(again).toEqual([expect.objectContaining({ channel: 'email', status: 'queued' })]);
  const rows = await stack.cms.strapi.db.connection('messaging_messages').where({ recipient: email });
  expect(rows).toHaveLength(1);
});

it('an event for a channel switched off, or a user the channel cannot reach, sends nothing', async () => {
  await admin('put', '/messaging/notifications/points.exchange.cancelled/email').send({ enabled: false, template: 'exchange-shipped' }).expect(200);
  expect(await notifications().dispatch('points.exchange.cancelled', { key: 'X1', userId: 1, variables: {} })).toEqual([]);
  await admin('put', '/messaging/notifications/points.exchange.created/oa-template').send({ enabled: false }).expect(200);
  const user = await createUser(stack.cms.strapi, 'nofan');
  const res = await admin('put', '/messaging/notifications/points.exchange.created/email').send({ enabled: true, template: 'exchange-shipped' }).expect(200);
  expect(res.body.data).toMatchObject({ enabled: true, template: 'exchange-shipped', account: null, to: null });
  await stack.cms.strapi.db.query('plugin::users-permissions.user').update({ where: { id: user.id }, data: { email: 'not-an-address' } });
  const results = await notifications().dispatch('points.exchange.created', { key: 'EX-NOFAN', userId: user.id, variables: { orderNo: 'EX-NOFAN' } });
  expect(results).toEqual([expect.objectContaining({ channel: 'email', status: 'skipped' })]);
});

it('points about to expire: the daily notice reaches the user once per expiry date', async () => {
  await admin('post', '/messaging/templates')
    .send({ code: 'points-expiring', channel: 'email', content: { subject: '积分即将过期', text: '您有 {{points}} 积分将于 {{expiresOn}} 过期。' } })
    .expect(200);
  await admin('put', '/messaging/notifications/points.expiring/email').send({ enabled: true, template: 'points-expiring' }).expect(200);
  const user = await createUser(stack.cms.strapi, 'expiring');
  const email = (await stack.cms.strapi.db.query('plugin::users-permissions.user').findOne({ where: { id: user.id } })).email as string;
  const ledger = stack.cms.strapi.plugin('points').service('ledger');
  await ledger.award(user.id, 30, { idempotencyKey: `exp-a-${user.id}`, source: 'test', expiryDays: 3 });
  await ledger.award(user.id, 20, { idempotencyKey: `exp-b-${user.id}`, source: 'test', expiryDays: 5 });
  await ledger.award(user.id, 99, { idempotencyKey: `exp-c-${user.id}`, source: 'test', expiryDays: 60 });

  const expiry = stack.cms.strapi.plugin('points').service('expiry');
  expect((await expiry.noticeExpiring(7)).users).toBeGreaterThanOrEqual(1);
  await expiry.noticeExpiring(7); // the next day's run, same lots: no second mail
  const deadline = Date.now() + 20_000;
  while (!stack.smtp.received.some((m) => m.to.includes(email)) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  await new Promise((r) => setTimeout(r, 1000));
  const mails = stack.smtp.received.filter((m) => m.to.includes(email));
  expect(mails).toHaveLength(1);
  expect(mails[0]!.text).toMatch(/^您有 50 积分将于 \d{4}-\d{2}-\d{2} 过期。/);
});

it('a fixed webhook recipient is a credential: stored encrypted, shown masked, kept when the form sends the mask back', async () => {
  const url = `${stack.receiver.url}/notify-hook/tok-abcdef123456`;
  const path = '/messaging/notifications/points.exchange.shipped/webhook';
  const saved = await admin('put', path).send({ enabled: true, template: 'hook-any', to: url }).expect(200);
  expect(saved.body.data.to).toBe(`${new URL(url).origin}/…3456`);
  expect(saved.body.data).not.toHaveProperty('toSecret');
  const shown = await admin('get', '/messaging/notifications').expect(200);
  expect(shown.body.data.settings['points.exchange.shipped'].webhook.to).toBe(saved.body.data.to);
  expect(JSON.stringify(shown.body)).not.toContain('tok-abcdef123456');
  const stored = await stack.cms.strapi.store({ type: 'plugin', name: 'messaging', key: 'notifications' }).get({});
  expect(JSON.stringify(stored)).not.toContain('tok-abcdef123456');
  // Saved again as the form shows it (masked): the credential stays.
  await admin('put', path).send({ enabled: true, template: 'hook-any', to: saved.body.data.to }).expect(200);
  const results = await notifications().dispatch('points.exchange.shipped', { key: 'HOOK-1', variables: { orderNo: 'HOOK-1' } });
  expect(results).toEqual(expect.arrayContaining([expect.objectContaining({ channel: 'webhook', status: 'queued' })]));
  const hits = await stack.receiver.waitFor('/notify-hook/tok-abcdef123456', 1);
  expect(JSON.parse(hits[0]!.body)).toEqual({ orderNo: 'HOOK-1' });
  await admin('put', path).send({ enabled: false, template: 'hook-any', to: saved.body.data.to }).expect(200);
});

import type { Core } from '@strapi/strapi';
import { businessError, type FieldProblem } from '@wedraw/kit';
import { services } from './lib/services';
import { UID } from './lib/uids';
import type { Account } from './services/accounts';
import { usableBy, type SendingTenant } from './lib/tenant-accounts';

interface Outbound {
  id: number;
  to: string;
  account: string | null;
  content: Record<string, unknown>;
}
type Outcome = { status: 'sent'; providerId?: string } | { status: 'retryable' | 'final'; code: string; message: string };

/**
 * `wecom-robot`: WeCom's webhook body (`{msgtype, text|markdown|image|news|file}`, a file as
 * `{filename, base64}`) to the group robot whose code is `to`. The center hands a message over
 * (`sent`, provider id `rm-<record>`); the robot queue sends it at ≤ 20 a minute per robot and the
 * end (WeCom's answer) comes back as a receipt: delivered, or failed with WeCom's errcode.
 */
export function wecomRobotChannel(strapi: Core.Strapi) {
  const s = services(strapi);
  const accountOf = (code: string) => strapi.db.query(UID.account).findOne({ where: { code } }) as Promise<Account | null>;

  async function handOver(m: Outbound): Promise<Outcome> {
    try {
      const row = await s.robotsDelivery.record(m.to, m.content, { source: 'messaging', operator: `messaging:${m.id}` }, 'content.');
      return { status: 'sent', providerId: `rm-${row.id}` };
    } catch (err) {
      const status = (err as { status?: number }).status;
      if (status === 400 || status === 404) return { status: 'final', code: 'content', message: (err as Error).message.slice(0, 500) };
      return { status: 'retryable', code: 'queue', message: (err as Error).message.slice(0, 500) };
    }
  }

  return {
    name: 'wecom-robot',
    label: '企业微信群机器人',
    receipts: 'push' as const,
    // The robot queue paces sends (20 a minute per robot); the center only hands messages over.
    ratePerSecond: 200,
    batchSize: 20,
    async validate(input: { to: string; account: string | null; content: unknown; tenant?: SendingTenant }): Promise<FieldProblem[]> {
      const robot = await s.robots.find(input.to);
      const account = robot ? await accountOf(robot.code) : null;
      // Another tenant's robot is as unknown as a missing one.
      if (!robot || (account && !usableBy(account, input.tenant))) return [{ field: 'to', message: '未知的群机器人编码' }];
      const problems = s.robotsDelivery.problems(robot.allowedTypes, input.content);
      if (!problems.length && account?.status === 'offline')
        throw businessError('AccountUnavailable', `群机器人「${robot.name}」已下线`, { account: robot.code });
      return problems;
    },
    send: (batch: Outbound[]) => Promise.all(batch.map(handOver)),
    earlyReceipts: (_account: string | null, providerIds: string[]) => s.robotsDelivery.finishedOf(providerIds),
  };
}

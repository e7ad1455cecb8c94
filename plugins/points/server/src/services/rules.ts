import type { Core } from '@strapi/strapi';
import { businessError, isUniqueViolation, shanghaiDay } from '@wedraw/kit';
import { RULE, TRANSACTION } from '../util/uids';

export interface StreakBonus {
  /** the streak day that earns the bonus (e.g. 7: the 7th consecutive day) */
  day: number;
  bonus: number;
}

export interface RuleRecord {
  id: number;
  code: string;
  name: string;
  description?: string | null;
  mode: 'fixed' | 'ratio';
  points: number;
  ratio: number | string;
  dailyLimit: number;
  totalLimit: number;
  expiryDays: number;
  /** ratio rules: the smallest amount (fen) that earns anything; 0 = none. */
  minAmount?: number | null;
  /** ratio rules: the most one award gives (e.g. per pay order); 0 = no cap. */
  maxPoints?: number | null;
  streakBonuses: StreakBonus[] | null;
  startAt: string | null;
  endAt: string | null;
  enabled: boolean;
}

export type RuleDefaults = Omit<RuleRecord, 'id' | 'startAt' | 'endAt' | 'description'> & { description?: string };

export interface ResolvedRule {
  code: string;
  points: number;
  expiryDays: number;
  dailyLimit: number;
  totalLimit: number;
  rule: RuleRecord;
}

/** What a rule holds unless it says otherwise: fixed points, no limits, a year's expiry, enabled. */
const RULE_DEFAULTS: Omit<RuleDefaults, 'code' | 'name'> = {
  mode: 'fixed',
  points: 0,
  ratio: 0,
  dailyLimit: 0,
  totalLimit: 0,
  expiryDays: 365,
  enabled: true,
  streakBonuses: null,
};

/** A rule as written by its source: a code, a name and whatever differs from RULE_DEFAULTS. */
export type RuleInput = Partial<RuleDefaults> & { code: string; name: string };

/** A rule's full defaults from the fields it sets. */
export const ruleDefaults = (rule: RuleInput): RuleDefaults => ({ ...RULE_DEFAULTS, ...rule });

/** The built-in rules (created when missing; operators change them in the admin afterwards). */
const BUILT_IN: RuleInput[] = [
  {
    code: 'checkin',
    name: '每日签到',
    points: 5,
    dailyLimit: 1,
    description: '每个自然日（北京时间）签到一次；连续签到按天数额外奖励',
    streakBonuses: [
      { day: 3, bonus: 5 },
      { day: 7, bonus: 20 },
      { day: 30, bonus: 100 },
    ],
  },
  { code: 'subscribe', name: '关注公众号', points: 50, description: '每位粉丝在每个公众号仅奖励一次' },
  { code: 'payment', name: '消费返积分', mode: 'ratio', ratio: 1, description: '每消费 1 元返还的积分数（按比例）' },
  {
    code: 'first_login',
    name: '新人积分',
    points: 100,
    totalLimit: 1,
    description: '用户第一次用微信登录（公众号网页或小程序）时奖励一次，新用户当天即可兑换入门商品',
  },
  { code: 'interaction', name: '互动奖励', points: 2, dailyLimit: 10, expiryDays: 180, description: '评论、分享等互动，每日上限 10 次' },
];
export const BUILT_IN_RULES: RuleDefaults[] = BUILT_IN.map(ruleDefaults);

/**
 * Rules other plugins registered with `rules.register(...)`, per Strapi instance. Until points'
 * bootstrap has run (the rules table may not exist yet, or another plugin's bootstrap runs first)
 * they wait here; points' bootstrap writes them all, and later registrations are written at once.
 */
interface Registry {
  rules: Map<string, RuleDefaults>;
  ready: boolean;
}
const registries = new WeakMap<Core.Strapi, Registry>();

function registryOf(strapi: Core.Strapi): Registry {
  let registry = registries.get(strapi);
  if (!registry) registries.set(strapi, (registry = { rules: new Map(), ready: false }));
  return registry;
}

export async function findRule(strapi: Core.Strapi, code: string): Promise<RuleRecord | null> {
  return (await strapi.db.query(RULE).findOne({ where: { code } })) as RuleRecord | null;
}

/** How long an award may reuse a rule read by this instance (any rule write here drops them at once). */
export const RULE_CACHE_MS = 3_000;
const ruleCaches = new WeakMap<Core.Strapi, Map<string, { rule: RuleRecord; at: number }>>();

function ruleCacheOf(strapi: Core.Strapi): Map<string, { rule: RuleRecord; at: number }> {
  let cache = ruleCaches.get(strapi);
  if (!cache) {
    const created = new Map<string, { rule: RuleRecord; at: number }>();
    const drop = () => created.clear();
    strapi.db?.lifecycles.subscribe({
      models: [RULE],
      afterCreate: drop,
      afterCreateMany: drop,
      afterUpdate: drop,
      afterUpdateMany: drop,
      afterDelete: drop,
      afterDeleteMany: drop,
    } as any);
    ruleCaches.set(strapi, created);
    cache = created;
  }
  return cache;
}

/**
 * A rule for an award: read at most once per RULE_CACHE_MS per instance. An operator's edit through
 * any instance reaches that instance at once and the others within RULE_CACHE_MS.
 */
async function awardRule(strapi: Core.Strapi, code: string): Promise<RuleRecord | null> {
  const cache = ruleCacheOf(strapi);
  const hit = cache.get(code);
  if (hit && Date.now() - hit.at < RULE_CACHE_MS) return hit.rule;
  const rule = await findRule(strapi, code);
  if (rule) cache.set(code, { rule, at: Date.now() });
  else cache.delete(code);
  return rule;
}

/** A rule by code, enabled and in its validity window, with the points it gives (ratio rules: per yuan of `amountFen`). */
export async function resolveRule(strapi: Core.Strapi, code: string, now: Date, amountFen?: number): Promise<ResolvedRule> {
  let rule = await awardRule(strapi, code);
  const pending = registryOf(strapi).rules.get(code);
  if (!rule && pending) {
    // awarded before points' bootstrap wrote the registered rule
    await createRule(strapi, pending);
    rule = await findRule(strapi, code);
  }
  if (!rule) throw businessError('UnknownRule', `积分规则 ${code} 不存在`, { code });
  const inWindow = (!rule.startAt || Date.parse(rule.startAt) <= now.getTime()) && (!rule.endAt || Date.parse(rule.endAt) > now.getTime());
  if (!rule.enabled || !inWindow) throw businessError('RuleDisabled', '积分规则未启用或不在有效期内', { code });
  let points = rule.points;
  if (rule.mode === 'ratio') {
    if (amountFen === undefined || !Number.isInteger(amountFen) || amountFen < 0)
      throw new Error(`rule ${code} is a ratio rule: amountFen (integer fen) is required`);
    points = amountFen < (rule.minAmount ?? 0) ? 0 : Math.floor((amountFen * Number(rule.ratio)) / 100);
    if (rule.maxPoints && points > rule.maxPoints) points = rule.maxPoints;
  }
  if (points <= 0) throw businessError('NothingToAward', '本次没有可获得的积分', { code });
  return { code, points, expiryDays: rule.expiryDays ?? 0, dailyLimit: rule.dailyLimit ?? 0, totalLimit: rule.totalLimit ?? 0, rule };
}

/** Daily and total limits (number of awards per user); run with the account row locked. */
export async function checkRuleLimits(strapi: Core.Strapi, rule: ResolvedRule, userId: number, now: Date): Promise<void> {
  const q = strapi.db.query(TRANSACTION);
  if (rule.dailyLimit > 0) {
    const today = await q.count({ where: { userId, type: 'earn', source: rule.code, day: shanghaiDay(now) } });
    if (today >= rule.dailyLimit) throw businessError('LimitExceeded', '今日该项积分已达上限', { code: rule.code, dailyLimit: rule.dailyLimit });
  }
  if (rule.totalLimit > 0) {
    const total = await q.count({ where: { userId, type: 'earn', source: rule.code } });
    if (total >= rule.totalLimit) throw businessError('LimitExceeded', '该项积分已达累计上限', { code: rule.code, totalLimit: rule.totalLimit });
  }
}

/** Create one rule when missing; false when it exists (never overwrites an operator's edits). */
async function createRule(strapi: Core.Strapi, defaults: RuleDefaults): Promise<boolean> {
  if (await findRule(strapi, defaults.code)) return false;
  try {
    await strapi.db.query(RULE).create({ data: { ...defaults } });
    return true;
  } catch (err) {
    if (!isUniqueViolation(err)) throw err; // another instance created it at the same time
    return false;
  }
}

/** Create every built-in and registered rule that is missing. */
export async function ensureRules(strapi: Core.Strapi): Promise<number> {
  let created = 0;
  for (const defaults of [...BUILT_IN_RULES, ...registryOf(strapi).rules.values()]) if (await createRule(strapi, defaults)) created++;
  return created;
}

/** Points' bootstrap: writes the built-in rules and every rule registered so far; later registrations write themselves. */
export async function openRuleRegistry(strapi: Core.Strapi): Promise<void> {
  registryOf(strapi).ready = true;
  await ensureRules(strapi);
}

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  find: (code: string) => findRule(strapi, code),
  list: () => strapi.db.query(RULE).findMany({ orderBy: [{ id: 'asc' }] }) as Promise<RuleRecord[]>,
  ensure: () => ensureRules(strapi),
  /**
   * Another plugin's points source: call in its register() or bootstrap() (whichever plugin's
   * bootstrap runs first), then award with
   * `strapi.plugin('points').service('ledger').award(user, code, { idempotencyKey })`.
   * Before points' bootstrap the rule is kept and written then; afterwards it is written at once.
   */
  async register(defaults: RuleInput) {
    const full = ruleDefaults(defaults);
    const registry = registryOf(strapi);
    registry.rules.set(full.code, full);
    if (registry.ready) await createRule(strapi, full);
  },
});

import type { Core } from '@strapi/strapi';
import { fieldError } from '@wedraw/kit';
import { UID } from './uids';

/** The message center's built-in tenant (the admin's own sends): an account nobody assigned belongs to it. */
export const DEFAULT_TENANT = 'admin';

/** The tenant a message is sent for, as the center hands it to channels. */
export interface SendingTenant {
  code: string;
  builtIn: boolean;
}

/** A tenant sends only through its own accounts; the built-in tenant (the admin's sends) through every one. */
export function usableBy(account: { tenant: string | null } | null | undefined, tenant: SendingTenant | undefined): boolean {
  if (!account) return false;
  return !tenant || tenant.builtIn || (account.tenant ?? DEFAULT_TENANT) === tenant.code;
}

interface TenantSlots {
  exists(code: string): Promise<boolean>;
  withAccountSlot<T>(code: string, take: () => Promise<T>, field?: string): Promise<T>;
  registerAccounts(source: { count(tenant: string): Promise<number>; countAll(): Promise<Map<string, number>> }): void;
}
const center = (strapi: Core.Strapi) => strapi.plugin('messaging')?.service('tenants') as TenantSlots | undefined;

/** Runs `take` under a free sending-account slot of `tenant` in the message center (not installed: no limit). */
export function withAccountSlot<T>(strapi: Core.Strapi, tenant: string, take: () => Promise<T>, field = 'tenant'): Promise<T> {
  const tenants = center(strapi);
  return tenants ? tenants.withAccountSlot(tenant, take, field) : take();
}

/** 400 naming `field` when the message center has no tenant of that code (an offline account moving needs no slot, only a tenant). */
export async function requireTenant(strapi: Core.Strapi, tenant: string, field = 'tenant'): Promise<void> {
  const tenants = center(strapi);
  if (tenants && !(await tenants.exists(tenant))) throw fieldError(field, `没有编码为 ${tenant} 的租户`);
}

/** Every account that is not offline takes a slot of its tenant's `maxAccounts` (register phase). */
export function registerAccountCounts(strapi: Core.Strapi): void {
  const live = { status: { $ne: 'offline' } };
  center(strapi)?.registerAccounts({
    count: (tenant) => strapi.db.query(UID.account).count({ where: { ...live, tenant } }),
    async countAll() {
      const rows = (await strapi.db.query(UID.account).findMany({ where: live, select: ['tenant'] })) as Array<{ tenant: string | null }>;
      const used = new Map<string, number>();
      for (const r of rows) used.set(r.tenant ?? DEFAULT_TENANT, (used.get(r.tenant ?? DEFAULT_TENANT) ?? 0) + 1);
      return used;
    },
  });
}

/** Accounts from before tenants owned them go to the built-in tenant (bootstrap; once per row). */
export async function assignUnownedAccounts(strapi: Core.Strapi): Promise<void> {
  await strapi.db.query(UID.account).updateMany({ where: { tenant: null }, data: { tenant: DEFAULT_TENANT } });
}

import { factories, type Core } from '@strapi/strapi';
import { notFound } from '@wedraw/kit';
import { ownerWhere } from '../../../platform/visitor-access';

const UID = 'api::address.address';

export interface AddressInput {
  receiver: string;
  phone: string;
  province?: string;
  city?: string;
  district?: string;
  detail: string;
  isDefault?: boolean;
}

const PUBLIC_FIELDS = ['documentId', 'receiver', 'phone', 'province', 'city', 'district', 'detail', 'isDefault', 'createdAt', 'updatedAt'];

/**
 * A visitor's own shipping addresses. Every read and write is scoped to the owner: another user's
 * address is "not found" (404), never "forbidden", so ids reveal nothing. One default per user.
 */
export default factories.createCoreService(UID, ({ strapi }) => ({
  async listOwn(userId: number) {
    return strapi.db.query(UID).findMany({
      where: ownerWhere(strapi, UID, userId),
      select: PUBLIC_FIELDS,
      orderBy: [{ isDefault: 'desc' }, { id: 'desc' }],
    });
  },

  async findOwn(userId: number, documentId: string) {
    const address = await strapi.db.query(UID).findOne({ where: { documentId, ...ownerWhere(strapi, UID, userId) }, select: PUBLIC_FIELDS });
    if (!address) throw notFound('地址不存在');
    return address;
  },

  async createOwn(userId: number, input: AddressInput) {
    return strapi.db.transaction(async () => {
      const count = await strapi.db.query(UID).count({ where: ownerWhere(strapi, UID, userId) });
      const isDefault = input.isDefault ?? count === 0;
      if (isDefault) await clearDefault(strapi, userId);
      const created = await strapi.documents(UID).create({ data: { ...input, isDefault, user: userId } as any });
      return this.findOwn(userId, created.documentId);
    });
  },

  async updateOwn(userId: number, documentId: string, input: Partial<AddressInput>) {
    return strapi.db.transaction(async () => {
      await this.findOwn(userId, documentId);
      if (input.isDefault) await clearDefault(strapi, userId);
      await strapi.documents(UID).update({ documentId, data: input as any });
      return this.findOwn(userId, documentId);
    });
  },

  async deleteOwn(userId: number, documentId: string) {
    return strapi.db.transaction(async () => {
      const address = await this.findOwn(userId, documentId);
      await strapi.documents(UID).delete({ documentId });
      if (address.isDefault) {
        const next = await strapi.db.query(UID).findOne({ where: ownerWhere(strapi, UID, userId), orderBy: { id: 'desc' } });
        if (next) await strapi.db.query(UID).update({ where: { id: next.id }, data: { isDefault: true } });
      }
      return address;
    });
  },
}));

async function clearDefault(strapi: Core.Strapi, userId: number) {
  // updateMany cannot filter through a relation: find the rows first.
  const defaults = await strapi.db.query(UID).findMany({ where: { ...ownerWhere(strapi, UID, userId), isDefault: true }, select: ['id'] });
  if (defaults.length === 0) return;
  await strapi.db.query(UID).updateMany({ where: { id: { $in: defaults.map((a: { id: number }) => a.id) } }, data: { isDefault: false } });
}

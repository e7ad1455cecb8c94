import type { Core } from '@strapi/strapi';

/**
 * Table, column and join-table names read from Strapi's own metadata, so hand-written SQL follows
 * whatever names Strapi generated (and keeps following them if it changes its conventions).
 */
export function tableName(strapi: Core.Strapi, uid: string): string {
  return strapi.db.metadata.get(uid as any).tableName;
}

export function columnName(strapi: Core.Strapi, uid: string, attribute: string): string {
  const attr = strapi.db.metadata.get(uid as any).attributes[attribute] as { columnName?: string } | undefined;
  if (!attr) throw new Error(`${uid} has no attribute ${attribute}`);
  return attr.columnName ?? attribute;
}

export interface JoinTable {
  name: string;
  /** Column pointing at the owner (the uid passed in). */
  ownerColumn: string;
  /** Column pointing at the relation's target. */
  targetColumn: string;
  /** Column holding the owner's ordering of targets, when Strapi keeps one. */
  orderColumn?: string;
}

export function joinTable(strapi: Core.Strapi, uid: string, attribute: string): JoinTable {
  const attr = strapi.db.metadata.get(uid as any).attributes[attribute] as any;
  const jt = attr?.joinTable;
  if (!jt) throw new Error(`${uid}.${attribute} has no join table`);
  return {
    name: jt.name,
    ownerColumn: jt.joinColumn.name,
    targetColumn: jt.inverseJoinColumn.name,
    orderColumn: jt.orderColumnName,
  };
}

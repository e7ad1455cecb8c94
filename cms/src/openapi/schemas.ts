import type { ZodTypeAny } from 'zod';
import { zodToJsonSchema } from 'zod-to-json-schema';
import * as shapes from '@wedraw/kit';

export type JsonSchema = Record<string, unknown>;

/**
 * The contract's shapes, each one a named component (`#/components/schemas/GoodCard`…): a client
 * generated from the document gets one type per contract type instead of anonymous copies.
 */
export const COMPONENTS: Record<string, ZodTypeAny> = {
  GoodCard: shapes.goodCardShape,
  GoodDetail: shapes.goodDetailShape,
  Sku: shapes.skuShape,
  Banner: shapes.bannerShape,
  Category: shapes.categoryShape,
  MallHome: shapes.mallHomeShape,
  LoginResult: shapes.loginResultShape,
  PointsSummary: shapes.pointsSummaryShape,
  LedgerLine: shapes.ledgerLineShape,
  CheckinResult: shapes.checkinResultShape,
  Address: shapes.addressShape,
  OrderStatus: shapes.orderStatusShape,
  ExchangeOrder: shapes.exchangeOrderShape,
  PaginationMeta: shapes.paginationMetaShape,
};

const OPTIONS = {
  target: 'jsonSchema2019-09' as const,
  definitionPath: 'components/schemas',
  $refStrategy: 'root' as const,
  // A route may gain fields (API.md): documented objects accept more properties than they list.
  removeAdditionalStrategy: 'passthrough' as const,
  rejectedAdditionalProperties: undefined,
  // Requests are documented as the caller writes them (before coercion and defaults).
  pipeStrategy: 'input' as const,
  effectStrategy: 'input' as const,
};

const convert = zodToJsonSchema as unknown as (schema: ZodTypeAny, options: object) => JsonSchema;
const COMPONENT_REF = /^#\/components\/schemas\/[^/]+$/;

function pointer(root: unknown, ref: string): unknown {
  return ref
    .slice(2)
    .split('/')
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], root);
}

/**
 * zod-to-json-schema points a schema used twice at its first place (`#/properties/…`): a place in
 * this one conversion, meaningless once embedded in the document. Those are copied in; only the
 * contract's named components stay `$ref`s.
 */
function inlineLocalRefs(node: unknown, root: unknown): unknown {
  if (Array.isArray(node)) return node.map((item) => inlineLocalRefs(item, root));
  if (!node || typeof node !== 'object') return node;
  const ref = (node as JsonSchema).$ref;
  if (typeof ref === 'string' && !COMPONENT_REF.test(ref)) return inlineLocalRefs(structuredClone(pointer(root, ref)), root);
  return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, inlineLocalRefs(value, root)]));
}

/** A zod schema as an OpenAPI 3.1 schema; the contract's shapes in it become `$ref`s. */
export function toJsonSchema(schema: ZodTypeAny): JsonSchema {
  const { $schema: _schema, 'components/schemas': _defs, ...rest } = convert(schema, { ...OPTIONS, definitions: COMPONENTS });
  return inlineLocalRefs(rest, rest) as JsonSchema;
}

/** `components.schemas` of the contract's shapes. */
export function componentSchemas(): Record<string, JsonSchema> {
  const { 'components/schemas': defs } = convert(shapes.checkinResultShape, { ...OPTIONS, definitions: COMPONENTS });
  const root = { components: { schemas: defs } };
  return inlineLocalRefs(defs, root) as Record<string, JsonSchema>;
}

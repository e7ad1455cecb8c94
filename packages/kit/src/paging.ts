import { z } from 'zod';
import { parse } from './parse';

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

/** An integer from a query string or JSON, between min and max, with Chinese messages. */
export const boundedInt = (min: number, max = Number.MAX_SAFE_INTEGER) =>
  z.coerce.number({ invalid_type_error: '必须是数字' }).int('必须是整数').min(min, `不能小于 ${min}`).max(max, `不能大于 ${max}`);

/** `?page=&pageSize=`: page ≥ 1 (default 1), 1 ≤ pageSize ≤ 100 (default 20). Extend it for list filters. */
export const pagination = z.object({
  page: boundedInt(1).default(1),
  pageSize: boundedInt(1, MAX_PAGE_SIZE).default(DEFAULT_PAGE_SIZE),
});

export type Pagination = z.infer<typeof pagination>;

/** The page of a request's query; out-of-range values are a 400 naming `page` or `pageSize`. */
export function parsePaging(query: unknown): Pagination {
  return parse(pagination.passthrough(), query ?? {}) as Pagination;
}

/** `offset`/`limit` for the query engine. */
export const pageWindow = ({ page, pageSize }: Pagination) => ({ offset: (page - 1) * pageSize, limit: pageSize });

/** `meta` of a list answer: `{pagination: {page, pageSize, pageCount, total}}`. */
export function paginationMeta({ page, pageSize }: Pagination, total: number) {
  return { pagination: { page, pageSize, pageCount: Math.ceil(total / pageSize), total } };
}

import { z, type ZodTypeAny } from 'zod';
import { invalid } from './errors';

/** Parse request input with a zod schema; a 400 ValidationError names every offending field. */
export function parse<S extends ZodTypeAny>(schema: S, input: unknown): z.infer<S> {
  const result = schema.safeParse(input ?? {});
  if (result.success) return result.data;
  throw invalid(result.error.issues.map((issue) => ({ field: issue.path.join('.') || '(body)', message: issue.message })));
}

/** An integer from a query string or JSON, between min and max. */
export const boundedInt = (min: number, max = Number.MAX_SAFE_INTEGER) =>
  z.coerce.number({ invalid_type_error: '必须是数字' }).int('必须是整数').min(min, `不能小于 ${min}`).max(max, `不能大于 ${max}`);

/** `?page=&pageSize=` of API.md: page ≥ 1, 1 ≤ pageSize ≤ 100. */
export const pagination = z.object({ page: boundedInt(1).default(1), pageSize: boundedInt(1, 100).default(20) });

export type Pagination = z.infer<typeof pagination>;

export const paginationMeta = ({ page, pageSize }: Pagination, total: number) => ({
  pagination: { page, pageSize, pageCount: Math.ceil(total / pageSize), total },
});

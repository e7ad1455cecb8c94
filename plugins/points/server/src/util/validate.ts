import { z, type ZodTypeAny } from 'zod';
import { validationError } from './errors';

/** Parse request input with a zod schema; throws a 400 ValidationError naming the fields. */
export function parse<S extends ZodTypeAny>(schema: S, input: unknown): z.infer<S> {
  const result = schema.safeParse(input ?? {});
  if (!result.success) throw validationError(result.error);
  return result.data;
}

/** `?page=&pageSize=` of API.md: page ≥ 1, 1 ≤ pageSize ≤ 100. */
export const pagination = z.object({
  page: z.coerce.number({ invalid_type_error: '必须是数字' }).int('必须是整数').min(1, '不能小于 1').default(1),
  pageSize: z.coerce.number({ invalid_type_error: '必须是数字' }).int('必须是整数').min(1, '不能小于 1').max(100, '不能大于 100').default(20),
});

export type Pagination = z.infer<typeof pagination>;

export function paginationMeta(p: Pagination, total: number) {
  return { pagination: { page: p.page, pageSize: p.pageSize, pageCount: Math.ceil(total / p.pageSize), total } };
}

export const positiveInt = (label = '必须是正整数') => z.coerce.number({ invalid_type_error: '必须是数字' }).int(label).positive(label);

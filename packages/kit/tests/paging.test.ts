import { errors } from '@strapi/utils';
import { describe, expect, it } from 'vitest';
import { pageWindow, pagination, paginationMeta, parse, parsePaging } from '../src';

const fieldsOf = (fn: () => unknown): string[] => {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(errors.ValidationError);
    return (err as { details: { errors: { field: string }[] } }).details.errors.map((e) => e.field);
  }
  throw new Error('did not throw');
};

describe('paging', () => {
  it('defaults to page 1 of 20 and reads query strings', () => {
    expect(parsePaging({})).toEqual({ page: 1, pageSize: 20 });
    expect(parsePaging(undefined)).toEqual({ page: 1, pageSize: 20 });
    expect(parsePaging({ page: '3', pageSize: '100' })).toMatchObject({ page: 3, pageSize: 100 });
  });

  it('refuses pageSize above 100, page below 1 and non-integers with a 400 naming the field', () => {
    expect(fieldsOf(() => parsePaging({ pageSize: '101' }))).toEqual(['pageSize']);
    expect(fieldsOf(() => parsePaging({ page: '0' }))).toEqual(['page']);
    expect(fieldsOf(() => parsePaging({ page: '1.5', pageSize: 'x' }))).toEqual(['page', 'pageSize']);
  });

  it('extends into list filters', () => {
    expect(parse(pagination.extend({ status: pagination.shape.page.optional() }), { status: '2' })).toEqual({ page: 1, pageSize: 20, status: 2 });
  });

  it('builds meta.pagination and the query window', () => {
    expect(paginationMeta({ page: 2, pageSize: 20 }, 41)).toEqual({ pagination: { page: 2, pageSize: 20, pageCount: 3, total: 41 } });
    expect(paginationMeta({ page: 1, pageSize: 20 }, 0)).toEqual({ pagination: { page: 1, pageSize: 20, pageCount: 0, total: 0 } });
    expect(pageWindow({ page: 3, pageSize: 10 })).toEqual({ offset: 20, limit: 10 });
  });
});

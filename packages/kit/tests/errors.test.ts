import { errors } from '@strapi/utils';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { BusinessError, businessError, fieldError, isBusinessError, notFound, parse } from '../src';

describe('parse', () => {
  const schema = z.object({ quantity: z.number().int().min(1, '至少为 1'), address: z.object({ city: z.string({ required_error: '必填' }) }) });

  it('returns the parsed value', () => {
    expect(parse(schema, { quantity: 2, address: { city: '上海' } })).toEqual({ quantity: 2, address: { city: '上海' } });
  });

  it('throws a 400 ValidationError naming every failing field', () => {
    let thrown: unknown;
    try {
      parse(schema, { quantity: 0, address: {} });
    } catch (err) {
      thrown = err;
    }
    expect(thrown).toBeInstanceOf(errors.ValidationError);
    const e = thrown as InstanceType<typeof errors.ValidationError>;
    expect(e.name).toBe('ValidationError');
    expect(e.message).toBe('参数错误：quantity：至少为 1；address.city：必填');
    expect(e.details).toEqual({
      errors: [
        { path: ['quantity'], field: 'quantity', message: '至少为 1' },
        { path: ['address', 'city'], field: 'address.city', message: '必填' },
      ],
    });
  });

  it('treats a missing body as an empty object and names the body when it is the wrong shape', () => {
    expect(() => parse(z.object({ a: z.string().optional() }), undefined)).not.toThrow();
    try {
      parse(z.object({}).strict(), 'text');
      expect.unreachable();
    } catch (err) {
      expect((err as { details: { errors: { field: string }[] } }).details.errors[0]!.field).toBe('(body)');
    }
  });

  it('fieldError names one field', () => {
    const e = fieldError('user', '用户不存在') as InstanceType<typeof errors.ValidationError>;
    expect([e.message, e.details]).toEqual(['参数错误：user：用户不存在', { errors: [{ path: ['user'], field: 'user', message: '用户不存在' }] }]);
  });
});

describe('business errors', () => {
  it('are 409 with a stable name, a Chinese message and details', () => {
    const e = businessError('InsufficientPoints', '积分不足', { balance: 20, needed: 100 });
    expect(e).toBeInstanceOf(BusinessError);
    expect(e).toBeInstanceOf(Error);
    expect([e.status, e.name, e.message, e.details, e.expose]).toEqual([409, 'InsufficientPoints', '积分不足', { balance: 20, needed: 100 }, true]);
  });

  it('are Strapi HTTP errors, so its error middleware answers with their envelope instead of a 500', () => {
    expect(businessError('OutOfStock', '库存不足')).toBeInstanceOf(errors.HttpError);
  });

  it('can be recognised by name', () => {
    const e = businessError('OutOfStock', '库存不足');
    expect(isBusinessError(e)).toBe(true);
    expect(isBusinessError(e, 'OutOfStock')).toBe(true);
    expect(isBusinessError(e, 'NotOnShelf')).toBe(false);
    expect(isBusinessError(new Error('x'))).toBe(false);
  });

  it('notFound is a 404 NotFoundError', () => {
    expect(notFound()).toBeInstanceOf(errors.NotFoundError);
    expect(notFound().message).toBe('记录不存在');
  });
});

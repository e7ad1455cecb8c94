import { describe, expect, it } from 'vitest';
import { currentUserId, formatOperator, operatorOf, operatorOrSystem, operatorText, parseOperator, systemOperator } from '../src';

const admin = {
  state: { user: { id: 3, email: 'ops@example.com', firstname: '运营', username: null }, auth: { strategy: { name: 'admin' }, credentials: { id: 3 } } },
};
const user = {
  state: { user: { id: 42, username: 'alice', email: 'a@example.com', provider: 'local', confirmed: true }, auth: { strategy: { name: 'users-permissions' } } },
};
const token = { state: { auth: { strategy: { name: 'content-api-token' }, credentials: { id: 7, name: 'crm' } } } };

describe('operator identity', () => {
  it('names an admin by email, a user by username, a token by name', () => {
    expect(operatorOf(admin)).toEqual({ type: 'admin', id: 3, name: 'ops@example.com' });
    expect(operatorOf(user)).toEqual({ type: 'user', id: 42, name: 'alice' });
    expect(operatorOf(token)).toEqual({ type: 'api-token', id: 7, name: 'crm' });
  });

  it('tells a users-permissions user from an admin by its fields when the strategy is not given', () => {
    expect(operatorOf({ state: { user: { id: 5, username: 'bob', provider: 'local' } } })).toMatchObject({ type: 'user', name: 'bob' });
    expect(operatorOf({ state: { user: { id: 6, email: 'x@example.com' } } })).toMatchObject({ type: 'admin', name: 'x@example.com' });
  });

  it('is null without authentication; operatorOrSystem falls back to the system', () => {
    expect(operatorOf({ state: {} })).toBeNull();
    expect(operatorOrSystem({ state: {} }, 'points-expiry')).toEqual({ type: 'system', id: null, name: 'points-expiry' });
  });

  it('currentUserId is the visitor of a content-API request, and 401 for anyone else', () => {
    expect(currentUserId(user)).toBe(42);
    for (const other of [admin, token, { state: {} }]) {
      expect(() => currentUserId(other)).toThrow(expect.objectContaining({ name: 'UnauthorizedError', message: '请先登录' }));
    }
  });

  it('has one text form for every audit column, which reads back', () => {
    expect(operatorText(admin)).toBe('admin:3:ops@example.com');
    expect(operatorText(token)).toBe('api-token:7:crm');
    expect(operatorText(user)).toBe('user:42:alice');
    expect(formatOperator(systemOperator('points-expiry'))).toBe('system::points-expiry');
    for (const op of [operatorOf(admin)!, operatorOf(user)!, operatorOf(token)!, systemOperator('a:b')]) {
      expect(parseOperator(formatOperator(op))).toEqual(op);
    }
    expect(parseOperator('admin:a@b.c')).toBeNull();
    expect(parseOperator(null)).toBeNull();
  });

  it('fits the 191-character column', () => {
    expect(formatOperator({ type: 'api-token', id: 1, name: 'x'.repeat(300) })).toHaveLength(191);
  });
});

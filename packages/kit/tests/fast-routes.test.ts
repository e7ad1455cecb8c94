import { describe, expect, it } from 'vitest';
import { addFastRoutes, type FastContext, type FastRouteDef } from '../src';

function host(withFastRoutes: boolean) {
  const added: FastRouteDef[] = [];
  const calls: Array<{ action: string; params: unknown }> = [];
  const controller = {
    verify: async (ctx: FastContext) => void calls.push({ action: 'verify', params: ctx.params }),
    receive: async (ctx: FastContext) => void calls.push({ action: 'receive', params: ctx.params }),
  };
  return {
    added,
    calls,
    strapi: {
      service: (uid: string) => (withFastRoutes && uid === 'api::platform.fast-routes' ? { add: (r: FastRouteDef) => added.push(r) } : undefined),
      plugin: (name: string) => (name === 'demo' ? { controller: (n: string) => (n === 'callback' ? controller : undefined) } : undefined),
    },
  };
}

describe('addFastRoutes', () => {
  it("puts a plugin controller's actions on the fast path, capture groups as named params", async () => {
    const h = host(true);
    const pattern = /^\/api\/demo\/callback\/([^/]+)\/?$/;
    expect(
      addFastRoutes(h.strapi, { plugin: 'demo', controller: 'callback', rateLimited: false }, [
        { method: 'GET', pattern, action: 'verify', params: ['appId'] },
        { method: 'POST', pattern, action: 'receive', params: ['appId'] },
      ]),
    ).toBe(true);
    expect(h.added.map((r) => [r.method, r.rateLimited])).toEqual([
      ['GET', false],
      ['POST', false],
    ]);
    await h.added[1]!.handler({}, ['wx123']);
    expect(h.calls).toEqual([{ action: 'receive', params: { appId: 'wx123' } }]);
  });

  it('counts against the per-IP limit unless told otherwise, and reports a CMS without fast routes', () => {
    const h = host(true);
    addFastRoutes(h.strapi, { plugin: 'demo', controller: 'callback' }, [{ method: 'GET', pattern: /^\/x$/, action: 'verify' }]);
    expect(h.added[0]!.rateLimited).toBe(true);
    const none = host(false);
    expect(addFastRoutes(none.strapi, { plugin: 'demo', controller: 'callback' }, [{ method: 'GET', pattern: /^\/x$/, action: 'verify' }])).toBe(false);
    expect(none.added).toEqual([]);
  });
});

import { afterEach, describe, expect, test } from 'vitest';
import { registerEndpoint } from '@nuxt/test-utils/runtime';
import { getQuery, getRequestHeaders, readBody, setResponseStatus } from 'h3';
import { toApiError, useApi, useToken } from '~/composables/useApi';
import { useAuth } from '~/composables/useAuth';
import { usePoints } from '~/composables/usePoints';

// The unit project points the CMS base at /cms/api (vitest.config.ts); registerEndpoint answers there.
afterEach(() => {
  useToken().value = null;
});

describe('useApi and the login composable against a mocked CMS', () => {
  test('the JWT from the login travels as a Bearer header', async () => {
    registerEndpoint('/cms/api/wechat/oauth/login', {
      method: 'POST',
      handler: async (event) => {
        const body = await readBody<{ code: string }>(event);
        return { jwt: `jwt-for-${body.code}`, user: { id: 1, username: 'wx_1', nickname: '张小绘', avatar: null } };
      },
    });
    // The mock keeps header names as sent (no lower-casing).
    registerEndpoint('/cms/api/whoami', (event) => {
      const headers = getRequestHeaders(event) as Record<string, string | undefined>;
      return { auth: headers.Authorization ?? headers.authorization ?? null };
    });
    const auth = useAuth();
    const user = await auth.finishLogin('CODE1');
    expect(user.nickname).toBe('张小绘');
    expect(auth.loggedIn.value).toBe(true);
    expect(await useApi()<{ auth: string }>('/whoami')).toEqual({ auth: 'Bearer jwt-for-CODE1' });
    auth.logout();
    expect(await useApi()<{ auth: string | null }>('/whoami')).toEqual({ auth: null });
  });

  test('the authorize URL is asked with our /login as the redirect, remembering the page', async () => {
    let asked: Record<string, unknown> = {};
    registerEndpoint('/cms/api/wechat/oauth/authorize-url', (event) => {
      asked = getQuery(event);
      return { url: 'about:blank' };
    });
    const assign = window.location.assign;
    let went = '';
    Object.defineProperty(window.location, 'assign', { configurable: true, value: (u: string) => (went = u) });
    try {
      await useAuth().startLogin('/me/orders');
    } finally {
      Object.defineProperty(window.location, 'assign', { configurable: true, value: assign });
    }
    expect(went).toBe('about:blank');
    expect(asked.scope).toBe('snsapi_userinfo');
    expect(String(asked.redirect)).toMatch(/\/login\?to=%2Fme%2Forders$/);
  });
});

describe('usePoints', () => {
  test('check-in updates the summary; the 409 message is the API’s', async () => {
    let checkedIn = false;
    registerEndpoint('/cms/api/points/me', () => ({
      data: { balance: 10, totalEarned: 10, totalSpent: 0, totalExpired: 0, expiring: null, checkedInToday: checkedIn, streak: 2 },
    }));
    registerEndpoint('/cms/api/points/checkin', {
      method: 'POST',
      handler: (event) => {
        if (checkedIn) {
          setResponseStatus(event, 409);
          return { data: null, error: { status: 409, name: 'AlreadyCheckedIn', message: '今天已经签到过了', details: {} } };
        }
        checkedIn = true;
        return { data: { points: 5, streak: 3, balance: 15 } };
      },
    });
    const points = usePoints();
    await points.load();
    expect(points.summary.value).toMatchObject({ balance: 10, streak: 2, checkedInToday: false });
    await points.checkin();
    expect(points.summary.value).toMatchObject({ balance: 15, streak: 3, checkedInToday: true });
    const err = await points.checkin().catch((e: unknown) => e);
    expect(toApiError(err)).toEqual({ status: 409, name: 'AlreadyCheckedIn', message: '今天已经签到过了' });
  });
});

import { afterEach, describe, expect, test } from 'vitest';
import { registerEndpoint } from '@nuxt/test-utils/runtime';
import { getQuery, getRequestHeaders, readBody, setResponseStatus } from 'h3';
import { toApiError, useToken } from '~/composables/useApi';
import { departmentText, safeWecomPath, useWecomAuth, useWecomDirectory, useWecomToken } from '~/composables/useWecom';

// The unit project points the CMS base at /cms/api (vitest.config.ts); registerEndpoint answers there.
afterEach(() => {
  useToken().value = null;
  useWecomToken().value = null;
  sessionStorage.clear();
});

/** Runs startLogin without leaving the page; returns the query the CMS was asked with. */
async function startLogin(to: string): Promise<Record<string, unknown>> {
  let asked: Record<string, unknown> = {};
  registerEndpoint('/cms/api/wecom/login/url', (event) => {
    asked = getQuery(event);
    return { url: 'about:blank' };
  });
  const assign = window.location.assign;
  Object.defineProperty(window.location, 'assign', { configurable: true, value: () => undefined });
  try {
    await useWecomAuth().startLogin(to);
  } finally {
    Object.defineProperty(window.location, 'assign', { configurable: true, value: assign });
  }
  return asked;
}

describe('the employees’ WeCom session', () => {
  test('login: our /wecom/login as the redirect with a state; the JWT goes to its own cookie, not the mall’s', async () => {
    registerEndpoint('/cms/api/wecom/login', {
      method: 'POST',
      handler: async (event) => ({
        jwt: `jwt-for-${(await readBody<{ code: string }>(event)).code}`,
        user: { id: 7, username: 'wecom_x' },
        userid: 'zhangsan',
      }),
    });
    registerEndpoint('/cms/api/wecom/employee/me', (event) => {
      const headers = getRequestHeaders(event) as Record<string, string | undefined>;
      return { data: { auth: headers.Authorization ?? headers.authorization ?? null } };
    });
    const asked = await startLogin('/wecom/directory');
    expect(String(asked.redirect)).toMatch(/\/wecom\/login\?to=%2Fwecom%2Fdirectory$/);
    expect(String(asked.state)).toMatch(/^[a-z0-9]{4,}$/);

    const auth = useWecomAuth();
    await auth.finishLogin('CODE1', asked.state);
    expect(auth.loggedIn.value).toBe(true);
    expect(useWecomToken().value).toBe('jwt-for-CODE1');
    expect(useToken().value).toBeNull();
    expect(await useWecomDirectory().me()).toEqual({ auth: 'Bearer jwt-for-CODE1' });
  });

  test('a code coming back with another state is refused before the CMS is asked', async () => {
    let posted = false;
    registerEndpoint('/cms/api/wecom/login', {
      method: 'POST',
      handler: () => {
        posted = true;
        return { jwt: 'x' };
      },
    });
    await startLogin('/wecom');
    const err = await useWecomAuth()
      .finishLogin('CODE2', 'forged')
      .catch((e: unknown) => e);
    expect((err as Error).message).toBe('登录请求已失效，请重新登录');
    expect(posted).toBe(false);
    expect(useWecomToken().value).toBeNull();
  });

  test('the directory: search query and the 403 of a non-member in Chinese', async () => {
    let query: Record<string, unknown> = {};
    registerEndpoint('/cms/api/wecom/employee/members', (event) => {
      query = getQuery(event);
      if (query.q === 'visitor') {
        setResponseStatus(event, 403);
        return { data: null, error: { status: 403, name: 'NotAnEmployee', message: '仅企业微信成员可以使用，请用企业微信登录', details: {} } };
      }
      return {
        data: [{ userid: 'lisi', name: '李四', position: '工程师', departments: [{ id: 4, name: '研发部' }] }],
        meta: { pagination: { page: 2, pageSize: 20, pageCount: 2, total: 21 } },
      };
    });
    const page = await useWecomDirectory().search('研发', 2, 20);
    expect(query).toEqual({ q: '研发', page: '2', pageSize: '20' });
    expect(departmentText(page.data[0]!.departments)).toBe('研发部');
    const err = await useWecomDirectory()
      .search('visitor', 1, 20)
      .catch((e: unknown) => e);
    expect(toApiError(err)).toEqual({ status: 403, name: 'NotAnEmployee', message: '仅企业微信成员可以使用，请用企业微信登录' });
  });

  test('only /wecom pages are followed after login', () => {
    expect(safeWecomPath('/wecom/directory?q=a')).toBe('/wecom/directory?q=a');
    expect(safeWecomPath('/wecom')).toBe('/wecom');
    for (const bad of ['/me', '//evil.example/wecom', 'https://evil.example', '/wecom/login?to=/wecom', '/wecomx', undefined])
      expect(safeWecomPath(bad)).toBe('/wecom');
    expect(departmentText([])).toBe('未分配部门');
  });
});

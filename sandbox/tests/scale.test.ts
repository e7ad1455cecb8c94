import type { RunningSandbox } from '../src';
import { boot, OA, type Wx } from './helpers';

let sb: RunningSandbox;
let wx: Wx;
beforeAll(async () => ({ sb, wx } = await boot({ fans: 100_000, callbackUrl: undefined })));
afterAll(() => sb.close());

describe('100 000 generated fans', () => {
  test('user/get pages through every follower, 10000 at a time, each once', async () => {
    const token = await wx.token();
    const seen = new Set<string>();
    let next = '';
    let total: number | undefined;
    let pages = 0;
    for (;;) {
      const page = await wx.get('/cgi-bin/user/get', { access_token: token, next_openid: next });
      total = page.total;
      if (page.count === 0) {
        expect(page.next_openid).toBe('');
        break;
      }
      expect(page.count).toBeLessThanOrEqual(10000);
      for (const id of page.data.openid as string[]) seen.add(id);
      next = page.next_openid;
      pages++;
    }
    expect(total).toBeGreaterThan(85_000);
    expect(seen.size).toBe(total);
    expect(pages).toBe(Math.ceil((total ?? 0) / 10000));
    const app = sb.state.apps.get(OA.appId)!;
    expect(app.fans).toHaveLength(100_000);
  });

  test('the same seed gives the same fans', async () => {
    const a = sb.state.apps
      .get(OA.appId)!
      .fans.slice(0, 3)
      .map((f) => f.openid);
    sb.reset({ fans: 10 });
    expect(
      sb.state.apps
        .get(OA.appId)!
        .fans.slice(0, 3)
        .map((f) => f.openid),
    ).toEqual(a);
  });
});

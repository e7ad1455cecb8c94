import { redisAvailable, required } from '../../../cms/tests/harness/env';
import { startPeerCms, type PeerCms, type TestCms } from '../../../cms/tests/harness/strapi';
import { AUDIT_ENV, bootCms, createAdmin, login, PASSWORD, sleep, solvedCaptcha } from './helpers';

const LOCK_SECONDS = 3;

// Two instances share the counters only through Redis (CI runs it).
const maybe = redisAvailable() || required ? describe : describe.skip;

maybe('admin login protection across two instances', () => {
  let cms: TestCms;
  let peer: PeerCms;
  beforeAll(async () => {
    cms = await bootCms({ AUDIT_LOCK_SECONDS: String(LOCK_SECONDS) });
    peer = await startPeerCms({ ...cms.env, ...AUDIT_ENV });
  }, 240_000);
  afterAll(async () => {
    await peer?.stop();
    await cms?.stop();
  });

  test('failures on either instance add up: captcha and lock hold on both, a captcha from one is answered on the other', async () => {
    const email = await createAdmin(cms.strapi);
    const ip = '10.6.0.1';
    const urls = [cms.url, peer.url];
    for (let i = 1; i <= 3; i++) await login(urls[i % 2]!, { email, password: 'wrong-Passw0rd', ip }).expect(400);
    for (const url of urls) expect((await login(url, { email, password: PASSWORD, ip }).expect(409)).body.error.name).toBe('CaptchaRequired');

    const fromPeer = await solvedCaptcha(peer.url, cms);
    for (let i = 4; i <= 9; i++)
      await login(urls[i % 2]!, { email, password: 'wrong-Passw0rd', ip, ...(await solvedCaptcha(urls[(i + 1) % 2]!, cms)) }).expect(400);
    await login(peer.url, { email, password: 'wrong-Passw0rd', ip, ...(await solvedCaptcha(cms.url, cms)) }).expect(409);
    for (const url of urls)
      expect((await login(url, { email, password: PASSWORD, ip, ...(await solvedCaptcha(url, cms)) }).expect(409)).body.error.name).toBe('AccountLocked');

    await sleep(LOCK_SECONDS * 1000 + 200);
    // The captcha issued by the peer before the lock is still good on this instance.
    await login(cms.url, { email, password: PASSWORD, ip, ...fromPeer }).expect(200);
  });
});

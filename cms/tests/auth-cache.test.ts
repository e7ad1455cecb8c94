import request from 'supertest';
import { createUser, eventually } from './harness/mall-fixtures';
import { redisAvailable, required } from './harness/env';
import { startCms, startPeerCms, type PeerCms, type TestCms } from './harness/strapi';

const USER = 'plugin::users-permissions.user';
const PERMISSION = 'plugin::users-permissions.permission';
const ME = 'plugin::users-permissions.user.me';

/** The users-permissions lookups are cached (src/platform/auth-cache.ts); a write must still count at once. */
describe('cached authentication follows writes', () => {
  let cms: TestCms;
  beforeAll(async () => {
    cms = await startCms();
  });
  afterAll(() => cms?.stop());

  const me = (jwt: string) => request(cms.url).get('/api/users/me').set('Authorization', `Bearer ${jwt}`);

  test('a blocked user is refused on the very next request, and let back in when unblocked', async () => {
    const user = await createUser(cms.strapi, 'blockme');
    expect((await me(user.jwt)).status).toBe(200);
    expect((await me(user.jwt)).body.username).toBe('blockme'); // served from the cache now
    await cms.strapi.db.query(USER).update({ where: { id: user.id }, data: { blocked: true } });
    expect((await me(user.jwt)).status).toBe(401);
    await cms.strapi.db.query(USER).update({ where: { id: user.id }, data: { blocked: false } });
    expect((await me(user.jwt)).status).toBe(200);
  });

  test('a verified token is not trusted past its expiry', async () => {
    const user = await createUser(cms.strapi, 'shortlived');
    const jwt = await cms.strapi.plugin('users-permissions').service('jwt').issue({ id: user.id }, { expiresIn: '2s' });
    expect((await me(jwt)).status).toBe(200);
    expect((await me(jwt)).status).toBe(200); // the verdict now comes from the cache
    await new Promise((r) => setTimeout(r, 2500));
    expect((await me(jwt)).status).toBe(401);
  });

  test('a permission taken from the role is refused on the next request', async () => {
    const user = await createUser(cms.strapi, 'roleuser');
    expect((await me(user.jwt)).status).toBe(200);
    const role = await cms.strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'authenticated' } });
    const grant = await cms.strapi.db.query(PERMISSION).findOne({ where: { action: ME, role: { id: role.id } } });
    await cms.strapi.db.query(PERMISSION).delete({ where: { id: grant.id } });
    expect((await me(user.jwt)).status).toBe(403);
    await cms.strapi.db.query(PERMISSION).create({ data: { action: ME, role: role.id } });
    expect((await me(user.jwt)).status).toBe(200);
  });
});

// The second instance learns of the write through the cache bus (Redis pub/sub).
const withRedis = redisAvailable() || required ? describe : describe.skip;

withRedis('cached authentication across instances', () => {
  let cms: TestCms;
  let peer: PeerCms;
  beforeAll(async () => {
    cms = await startCms();
    peer = await startPeerCms(cms.env);
  }, 180_000);
  afterAll(async () => {
    await peer?.stop();
    await cms?.stop();
  });

  test('a user blocked through one instance is refused by the other within a second', async () => {
    const user = await createUser(cms.strapi, 'peerblock');
    const mePeer = () => request(peer.url).get('/api/users/me').set('Authorization', `Bearer ${user.jwt}`);
    expect((await mePeer()).status).toBe(200);
    await cms.strapi.db.query(USER).update({ where: { id: user.id }, data: { blocked: true } });
    await eventually(async () => expect((await mePeer()).status).toBe(401), 1000);
  });
});

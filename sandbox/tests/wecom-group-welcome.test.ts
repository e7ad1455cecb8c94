import { useSandbox } from './helpers';
import { APP, CORP, Qy } from './wecom-helpers';

const t = useSandbox({}, { resetEach: true });
const qy = () => new Qy(t.wx);
const path = (op: string) => `/cgi-bin/externalcontact/group_welcome_template/${op}`;

describe('WeCom group welcome templates (入群欢迎语素材)', () => {
  test('add, get, edit, del; only the creating app edits; WeCom limits', async () => {
    const customer = await qy().token(CORP.customerSecret);
    const app = await qy().token(APP.secret);
    const added = await qy().post(path('add'), customer, {
      text: { content: '欢迎 %NICKNAME% 入群' },
      link: { title: '新人礼包', url: 'https://wedraw.test/gift', desc: '入群即领' },
      notify: 0,
    });
    expect(added).toMatchObject({ errcode: 0 });
    const id = added.template_id as string;
    expect(await qy().post(path('get'), app, { template_id: id })).toMatchObject({
      errcode: 0,
      text: { content: '欢迎 %NICKNAME% 入群' },
      link: { title: '新人礼包', url: 'https://wedraw.test/gift' },
    });

    // Another app may read but not change or delete it.
    expect((await qy().post(path('edit'), app, { template_id: id, text: { content: '改' } })).errcode).toBe(48002);
    expect((await qy().post(path('del'), app, { template_id: id })).errcode).toBe(48002);
    expect((await qy().post(path('edit'), customer, { template_id: id, text: { content: '欢迎新朋友' } })).errcode).toBe(0);
    const edited = await qy().post(path('get'), customer, { template_id: id });
    expect(edited.text).toEqual({ content: '欢迎新朋友' });
    expect(edited.link).toBeUndefined();

    expect((await qy().post(path('add'), customer, {})).errcode).toBe(40063);
    expect((await qy().post(path('add'), customer, { text: { content: 'x'.repeat(3001) } })).errcode).toBe(40058);
    expect((await qy().post(path('add'), customer, { link: { title: '标', url: 'https://a.test' }, file: { media_id: 'm' } })).errcode).toBe(40058);

    for (let i = 1; i < 100; i += 1) expect((await qy().post(path('add'), customer, { text: { content: `第 ${i} 条` } })).errcode).toBe(0);
    expect((await qy().post(path('add'), customer, { text: { content: '第 101 条' } })).errcode).toBe(40058);
    expect((await qy().post(path('del'), customer, { template_id: id })).errcode).toBe(0);
    expect((await qy().post(path('get'), customer, { template_id: id })).errcode).toBe(40058);
    expect((await qy().post(path('add'), customer, { text: { content: '腾出位置后' } })).errcode).toBe(0);
  });
});

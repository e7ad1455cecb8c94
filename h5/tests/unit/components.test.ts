import { describe, expect, test } from 'vitest';
import { mountSuspended } from '@nuxt/test-utils/runtime';
import AddressEditor from '~/components/AddressEditor.vue';
import CheckinStreak from '~/components/CheckinStreak.vue';
import DataState from '~/components/DataState.vue';
import GoodCard from '~/components/GoodCard.vue';
import GoodDescription from '~/components/GoodDescription.vue';
import OrderCard from '~/components/OrderCard.vue';
import PointsBalance from '~/components/PointsBalance.vue';
import PointsPrice from '~/components/PointsPrice.vue';
import SkuPicker from '~/components/SkuPicker.vue';
import StateView from '~/components/StateView.vue';
import type { ExchangeOrder } from '@wedraw/contract';
import { card, detail, sku } from './fixtures';

const flush = () => new Promise((r) => setTimeout(r, 0));

describe('StateView', () => {
  test('loading, empty with an action, error with a retry', async () => {
    expect((await mountSuspended(StateView, { props: { kind: 'loading' } })).text()).toContain('加载中');
    const empty = await mountSuspended(StateView, { props: { kind: 'empty', message: '暂无订单', action: '去兑换好礼' } });
    expect(empty.text()).toContain('暂无订单');
    await empty.find('button').trigger('click');
    expect(empty.emitted('action')).toHaveLength(1);
    const error = await mountSuspended(StateView, { props: { kind: 'error', message: '网络异常' } });
    await error.find('[data-testid=retry]').trigger('click');
    expect(error.emitted('retry')).toHaveLength(1);
  });
});

describe('DataState', () => {
  test('loading wins, then the error, then empty, else the content', async () => {
    const mount = (props: Record<string, unknown>) => mountSuspended(DataState, { props: { loading: false, ...props }, slots: { default: () => '内容' } });
    expect((await mount({ loading: true, error: '网络异常' })).find('[data-state]').attributes('data-state')).toBe('loading');
    expect((await mount({ error: '网络异常', empty: true })).text()).toContain('网络异常');
    expect((await mount({ empty: true, emptyText: '暂无分类' })).text()).toContain('暂无分类');
    expect((await mount({})).text()).toBe('内容');
  });
});

describe('prices and cards', () => {
  test('PointsPrice shows the cash part in yuan and the original price on discounts', async () => {
    const w = await mountSuspended(PointsPrice, { props: { points: 800, cash: 990, original: 1000 } });
    expect(w.text()).toContain('800积分');
    expect(w.text()).toContain('¥9.90');
    expect(w.find('s').text()).toBe('1000积分');
    expect((await mountSuspended(PointsPrice, { props: { points: null } })).text()).toBe('暂无报价');
  });

  test('GoodCard links to the detail, with its tags, and the cover on the CMS origin', async () => {
    const w = await mountSuspended(GoodCard, { props: { good: card({ isHot: true, isDiscount: true, discountRate: 80, cover: '/uploads/cup.png' }) } });
    expect(w.find('a').attributes('href')).toBe('/goods/g1');
    expect(w.text()).toContain('热门');
    expect(w.text()).toContain('8折');
    expect(w.text()).toContain('已兑 3');
    expect(w.html()).toContain('/uploads/cup.png');
  });

  test('OrderCard: status in Chinese, lines with specs, total', async () => {
    const order: ExchangeOrder = {
      orderNo: 'P202611220000000001',
      status: 'to_ship',
      lines: [{ sku: 's1', good: 'g1', title: '保温杯', specs: { 颜色: '白' }, quantity: 2, pointsPrice: 100 }],
      totalPoints: 200,
      address: null,
      shipping: null,
      createdAt: '2026-11-22T02:00:00.000Z',
      history: [],
    };
    const w = await mountSuspended(OrderCard, { props: { order } });
    expect(w.text()).toContain('待发货');
    expect(w.text()).toContain('颜色：白');
    expect(w.text()).toContain('×2');
    expect(w.text()).toContain('共 200 积分');
    expect(w.text()).toContain('2026-11-22 10:00');
  });
});

describe('GoodDescription', () => {
  test('the HTML the CMS rendered shows headings and lists, not Markdown marks; without it, the text', async () => {
    const html = '<h2>中性笔 10 支装</h2>\n<ul>\n<li>积分兑换，包邮到家</li>\n</ul>\n';
    const w = await mountSuspended(GoodDescription, { props: { html, text: '## 中性笔 10 支装\n\n- 积分兑换，包邮到家' } });
    expect(w.find('h2').text()).toBe('中性笔 10 支装');
    expect(w.findAll('li').map((li) => li.text())).toEqual(['积分兑换，包邮到家']);
    expect(w.text()).not.toContain('##');
    const plain = await mountSuspended(GoodDescription, { props: { text: '' } });
    expect(plain.text()).toBe('暂无介绍');
  });
});

describe('points', () => {
  test('PointsBalance: balance, what expires soon, totals', async () => {
    const w = await mountSuspended(PointsBalance, {
      props: {
        summary: {
          balance: 120,
          totalEarned: 200,
          totalSpent: 80,
          totalExpired: 0,
          expiring: { points: 30, at: '2026-12-01T00:00:00.000Z' },
          checkedInToday: false,
          streak: 0,
        },
      },
    });
    expect(w.find('[data-testid=points-balance]').text()).toBe('120');
    expect(w.find('[data-testid=points-expiring]').text()).toBe('30 积分将于 2026-12-01 过期');
  });

  test('CheckinStreak lights the days of the current week of the streak', async () => {
    const lit = async (streak: number) => (await mountSuspended(CheckinStreak, { props: { streak, checkedInToday: true } })).findAll('.is-lit').length;
    expect(await lit(0)).toBe(0);
    expect(await lit(3)).toBe(3);
    expect(await lit(7)).toBe(7);
    expect(await lit(9)).toBe(2);
  });
});

describe('SkuPicker', () => {
  const good = detail([sku('black', { 颜色: '黑' }, 0), sku('white', { 颜色: '白' }, 4, 150)], { exchangeLimitPerUser: 2 });

  test('a sold-out value is disabled; choosing a value shows its price and stock; confirm emits the SKU and quantity', async () => {
    const w = await mountSuspended(SkuPicker, { props: { good, show: true }, attachTo: document.body });
    await flush();
    const black = document.querySelector<HTMLButtonElement>('[data-testid="spec-颜色-黑"]')!;
    const white = document.querySelector<HTMLButtonElement>('[data-testid="spec-颜色-白"]')!;
    expect(black.disabled).toBe(true);
    expect(document.body.textContent).toContain('请选择 颜色');
    white.click();
    await flush();
    expect(document.body.textContent).toContain('库存 4 件');
    expect(document.body.textContent).toContain('每人限兑 2 件');
    expect(document.body.textContent).toContain('150积分');
    document.querySelector<HTMLButtonElement>('[data-testid=sku-confirm]')!.click();
    await flush();
    expect(w.emitted('confirm')).toEqual([[{ sku: 'white', quantity: 1 }]]);
    w.unmount();
  });
});

describe('AddressEditor', () => {
  test('an invalid phone is refused; a valid address is emitted', async () => {
    const w = await mountSuspended(AddressEditor, { props: {} });
    const fill = async (name: string, value: string) => w.find(`[name=${name}]`).setValue(value);
    await fill('receiver', '张三');
    await fill('phone', '123');
    await fill('detail', '科技园 1 号');
    await w.find('form').trigger('submit');
    await flush();
    expect(w.emitted('save')).toBeUndefined();
    expect(w.text()).toContain('请填写正确的手机号');
    await fill('phone', '13800138000');
    await w.find('form').trigger('submit');
    await flush();
    expect(w.emitted('save')?.[0]?.[0]).toMatchObject({ receiver: '张三', phone: '13800138000', detail: '科技园 1 号', isDefault: false });
  });
});

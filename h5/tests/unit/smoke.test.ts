import { expect, test } from 'vitest';
import { mountSuspended } from '@nuxt/test-utils/runtime';
import StateView from '~/components/StateView.vue';

test('smoke', async () => {
  const w = await mountSuspended(StateView, { props: { kind: 'empty', message: '暂无' } });
  expect(w.text()).toContain('暂无');
});

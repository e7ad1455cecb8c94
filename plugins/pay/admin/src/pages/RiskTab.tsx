import { useEffect, useState } from 'react';
import { Badge, Box, Button, Field, Flex, SingleSelect, SingleSelectOption, TextInput, Typography } from '@strapi/design-system';
import { useFetchClient } from '@strapi/strapi/admin';
import { DataTable, Pager, useAction, useHeldActions } from '@wedraw/kit/admin';
import { time, yuan } from './format';

interface Rule {
  id: number;
  name: string;
  kind: string;
  count: number;
  minutes: number;
  amount: number;
  userIds: number[] | null;
  action: 'block' | 'review';
  enabled: boolean;
}
interface Hit {
  id: number;
  ruleName: string;
  action: string;
  userId: number;
  merchantCode: string;
  orderNo: string | null;
  amount: number;
  detail: string;
  createdAt: string;
}

const KIND: Record<string, string> = { frequency: '支付频次', amount: '单笔金额', merchant_daily: '商户日限额', blocklist: '黑名单' };
const ACTION: Record<string, string> = { block: '拦截', review: '复核（积分待释放）' };

function describe(r: Rule): string {
  if (r.kind === 'frequency') return `${r.minutes} 分钟内超过 ${r.count} 次`;
  if (r.kind === 'amount') return `单笔超过 ${yuan(r.amount)}`;
  if (r.kind === 'merchant_daily') return '超过商户设置的每日收款上限';
  return `用户 ${(r.userIds ?? []).join('、') || '（空）'}`;
}

/** 风控: operator-editable rules (block or review) and every hit. */
export const RiskTab = () => {
  const { get, post, put } = useFetchClient();
  const { held } = useHeldActions({ canUpdate: 'plugin::pay.risk.update' });
  const [rules, setRules] = useState<Rule[]>([]);
  const [hits, setHits] = useState<Hit[]>([]);
  const [total, setTotal] = useState(0);
  const [page, setPage] = useState(1);
  const [form, setForm] = useState({ name: '', kind: 'frequency', count: '', minutes: '', amount: '', userIds: '', action: 'block' });
  const load = async () => {
    setRules((await get<{ data: Rule[] }>('/pay/risk/rules')).data.data);
    const res = await get<{ data: Hit[]; meta: { pagination: { total: number } } }>('/pay/risk/hits', { params: { page, pageSize: 20 } });
    setHits(res.data.data);
    setTotal(res.data.meta.pagination.total);
  };
  const { act, busy } = useAction(load);
  useEffect(() => void load().catch(() => undefined), [page]);
  const create = () =>
    act(
      () =>
        post('/pay/risk/rules', {
          name: form.name,
          kind: form.kind,
          action: form.action,
          count: Number(form.count || 0),
          minutes: Number(form.minutes || 0),
          amount: Math.round(Number(form.amount || 0) * 100),
          userIds: form.userIds
            .split(/[,，\s]+/)
            .filter(Boolean)
            .map(Number),
        }),
      '风控规则已添加',
    );

  return (
    <Box>
      <DataTable
        columns={[
          { title: '名称', cell: (r) => r.name },
          { title: '类型', cell: (r) => KIND[r.kind] ?? r.kind },
          { title: '条件', cell: (r) => describe(r) },
          { title: '处理', cell: (r) => ACTION[r.action] },
          {
            title: '状态',
            cell: (r) => (
              <Flex gap={2}>
                <Badge>{r.enabled ? '启用' : '停用'}</Badge>
                {held.canUpdate && (
                  <Button
                    size="S"
                    variant="tertiary"
                    disabled={busy}
                    onClick={() => act(() => put(`/pay/risk/rules/${r.id}`, { enabled: !r.enabled }), '已更新')}
                  >
                    {r.enabled ? '停用' : '启用'}
                  </Button>
                )}
              </Flex>
            ),
          },
        ]}
        rows={rules}
        rowKey={(r) => r.id}
        empty="还没有风控规则"
      />
      {held.canUpdate && (
        <Flex gap={2} paddingTop={4} alignItems="flex-end" wrap="wrap">
          <Field.Root>
            <Field.Label>名称</Field.Label>
            <TextInput value={form.name} onChange={(e: any) => setForm({ ...form, name: e.target.value })} />
          </Field.Root>
          <Field.Root>
            <Field.Label>类型</Field.Label>
            <SingleSelect value={form.kind} onChange={(v: string | number) => setForm({ ...form, kind: String(v) })}>
              {Object.entries(KIND).map(([k, v]) => (
                <SingleSelectOption key={k} value={k}>
                  {v}
                </SingleSelectOption>
              ))}
            </SingleSelect>
          </Field.Root>
          {form.kind === 'frequency' && (
            <>
              <Field.Root>
                <Field.Label>分钟</Field.Label>
                <TextInput value={form.minutes} onChange={(e: any) => setForm({ ...form, minutes: e.target.value })} />
              </Field.Root>
              <Field.Root>
                <Field.Label>次数上限</Field.Label>
                <TextInput value={form.count} onChange={(e: any) => setForm({ ...form, count: e.target.value })} />
              </Field.Root>
            </>
          )}
          {form.kind === 'amount' && (
            <Field.Root>
              <Field.Label>金额上限（元）</Field.Label>
              <TextInput value={form.amount} onChange={(e: any) => setForm({ ...form, amount: e.target.value })} />
            </Field.Root>
          )}
          {form.kind === 'blocklist' && (
            <Field.Root>
              <Field.Label>用户 ID（逗号分隔）</Field.Label>
              <TextInput value={form.userIds} onChange={(e: any) => setForm({ ...form, userIds: e.target.value })} />
            </Field.Root>
          )}
          <Field.Root>
            <Field.Label>处理</Field.Label>
            <SingleSelect value={form.action} onChange={(v: string | number) => setForm({ ...form, action: String(v) })}>
              <SingleSelectOption value="block">拦截</SingleSelectOption>
              <SingleSelectOption value="review">复核（积分待释放）</SingleSelectOption>
            </SingleSelect>
          </Field.Root>
          <Button disabled={busy || !form.name} onClick={create}>
            添加规则
          </Button>
        </Flex>
      )}
      <Box paddingTop={6}>
        <Typography variant="delta">命中记录</Typography>
        <DataTable
          columns={[
            { title: '时间', cell: (h) => time(h.createdAt) },
            { title: '规则', cell: (h) => h.ruleName },
            { title: '处理', cell: (h) => ACTION[h.action] ?? h.action },
            { title: '用户', cell: (h) => `#${h.userId}` },
            { title: '商户', cell: (h) => h.merchantCode },
            { title: '金额', cell: (h) => yuan(h.amount) },
            { title: '说明', cell: (h) => `${h.detail ?? ''}${h.orderNo ? `（订单 ${h.orderNo}）` : ''}` },
          ]}
          rows={hits}
          rowKey={(h) => h.id}
          empty="还没有命中记录"
        />
        <Pager page={page} onPage={setPage} total={total} unit="次命中" />
      </Box>
    </Box>
  );
};

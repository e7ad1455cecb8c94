import { useEffect, useState } from 'react';
import { Box, Button, Field, Flex, TextInput, Typography } from '@strapi/design-system';
import { useFetchClient } from '@strapi/strapi/admin';
import { DataTable, Pager, useAction, useHeldActions } from '@wedraw/kit/admin';
import { REFUND_STATUS, time, yuan } from './format';

interface Refund {
  refundNo: string;
  orderNo: string;
  amount: number;
  reason: string | null;
  status: string;
  operator: string | null;
  createdAt: string;
  finishedAt: string | null;
  points: { clawedBack: number; shortfall: number };
}

/** 退款: the refunds with the points taken back (and what could not be: the shortfall), and a refund form. */
export const RefundsTab = () => {
  const { get, post } = useFetchClient();
  const { held } = useHeldActions({ canCreate: 'plugin::pay.refunds.create' });
  const [rows, setRows] = useState<Refund[]>([]);
  const [total, setTotal] = useState(0);
  const [page, setPage] = useState(1);
  const [form, setForm] = useState({ orderNo: '', amount: '', reason: '' });
  const load = async () => {
    const res = await get<{ data: Refund[]; meta: { pagination: { total: number } } }>('/pay/refunds', { params: { page, pageSize: 20 } });
    setRows(res.data.data);
    setTotal(res.data.meta.pagination.total);
  };
  const { act, busy } = useAction(load);
  useEffect(() => void load().catch(() => undefined), [page]);
  const submit = () =>
    act(
      () =>
        post('/pay/refunds', {
          orderNo: form.orderNo.trim(),
          amount: Math.round(Number(form.amount) * 100),
          reason: form.reason || undefined,
          idempotencyKey: `admin-${form.orderNo.trim()}-${Date.now()}`,
        }),
      '退款已提交，等待微信支付结果',
    ).then(() => setForm({ orderNo: '', amount: '', reason: '' }));

  return (
    <Box>
      {held.canCreate && (
        <Flex gap={2} paddingBottom={4} alignItems="flex-end">
          <Field.Root>
            <Field.Label>订单号</Field.Label>
            <TextInput value={form.orderNo} onChange={(e: any) => setForm({ ...form, orderNo: e.target.value })} />
          </Field.Root>
          <Field.Root>
            <Field.Label>退款金额（元）</Field.Label>
            <TextInput value={form.amount} onChange={(e: any) => setForm({ ...form, amount: e.target.value })} />
          </Field.Root>
          <Field.Root>
            <Field.Label>原因</Field.Label>
            <TextInput value={form.reason} onChange={(e: any) => setForm({ ...form, reason: e.target.value })} />
          </Field.Root>
          <Button disabled={busy || !form.orderNo || !form.amount} onClick={submit}>
            发起退款
          </Button>
        </Flex>
      )}
      <Typography variant="pi" textColor="neutral600" tag="p">
        退款成功后按退款比例扣回该订单发放的积分；用户积分不足时不扣成负数，未扣回的部分记为差额。
      </Typography>
      <DataTable
        columns={[
          { title: '退款单号', cell: (r) => r.refundNo },
          { title: '订单号', cell: (r) => r.orderNo },
          { title: '金额', cell: (r) => yuan(r.amount) },
          { title: '状态', cell: (r) => REFUND_STATUS[r.status] ?? r.status },
          { title: '原因', cell: (r) => r.reason ?? '—' },
          { title: '扣回积分', cell: (r) => r.points.clawedBack },
          { title: '差额', cell: (r) => r.points.shortfall || null },
          { title: '操作人', cell: (r) => r.operator },
          { title: '时间', cell: (r) => time(r.finishedAt ?? r.createdAt) },
        ]}
        rows={rows}
        rowKey={(r) => r.refundNo}
        empty="没有退款记录"
      />
      <Pager page={page} onPage={setPage} total={total} unit="笔退款" />
    </Box>
  );
};

import { useEffect, useState } from 'react';
import { Badge, Box, Button, Field, Flex, SingleSelect, SingleSelectOption, TextInput, Typography } from '@strapi/design-system';
import { useFetchClient } from '@strapi/strapi/admin';
import { DataTable, useAction, useHeldActions } from '@wedraw/kit/admin';
import { ORDER_STATUS, REFUND_STATUS, yuan } from './format';

interface Difference {
  kind:
    | 'not-paid-here'
    | 'unknown-order'
    | 'amount-differs'
    | 'missing-from-bill'
    | 'refund-not-here'
    | 'refund-unknown'
    | 'refund-amount-differs'
    | 'refund-missing-from-bill';
  orderNo: string;
  refundNo?: string;
  transactionId: string | null;
  billAmount: number | null;
  ourAmount: number | null;
  ourStatus: string | null;
}
interface Comparison {
  date: string;
  mchId: string;
  bill: { payments: number; refunds: number; paidTotal: number; refundedTotal: number; sha1: string } | null;
  ours: { payments: number; paidTotal: number; refunds: number; refundedTotal: number };
  differences: Difference[];
}

const KIND: Record<Difference['kind'], string> = {
  'not-paid-here': '账单已支付，本系统未支付（通知丢失？）',
  'unknown-order': '账单中有，本系统无此订单',
  'amount-differs': '金额不一致',
  'missing-from-bill': '本系统已支付，账单中没有',
  'refund-not-here': '账单已退款，本系统退款未完成',
  'refund-unknown': '账单中有退款，本系统无此退款单',
  'refund-amount-differs': '退款金额不一致',
  'refund-missing-from-bill': '本系统已退款，账单中没有',
};
const isRefund = (d: Difference) => d.kind.startsWith('refund-');
const statusText = (d: Difference) => (d.ourStatus ? ((isRefund(d) ? REFUND_STATUS[d.ourStatus] : ORDER_STATUS[d.ourStatus]?.label) ?? d.ourStatus) : '—');

/** Yesterday in Beijing time: WeChat Pay generates a day's bill from 09:00 the next day. */
const yesterday = () => new Date(Date.now() + 8 * 3600_000 - 86_400_000).toISOString().slice(0, 10);

/** 对账: pick an account and a day, download WeChat Pay's trade bill, see where it and our orders differ. */
export const BillsTab = () => {
  const { get, post } = useFetchClient();
  const { held } = useHeldActions({ canReconcile: 'plugin::pay.orders.reconcile' });
  const [accounts, setAccounts] = useState<{ id: number; name: string; mchId: string }[]>([]);
  const [accountId, setAccountId] = useState('');
  const [date, setDate] = useState(yesterday());
  const [result, setResult] = useState<Comparison | null>(null);
  const compare = async () => setResult((await get<{ data: Comparison }>('/pay/bills', { params: { accountId, date } })).data.data);
  // Every action (the download itself, a reconcile) ends by comparing again.
  const { act, busy } = useAction(compare);
  useEffect(() => {
    get<{ data: { id: number; name: string; mchId: string }[] }>('/pay/accounts')
      .then((res) => {
        setAccounts(res.data.data);
        if (res.data.data[0]) setAccountId(String(res.data.data[0].id));
      })
      .catch(() => undefined);
  }, []);

  return (
    <Box>
      <Typography variant="pi" textColor="neutral600" tag="p">
        下载微信支付的交易账单（校验 SHA1），与本系统的订单和退款逐笔比对。微信支付次日 9 点后生成前一天的账单，建议 10 点后对账。
      </Typography>
      <Flex gap={4} paddingTop={4} paddingBottom={4} alignItems="flex-end">
        <Field.Root>
          <Field.Label>商户号</Field.Label>
          <SingleSelect value={accountId} onChange={(v: string | number) => setAccountId(String(v))}>
            {accounts.map((a) => (
              <SingleSelectOption key={a.id} value={String(a.id)}>
                {`${a.name}（${a.mchId}）`}
              </SingleSelectOption>
            ))}
          </SingleSelect>
        </Field.Root>
        <Field.Root>
          <Field.Label>账单日期</Field.Label>
          <TextInput type="date" value={date} onChange={(e: any) => setDate(e.target.value)} />
        </Field.Root>
        <Button disabled={busy || !accountId || !date} onClick={() => act(async () => undefined, '已下载账单并对账')}>
          下载账单并对账
        </Button>
      </Flex>
      {result && (
        <Box>
          <Typography variant="omega" tag="p">
            {result.bill
              ? `账单 ${result.date}：支付 ${result.bill.payments} 笔 ${yuan(result.bill.paidTotal)}，退款 ${result.bill.refunds} 笔 ${yuan(result.bill.refundedTotal)}；本系统当日支付 ${result.ours.payments} 笔 ${yuan(result.ours.paidTotal)}，退款 ${result.ours.refunds} 笔 ${yuan(result.ours.refundedTotal)}。SHA1 ${result.bill.sha1}`
              : `${result.date} 微信支付没有账单（当日无交易）；本系统当日支付 ${result.ours.payments} 笔 ${yuan(result.ours.paidTotal)}，退款 ${result.ours.refunds} 笔 ${yuan(result.ours.refundedTotal)}。`}
          </Typography>
          <Box paddingTop={4}>
            <DataTable
              columns={[
                { title: '差异', cell: (d) => <Badge>{KIND[d.kind]}</Badge> },
                { title: '订单号', cell: (d) => d.orderNo },
                { title: '退款单号', cell: (d) => d.refundNo ?? '—' },
                { title: '微信支付单号', cell: (d) => d.transactionId ?? '—' },
                { title: '账单金额', cell: (d) => yuan(d.billAmount) },
                { title: '本系统金额', cell: (d) => yuan(d.ourAmount) },
                { title: '本系统状态', cell: (d) => statusText(d) },
                {
                  title: '操作',
                  cell: (d) =>
                    held.canReconcile &&
                    d.kind === 'not-paid-here' && (
                      <Button
                        size="S"
                        variant="secondary"
                        disabled={busy}
                        onClick={() => act(() => post(`/pay/orders/${d.orderNo}/reconcile`, {}), '已查询并补单')}
                      >
                        查询并补单
                      </Button>
                    ),
                },
              ]}
              rows={result.differences}
              rowKey={(d) => `${d.kind}:${d.refundNo ?? d.orderNo}`}
              empty="没有差异：账单与本系统一致"
            />
          </Box>
        </Box>
      )}
    </Box>
  );
};

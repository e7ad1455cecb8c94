import { useEffect, useState } from 'react';
import { Badge, Box, Button, Flex, SingleSelect, SingleSelectOption, TextInput, Typography } from '@strapi/design-system';
import { useFetchClient } from '@strapi/strapi/admin';
import { DataTable, Pager, useAction, useHeldActions } from '@wedraw/kit/admin';
import { CHANNEL, ORDER_STATUS, REFUND_STATUS, time, yuan } from './format';

interface Order {
  orderNo: string;
  status: string;
  amount: number;
  refundedAmount: number;
  merchant: { code: string; name: string };
  channel: string;
  createdAt: string;
  paidAt: string | null;
  flag: string | null;
  review: string;
  userId: number;
  transactionId: string | null;
  points: { awarded: number; clawedBack: number; note: string | null };
}
interface Detail extends Order {
  flagDetails: Record<string, unknown> | null;
  refunds: { refundNo: string; amount: number; status: string; points: { clawedBack: number; shortfall: number } }[];
  notifies: { id: number; kind: string; createdAt: string; verified: boolean; status: number; outcome: string; detail: string | null; serial: string | null }[];
}

const OUTCOME: Record<string, string> = {
  paid: '已入账并发积分',
  duplicate: '重复通知（无第二次效果）',
  mismatch: '金额或商户不符（已标记）',
  rejected: '验签失败',
  undecryptable: '无法解密',
  'unknown-order': '找不到订单',
  'unknown-refund': '找不到退款单',
  'unknown-merchant': '没有这个商户号',
  'not-paid': '未支付状态',
  finished: '退款已完成',
  ignored: '忽略',
};

/** The status filter's "all" (an empty value would show the placeholder beside the option's label). */
const ALL = 'all';

/** Why a delivery was refused, in Chinese (the server logs the verifier's reason in English). */
function detailText(n: { detail: string | null; serial: string | null }): string {
  const d = n.detail;
  if (!d) return n.serial ? `证书序列号 ${n.serial}` : '—';
  if (d.startsWith('unknown Wechatpay-Serial')) return `未知的证书序列号 ${n.serial ?? ''}`.trim();
  if (d === 'stale timestamp') return '时间戳超出 5 分钟';
  if (d === 'bad signature') return '签名不符';
  if (d.startsWith('missing Wechatpay')) return '缺少 Wechatpay-* 签名头';
  return `解密失败：${d}`;
}

/** 支付订单: filters, the list, and one order's detail with its refunds and notify log. */
export const OrdersTab = () => {
  const { get, post } = useFetchClient();
  const { held } = useHeldActions({ canReconcile: 'plugin::pay.orders.reconcile' });
  const [rows, setRows] = useState<Order[]>([]);
  const [total, setTotal] = useState(0);
  const [page, setPage] = useState(1);
  const [filter, setFilter] = useState({ status: '', merchant: '', orderNo: '', flagged: '' });
  const [detail, setDetail] = useState<Detail | null>(null);
  const load = async () => {
    const params = Object.fromEntries(Object.entries({ ...filter, page, pageSize: 20 }).filter(([, v]) => v !== ''));
    const res = await get<{ data: Order[]; meta: { pagination: { total: number } } }>('/pay/orders', { params });
    setRows(res.data.data);
    setTotal(res.data.meta.pagination.total);
    if (detail) setDetail((await get<{ data: Detail }>(`/pay/orders/${detail.orderNo}`)).data.data);
  };
  const { act, busy } = useAction(load);
  useEffect(() => void load().catch(() => undefined), [page, filter]);
  const open = async (orderNo: string) => setDetail((await get<{ data: Detail }>(`/pay/orders/${orderNo}`)).data.data);

  return (
    <Box>
      <Flex gap={2} paddingBottom={4} alignItems="flex-end">
        <SingleSelect
          aria-label="订单状态"
          value={filter.status || ALL}
          onChange={(v: string | number) => (setPage(1), setFilter({ ...filter, status: v === ALL ? '' : String(v) }))}
        >
          <SingleSelectOption value={ALL}>全部状态</SingleSelectOption>
          {Object.entries(ORDER_STATUS).map(([k, v]) => (
            <SingleSelectOption key={k} value={k}>
              {v.label}
            </SingleSelectOption>
          ))}
        </SingleSelect>
        <TextInput placeholder="商户编码" value={filter.merchant} onChange={(e: any) => (setPage(1), setFilter({ ...filter, merchant: e.target.value }))} />
        <TextInput placeholder="订单号" value={filter.orderNo} onChange={(e: any) => (setPage(1), setFilter({ ...filter, orderNo: e.target.value }))} />
        <Button variant={filter.flagged ? 'default' : 'tertiary'} onClick={() => (setPage(1), setFilter({ ...filter, flagged: filter.flagged ? '' : 'true' }))}>
          只看异常
        </Button>
      </Flex>
      <DataTable
        columns={[
          { title: '订单号', cell: (o) => o.orderNo },
          { title: '商户', cell: (o) => o.merchant.name },
          { title: '金额', cell: (o) => `${yuan(o.amount)}${o.refundedAmount ? `（退 ${yuan(o.refundedAmount)}）` : ''}` },
          {
            title: '状态',
            cell: (o) => (
              <>
                <Badge textColor={ORDER_STATUS[o.status]?.color}>{ORDER_STATUS[o.status]?.label ?? o.status}</Badge>
                {o.flag && <Badge textColor="danger600">通知不符</Badge>}
                {o.review === 'held' && <Badge textColor="warning600">待审核</Badge>}
              </>
            ),
          },
          { title: '方式', cell: (o) => CHANNEL[o.channel] ?? o.channel },
          { title: '积分', cell: (o) => `+${o.points.awarded}${o.points.clawedBack ? ` / -${o.points.clawedBack}` : ''}` },
          { title: '下单时间', cell: (o) => time(o.createdAt) },
          {
            title: '',
            cell: (o) => (
              <Button size="S" variant="tertiary" onClick={() => void open(o.orderNo)}>
                详情
              </Button>
            ),
          },
        ]}
        rows={rows}
        rowKey={(o) => o.orderNo}
        empty="没有符合条件的支付订单"
      />
      <Pager page={page} onPage={setPage} total={total} unit="笔订单" />
      {detail && (
        <Box paddingTop={6}>
          <Flex gap={2} alignItems="center">
            <Typography variant="delta">订单 {detail.orderNo}</Typography>
            {held.canReconcile && detail.status === 'pending' && (
              <Button size="S" disabled={busy} onClick={() => act(() => post(`/pay/orders/${detail.orderNo}/reconcile`, {}), '已向微信支付查询')}>
                查询对账
              </Button>
            )}
            {held.canReconcile && detail.review === 'held' && (
              <Button size="S" disabled={busy} onClick={() => act(() => post(`/pay/orders/${detail.orderNo}/release`, {}), '积分已释放')}>
                审核通过，发放积分
              </Button>
            )}
          </Flex>
          <Typography tag="p">
            用户 #{detail.userId} · 微信支付单号 {detail.transactionId ?? '—'} · 支付时间 {time(detail.paidAt)} · 积分 +{detail.points.awarded}
            {detail.points.note ? `（${detail.points.note}）` : ''}
          </Typography>
          {detail.flagDetails && <Typography textColor="danger600">通知与订单不符：{JSON.stringify(detail.flagDetails)}</Typography>}
          {detail.refunds.length > 0 && (
            <Typography tag="p">
              退款：
              {detail.refunds
                .map(
                  (r) =>
                    `${r.refundNo} ${yuan(r.amount)} ${REFUND_STATUS[r.status] ?? r.status}，扣回 ${r.points.clawedBack} 积分${r.points.shortfall ? `，差额 ${r.points.shortfall}` : ''}`,
                )
                .join('；')}
            </Typography>
          )}
          <DataTable
            columns={[
              { title: '时间', cell: (n) => time(n.createdAt) },
              { title: '类型', cell: (n) => (n.kind === 'refund' ? '退款通知' : '支付通知') },
              { title: '验签', cell: (n) => (n.verified ? '通过' : '未通过') },
              { title: '应答', cell: (n) => n.status },
              { title: '结果', cell: (n) => OUTCOME[n.outcome] ?? n.outcome },
              { title: '说明', cell: (n) => detailText(n) },
            ]}
            rows={detail.notifies}
            rowKey={(n) => n.id}
            empty="还没有收到通知"
          />
        </Box>
      )}
    </Box>
  );
};

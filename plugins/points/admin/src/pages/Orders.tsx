import { useEffect, useState } from 'react';
import { Badge, Box, Button, Field, Flex, SingleSelect, SingleSelectOption, Typography } from '@strapi/design-system';
import { DataTable, ErrorAlert, Pager, useApi } from '@wedraw/kit/admin';
import { formatTime, ORDER_STATUS_LABELS, orderStatusLabel } from '@wedraw/contract';

interface Order {
  orderNo: string;
  status: string;
  userId: number;
  totalPoints: number;
  lines: { title: string; specs: Record<string, string> | null; quantity: number }[];
  address: { receiver?: string; phone?: string; province?: string; city?: string; district?: string; detail?: string } | null;
  shipping: { carrier: string; trackingNo: string } | null;
  createdAt: string;
  history: { status: string; at: string; operator?: string; remark?: string }[];
  /** statuses the server allows next */
  next: string[];
}

interface Filters {
  status: string;
  user: string;
  from: string;
  to: string;
}

const toIso = (day: string, end: boolean) => (day ? new Date(`${day}T${end ? '23:59:59' : '00:00:00'}+08:00`).toISOString() : undefined);

/** Exchange orders: filters by status, time and user; review → to_ship → shipped → completed, or cancel with refund. */
export const Orders = ({ canUpdate }: { canUpdate: boolean }) => {
  const api = useApi();
  const [filters, setFilters] = useState<Filters>({ status: '', user: '', from: '', to: '' });
  const [page, setPage] = useState(1);
  const [orders, setOrders] = useState<Order[]>([]);
  const [selected, setSelected] = useState<Order | null>(null);
  const [shipping, setShipping] = useState({ carrier: '', trackingNo: '', remark: '' });

  const load = async (p = page) => {
    const params = {
      page: p,
      pageSize: 20,
      status: filters.status || undefined,
      user: filters.user || undefined,
      from: toIso(filters.from, false),
      to: toIso(filters.to, true),
    };
    setOrders((await api.get<Order[]>('/points/orders', params)) ?? []);
  };
  useEffect(() => {
    load(page);
  }, [page]);

  const move = async (to: string) => {
    if (!selected) return;
    if (to === 'cancelled' && !window.confirm('取消后积分和库存将退回，确定取消吗？')) return;
    const order = await api.post<Order>(`/points/orders/${selected.orderNo}/status`, { to, ...shipping });
    if (order) {
      setSelected(order);
      setShipping({ carrier: '', trackingNo: '', remark: '' });
      await load();
    }
  };
  const set = (key: keyof Filters) => (e: any) => setFilters({ ...filters, [key]: e?.target ? e.target.value : e });

  return (
    <Flex direction="column" alignItems="stretch" gap={4}>
      <ErrorAlert error={api.error} onClose={() => api.setError(null)} />
      <Flex gap={2} alignItems="flex-end" wrap="wrap">
        <Field.Root name="status">
          <Field.Label>状态</Field.Label>
          <SingleSelect value={filters.status} onChange={set('status')}>
            <SingleSelectOption value="">全部</SingleSelectOption>
            {Object.entries(ORDER_STATUS_LABELS).map(([value, label]) => (
              <SingleSelectOption key={value} value={value}>
                {label}
              </SingleSelectOption>
            ))}
          </SingleSelect>
        </Field.Root>
        <Field.Root name="user">
          <Field.Label>用户 ID</Field.Label>
          <Field.Input value={filters.user} onChange={set('user')} />
        </Field.Root>
        <Field.Root name="from">
          <Field.Label>下单日期起</Field.Label>
          <Field.Input type="date" value={filters.from} onChange={set('from')} />
        </Field.Root>
        <Field.Root name="to">
          <Field.Label>下单日期止</Field.Label>
          <Field.Input type="date" value={filters.to} onChange={set('to')} />
        </Field.Root>
        <Button onClick={() => (page === 1 ? load(1) : setPage(1))} loading={api.busy}>
          筛选
        </Button>
      </Flex>
      <DataTable
        columns={[
          { title: '订单号', cell: (o) => o.orderNo },
          { title: '用户', cell: (o) => o.userId },
          { title: '商品', cell: (o) => o.lines.map((l) => `${l.title} × ${l.quantity}`).join('，') },
          { title: '积分', cell: (o) => o.totalPoints },
          { title: '状态', cell: (o) => <Badge>{orderStatusLabel(o.status)}</Badge> },
          { title: '下单时间', cell: (o) => formatTime(o.createdAt) },
        ]}
        rows={orders}
        rowKey={(o) => o.orderNo}
        onRowClick={setSelected}
        empty="没有符合条件的订单"
      />
      <Pager page={page} hasNext={orders.length >= 20} onPage={setPage} />
      {selected && (
        <Box background="neutral0" padding={4} hasRadius shadow="tableShadow">
          <Typography variant="beta" tag="h2">
            订单 {selected.orderNo}（{orderStatusLabel(selected.status)}）
          </Typography>
          <Typography tag="p">
            收货：
            {selected.address
              ? `${selected.address.receiver ?? ''} ${selected.address.phone ?? ''} ${selected.address.province ?? ''}${selected.address.city ?? ''}${selected.address.district ?? ''}${selected.address.detail ?? ''}`
              : '无'}
          </Typography>
          {selected.shipping && (
            <Typography tag="p">
              物流：{selected.shipping.carrier} {selected.shipping.trackingNo}
            </Typography>
          )}
          <Typography tag="p" textColor="neutral600">
            {selected.history
              .map((h) => `${formatTime(h.at)} ${orderStatusLabel(h.status)}${h.operator ? `（${h.operator}）` : ''}${h.remark ? `：${h.remark}` : ''}`)
              .join(' → ')}
          </Typography>
          {canUpdate && selected.status === 'to_ship' && (
            <Flex gap={2} paddingTop={2}>
              <Field.Root name="carrier" required>
                <Field.Label>快递公司</Field.Label>
                <Field.Input value={shipping.carrier} onChange={(e: any) => setShipping({ ...shipping, carrier: e.target.value })} />
              </Field.Root>
              <Field.Root name="trackingNo" required>
                <Field.Label>运单号</Field.Label>
                <Field.Input value={shipping.trackingNo} onChange={(e: any) => setShipping({ ...shipping, trackingNo: e.target.value })} />
              </Field.Root>
            </Flex>
          )}
          {canUpdate && (
            <Flex gap={2} paddingTop={2} alignItems="flex-end">
              <Field.Root name="remark">
                <Field.Label>备注</Field.Label>
                <Field.Input value={shipping.remark} onChange={(e: any) => setShipping({ ...shipping, remark: e.target.value })} />
              </Field.Root>
              {(selected.next ?? []).map((to) => (
                <Button key={to} variant={to === 'cancelled' ? 'danger-light' : 'default'} onClick={() => move(to)} loading={api.busy}>
                  {to === 'cancelled' ? '取消并退回积分' : `改为${orderStatusLabel(to)}`}
                </Button>
              ))}
            </Flex>
          )}
        </Box>
      )}
    </Flex>
  );
};

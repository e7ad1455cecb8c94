import { useEffect, useState } from 'react';
import { Button, Flex, Typography } from '@strapi/design-system';
import { DataTable, ErrorAlert, Pager, useApi } from '@wedraw/kit/admin';
import { alertColumns, type AlertRow } from './alert-columns';
import { at, NOTIFICATIONS, STATES } from './format';

interface Alert extends AlertRow {
  firedAt: string | null;
  resolvedAt: string | null;
}
interface Change {
  id: number;
  fromState: string | null;
  toState: string;
  notification: string;
  detail: string | null;
  at: string;
}

/** 告警历史: every alert, newest first, with its state changes and what was notified. */
export function Alerts() {
  const api = useApi();
  const [page, setPage] = useState(1);
  const [rows, setRows] = useState<Alert[]>([]);
  const [total, setTotal] = useState(0);
  const [open, setOpen] = useState<{ id: number; changes: Change[] } | null>(null);
  useEffect(() => {
    void (async () => {
      const res = await api.getPage<Alert[]>('/ops/alerts', { page, pageSize: 20 });
      setRows(res?.data ?? []);
      setTotal(res?.meta.pagination.total ?? 0);
    })();
  }, [page]);
  const show = async (id: number) => setOpen({ id, changes: (await api.get<Change[]>(`/ops/alerts/${id}/events`)) ?? [] });
  return (
    <Flex direction="column" alignItems="stretch" gap={3}>
      <ErrorAlert error={api.error} onClose={() => api.setError(null)} />
      <DataTable
        columns={[
          ...alertColumns<Alert>(),
          { title: '触发', cell: (a) => at(a.firedAt) },
          { title: '恢复', cell: (a) => at(a.resolvedAt) },
          {
            title: '',
            cell: (a) => (
              <Button size="S" variant="tertiary" onClick={() => show(a.id)}>
                变化
              </Button>
            ),
          },
        ]}
        rows={rows}
        rowKey={(a) => a.id}
        empty="还没有告警"
      />
      <Pager page={page} onPage={setPage} total={total} pageSize={20} unit="条告警" />
      {open && (
        <Flex direction="column" alignItems="stretch" gap={1}>
          <Typography variant="delta">告警 #{open.id} 的变化</Typography>
          {open.changes.map((c) => (
            <Typography key={c.id}>
              {at(c.at)}：{c.fromState ? STATES[c.fromState] : '新建'} → {STATES[c.toState]}，{NOTIFICATIONS[c.notification]}
              {c.detail ? `（${c.detail}）` : ''}
            </Typography>
          ))}
        </Flex>
      )}
    </Flex>
  );
}

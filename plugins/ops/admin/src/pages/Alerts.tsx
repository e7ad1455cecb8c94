import { useEffect, useState } from 'react';
import { Badge, Button, Flex, Table, Tbody, Td, Tr, Typography } from '@strapi/design-system';
import { ErrorAlert, Pager, TableHead, useApi } from '@wedraw/kit/admin';
import { at, LEVELS, NOTIFICATIONS, STATES } from './format';

interface Alert {
  id: number;
  ruleName: string;
  level: string;
  state: string;
  value: string | number | null;
  startedAt: string;
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
const HEADERS = ['规则', '级别', '状态', '值', '开始', '触发', '恢复', ''];

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
      <Table colCount={HEADERS.length} rowCount={rows.length + 1}>
        <TableHead columns={HEADERS} />
        <Tbody>
          {rows.map((a) => (
            <Tr key={a.id}>
              <Td>
                <Typography>{a.ruleName}</Typography>
              </Td>
              <Td>
                <Badge active={a.level === 'critical'}>{LEVELS[a.level]}</Badge>
              </Td>
              <Td>
                <Typography>{STATES[a.state]}</Typography>
              </Td>
              <Td>
                <Typography>{a.value === null ? '—' : Number(a.value)}</Typography>
              </Td>
              <Td>
                <Typography>{at(a.startedAt)}</Typography>
              </Td>
              <Td>
                <Typography>{at(a.firedAt)}</Typography>
              </Td>
              <Td>
                <Typography>{at(a.resolvedAt)}</Typography>
              </Td>
              <Td>
                <Button size="S" variant="tertiary" onClick={() => show(a.id)}>
                  变化
                </Button>
              </Td>
            </Tr>
          ))}
        </Tbody>
      </Table>
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

import { useCallback, useEffect, useState } from 'react';
import { Alert, Avatar, Box, Button, Field, Flex, Typography } from '@strapi/design-system';
import { DataTable, ErrorAlert, Pager, useApi } from '@wedraw/kit/admin';
import { formatTime, ledgerSourceLabel, ledgerTypeLabel } from '@wedraw/contract';
import type { DirectoryUser } from '../../../server/src/services/user-directory';

/** A user as the 用户积分 list shows it: the server's directory row. */
type FoundUser = DirectoryUser;
interface Pagination {
  page: number;
  pageSize: number;
  pageCount: number;
  total: number;
}
interface Line {
  id: number;
  delta: number;
  balanceAfter: number;
  type: string;
  source: string | null;
  remark: string | null;
  operator: string | null;
  createdAt: string;
  expiresAt: string | null;
}
interface Ledger {
  userId: number;
  account: { balance: number; earned: number; spent: number; expired: number };
  lines: Line[];
}

const PAGE_SIZE = 20;
const newKey = () => `admin-${Date.now()}-${Math.random().toString(36).slice(2, 10)}`;
const displayName = (u: FoundUser) => u.nickname || u.username;

/** Users by balance (or a search), a user's ledger, and an adjustment with a mandatory reason. */
export const UserPoints = ({ canAdjust }: { canAdjust: boolean }) => {
  const api = useApi();
  const [q, setQ] = useState('');
  const [query, setQuery] = useState({ q: '', page: 1 });
  const [users, setUsers] = useState<FoundUser[]>([]);
  const [pagination, setPagination] = useState<Pagination | null>(null);
  const [selected, setSelected] = useState<FoundUser | null>(null);
  const [ledger, setLedger] = useState<Ledger | null>(null);
  const [delta, setDelta] = useState('');
  const [reason, setReason] = useState('');
  const [notice, setNotice] = useState<string | null>(null);

  const load = useCallback(async () => {
    const res = await api.getPage<FoundUser[]>('/points/users', { q: query.q || undefined, page: query.page, pageSize: PAGE_SIZE });
    if (!res) return;
    setUsers(res.data);
    setPagination(res.meta.pagination);
    setSelected((current) => (current ? (res.data.find((u) => u.id === current.id) ?? current) : current));
  }, [query]); // the api object is new on every render
  useEffect(() => {
    load();
  }, [load]);

  const search = () => setQuery({ q: q.trim(), page: 1 });
  const open = async (user: FoundUser) => {
    setSelected(user);
    setLedger(await api.get<Ledger>(`/points/users/${user.id}/ledger`, { pageSize: 50 }));
  };
  const adjust = async () => {
    if (!selected) return;
    const n = Number(delta);
    if (!Number.isInteger(n) || n === 0) return api.setError('调整数量必须是非零整数');
    if (!reason.trim()) return api.setError('必须填写调整原因');
    const line = await api.post<Line>('/points/adjustments', { user: selected.id, delta: n, reason, idempotencyKey: newKey() });
    if (line) {
      setNotice(`已为 ${displayName(selected)} 调整 ${n > 0 ? '+' : ''}${n}，调整后余额 ${line.balanceAfter}`);
      setDelta('');
      setReason('');
      setLedger(await api.get<Ledger>(`/points/users/${selected.id}/ledger`, { pageSize: 50 }));
      await load(); // the list row shows the new balance
    }
  };

  return (
    <Flex direction="column" alignItems="stretch" gap={4}>
      <ErrorAlert error={api.error} onClose={() => api.setError(null)} />
      {notice && (
        <Alert variant="success" title="完成" closeLabel="关闭" onClose={() => setNotice(null)}>
          {notice}
        </Alert>
      )}
      <Flex gap={2} alignItems="flex-start">
        <Field.Root name="q" hint="微信昵称、手机号、openid、用户名、邮箱或用户 ID；留空列出全部用户（按余额从高到低）">
          <Field.Label>查找用户</Field.Label>
          <Field.Input value={q} onChange={(e: any) => setQ(e.target.value)} onKeyDown={(e: any) => e.key === 'Enter' && search()} />
          <Field.Hint />
        </Field.Root>
        <Box paddingTop={6}>
          <Button onClick={search} loading={api.busy}>
            查询
          </Button>
        </Box>
      </Flex>
      <DataTable
        columns={[
          { title: 'ID', cell: (u) => u.id },
          {
            title: '微信昵称',
            cell: (u) => (
              <Flex gap={2}>
                {u.avatar && <Avatar.Item src={u.avatar} alt="" fallback={displayName(u).slice(0, 1)} />}
                <Typography>{u.nickname ?? '—'}</Typography>
              </Flex>
            ),
          },
          { title: '用户名', cell: (u) => u.username },
          { title: '手机号', cell: (u) => u.phone },
          { title: 'openid', cell: (u) => u.openids.join('、') },
          { title: '余额', cell: (u) => <Typography fontWeight="bold">{u.balance}</Typography> },
          { title: '累计获得', cell: (u) => u.earned },
          {
            title: '操作',
            cell: (u) => (
              <Button variant="secondary" size="S" onClick={() => open(u)}>
                查看流水
              </Button>
            ),
          },
        ]}
        rows={users}
        rowKey={(u) => u.id}
      />
      {users.length === 0 && !api.busy && <Typography textColor="neutral600">{query.q ? `没有找到与“${query.q}”匹配的用户` : '还没有用户'}</Typography>}
      {pagination && pagination.pageCount > 1 && (
        <Pager page={query.page} pageSize={pagination.pageSize} total={pagination.total} unit="位用户" onPage={(page) => setQuery({ ...query, page })} />
      )}
      {selected && ledger && (
        <Box background="neutral0" padding={4} hasRadius shadow="tableShadow">
          <Typography variant="beta" tag="h2">
            {displayName(selected)}（ID {ledger.userId}）：余额 {ledger.account.balance}
          </Typography>
          <Typography tag="p" textColor="neutral600">
            累计获得 {ledger.account.earned} · 累计消费 {ledger.account.spent} · 累计过期 {ledger.account.expired}
          </Typography>
          {canAdjust && (
            <Flex gap={2} alignItems="flex-start" paddingTop={4} paddingBottom={4}>
              <Field.Root name="delta" required hint="正数增加，负数扣减">
                <Field.Label>调整积分</Field.Label>
                <Field.Input value={delta} onChange={(e: any) => setDelta(e.target.value)} />
                <Field.Hint />
              </Field.Root>
              <Field.Root name="reason" required hint="必填，会记录在流水上，用户可见">
                <Field.Label>调整原因</Field.Label>
                <Field.Input value={reason} onChange={(e: any) => setReason(e.target.value)} />
                <Field.Hint />
              </Field.Root>
              <Box paddingTop={6}>
                <Button onClick={adjust} loading={api.busy}>
                  确认调整
                </Button>
              </Box>
            </Flex>
          )}
          <DataTable
            columns={[
              { title: '时间', cell: (l) => formatTime(l.createdAt) },
              { title: '类型', cell: (l) => ledgerTypeLabel(l.type) },
              {
                title: '变动',
                cell: (l) => <Typography textColor={l.delta > 0 ? 'success600' : 'danger600'}>{l.delta > 0 ? `+${l.delta}` : l.delta}</Typography>,
              },
              { title: '变动后余额', cell: (l) => l.balanceAfter },
              { title: '来源', cell: (l) => ledgerSourceLabel(l.source) },
              { title: '备注', cell: (l) => l.remark },
              { title: '操作人', cell: (l) => l.operator },
            ]}
            rows={ledger.lines}
            rowKey={(l) => l.id}
            empty="还没有积分流水"
          />
        </Box>
      )}
    </Flex>
  );
};

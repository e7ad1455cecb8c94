import { useState } from 'react';
import { Alert, Box, Button, Field, Flex, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { formatTime, ledgerSourceLabel, ledgerTypeLabel } from '@wedraw/contract';
import { useApi } from '../useApi';

interface FoundUser { id: number; username: string; email: string; balance: number }
interface Line { id: number; delta: number; balanceAfter: number; type: string; source: string | null; remark: string | null; operator: string | null; createdAt: string; expiresAt: string | null }
interface Ledger { userId: number; account: { balance: number; earned: number; spent: number; expired: number }; lines: Line[] }

const newKey = () => `admin-${Date.now()}-${Math.random().toString(36).slice(2, 10)}`;

/** Find a user, show the balance and ledger, and adjust with a mandatory reason. */
export const UserPoints = ({ canAdjust }: { canAdjust: boolean }) => {
  const api = useApi();
  const [q, setQ] = useState('');
  const [users, setUsers] = useState<FoundUser[]>([]);
  const [ledger, setLedger] = useState<Ledger | null>(null);
  const [delta, setDelta] = useState('');
  const [reason, setReason] = useState('');
  const [notice, setNotice] = useState<string | null>(null);

  const search = async () => setUsers((await api.get<FoundUser[]>('/points/users', { q })) ?? []);
  const open = async (id: number) => setLedger(await api.get<Ledger>(`/points/users/${id}/ledger`, { pageSize: 50 }));
  const adjust = async () => {
    if (!ledger) return;
    const n = Number(delta);
    if (!Number.isInteger(n) || n === 0) return api.setError('调整数量必须是非零整数');
    if (!reason.trim()) return api.setError('必须填写调整原因');
    const line = await api.post<Line>('/points/adjustments', { user: ledger.userId, delta: n, reason, idempotencyKey: newKey() });
    if (line) {
      setNotice(`已调整 ${n > 0 ? '+' : ''}${n}，调整后余额 ${line.balanceAfter}`);
      setDelta('');
      setReason('');
      await open(ledger.userId);
    }
  };

  return (
    <Flex direction="column" alignItems="stretch" gap={4}>
      {api.error && <Alert variant="danger" title="出错了" onClose={() => api.setError(null)}>{api.error}</Alert>}
      {notice && <Alert variant="success" title="完成" onClose={() => setNotice(null)}>{notice}</Alert>}
      <Flex gap={2} alignItems="flex-end">
        <Field.Root name="q" hint="用户 id、用户名或邮箱">
          <Field.Label>查找用户</Field.Label>
          <Field.Input value={q} onChange={(e: any) => setQ(e.target.value)} onKeyDown={(e: any) => e.key === 'Enter' && search()} />
        </Field.Root>
        <Button onClick={search} loading={api.busy} disabled={!q.trim()}>查询</Button>
      </Flex>
      {users.length > 0 && (
        <Table colCount={5} rowCount={users.length + 1}>
          <Thead><Tr><Th>ID</Th><Th>用户名</Th><Th>邮箱</Th><Th>余额</Th><Th /></Tr></Thead>
          <Tbody>
            {users.map((u) => (
              <Tr key={u.id}>
                <Td>{u.id}</Td><Td>{u.username}</Td><Td>{u.email}</Td><Td>{u.balance}</Td>
                <Td><Button variant="secondary" size="S" onClick={() => open(u.id)}>查看流水</Button></Td>
              </Tr>
            ))}
          </Tbody>
        </Table>
      )}
      {ledger && (
        <Box background="neutral0" padding={4} hasRadius shadow="tableShadow">
          <Typography variant="beta" tag="h2">用户 {ledger.userId}：余额 {ledger.account.balance}</Typography>
          <Typography tag="p" textColor="neutral600">累计获得 {ledger.account.earned} · 累计消费 {ledger.account.spent} · 累计过期 {ledger.account.expired}</Typography>
          {canAdjust && (
          <Flex gap={2} alignItems="flex-end" paddingTop={4} paddingBottom={4}>
            <Field.Root name="delta" hint="正数增加，负数扣减">
              <Field.Label>调整积分</Field.Label>
              <Field.Input value={delta} onChange={(e: any) => setDelta(e.target.value)} />
            </Field.Root>
            <Field.Root name="reason" required hint="必填，会记录在流水上">
              <Field.Label>调整原因</Field.Label>
              <Field.Input value={reason} onChange={(e: any) => setReason(e.target.value)} />
            </Field.Root>
            <Button onClick={adjust} loading={api.busy}>确认调整</Button>
          </Flex>
          )}
          <Table colCount={7} rowCount={ledger.lines.length + 1}>
            <Thead><Tr><Th>时间</Th><Th>类型</Th><Th>变动</Th><Th>变动后余额</Th><Th>来源</Th><Th>备注</Th><Th>操作人</Th></Tr></Thead>
            <Tbody>
              {ledger.lines.map((l) => (
                <Tr key={l.id}>
                  <Td>{formatTime(l.createdAt)}</Td><Td>{ledgerTypeLabel(l.type)}</Td>
                  <Td><Typography textColor={l.delta > 0 ? 'success600' : 'danger600'}>{l.delta > 0 ? `+${l.delta}` : l.delta}</Typography></Td>
                  <Td>{l.balanceAfter}</Td><Td>{ledgerSourceLabel(l.source)}</Td><Td>{l.remark ?? ''}</Td><Td>{l.operator ?? ''}</Td>
                </Tr>
              ))}
            </Tbody>
          </Table>
        </Box>
      )}
    </Flex>
  );
};

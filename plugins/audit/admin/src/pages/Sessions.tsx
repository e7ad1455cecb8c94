import { useEffect, useState } from 'react';
import { Button, Flex, Table, Tbody, Td, Tr, Typography } from '@strapi/design-system';
import { useFetchClient } from '@strapi/strapi/admin';
import { ErrorAlert, TableHead, useAction, useApi } from '@wedraw/kit/admin';

interface Session {
  sessionId: string;
  adminId: number;
  email: string;
  name: string;
  createdAt: string;
  expiresAt: string;
  absoluteExpiresAt: string | null;
}

const at = (v: string | null) => (v ? new Date(v).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai' }) : '');
const HEADERS = ['管理员', '邮箱', '登录时间', '空闲到期', '最长到期', ''];

/** 在线管理员: admin sessions active now (Strapi's session table), with force logout. */
export function Sessions({ canRevoke }: { canRevoke: boolean }) {
  const api = useApi();
  const { del } = useFetchClient();
  const [rows, setRows] = useState<Session[]>([]);
  const load = async () => setRows((await api.get<Session[]>('/audit/sessions')) ?? []);
  const { act, busy } = useAction(load);
  useEffect(() => {
    void load();
  }, []);
  return (
    <Flex direction="column" alignItems="stretch" gap={3}>
      <ErrorAlert error={api.error} onClose={() => api.setError(null)} />
      <Typography>当前在线 {rows.length} 个会话（30 分钟无操作自动下线）</Typography>
      <Table colCount={HEADERS.length} rowCount={rows.length + 1}>
        <TableHead columns={HEADERS} />
        <Tbody>
          {rows.map((s) => (
            <Tr key={s.sessionId}>
              <Td>
                <Typography>{s.name}</Typography>
              </Td>
              <Td>
                <Typography>{s.email}</Typography>
              </Td>
              <Td>
                <Typography>{at(s.createdAt)}</Typography>
              </Td>
              <Td>
                <Typography>{at(s.expiresAt)}</Typography>
              </Td>
              <Td>
                <Typography>{at(s.absoluteExpiresAt)}</Typography>
              </Td>
              <Td>
                {canRevoke && (
                  <Button variant="danger-light" size="S" disabled={busy} onClick={() => act(() => del(`/audit/sessions/${s.sessionId}`), '已强制下线')}>
                    强制下线
                  </Button>
                )}
              </Td>
            </Tr>
          ))}
        </Tbody>
      </Table>
    </Flex>
  );
}

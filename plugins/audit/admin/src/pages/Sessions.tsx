import { useEffect, useState } from 'react';
import { Button, Flex, Typography } from '@strapi/design-system';
import { useFetchClient } from '@strapi/strapi/admin';
import { DataTable, ErrorAlert, useAction, useApi } from '@wedraw/kit/admin';

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
      <DataTable
        columns={[
          { title: '管理员', cell: (s) => s.name },
          { title: '邮箱', cell: (s) => s.email },
          { title: '登录时间', cell: (s) => at(s.createdAt) },
          { title: '空闲到期', cell: (s) => at(s.expiresAt) },
          { title: '最长到期', cell: (s) => at(s.absoluteExpiresAt) },
          {
            title: '',
            cell: (s) =>
              canRevoke && (
                <Button variant="danger-light" size="S" disabled={busy} onClick={() => act(() => del(`/audit/sessions/${s.sessionId}`), '已强制下线')}>
                  强制下线
                </Button>
              ),
          },
        ]}
        rows={rows}
        rowKey={(s: Session) => s.sessionId}
        empty="当前没有在线的管理员"
      />
    </Flex>
  );
}

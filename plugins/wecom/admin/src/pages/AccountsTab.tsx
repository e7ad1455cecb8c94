import { useEffect, useState } from 'react';
import { Badge, Box, Button, Flex, SingleSelect, SingleSelectOption, Typography } from '@strapi/design-system';
import { useFetchClient } from '@strapi/strapi/admin';
import { DataTable, useAction, useHeldActions } from '@wedraw/kit/admin';

interface Account {
  code: string;
  name: string;
  kind: string;
  corpId: string;
  agentId: number | null;
  tenant: string | null;
  status: string;
  lastHeartbeatAt: string | null;
  onlineSeconds: number;
  lastError: { errcode: number | null; message: string; at: string } | null;
  failures: number;
}
interface Change {
  id: number;
  fromStatus: string | null;
  toStatus: string;
  reason: string;
  operator: string;
  at: string;
}

const STATUS: Record<string, { label: string; color: string }> = {
  created: { label: '已创建', color: 'neutral600' },
  verifying: { label: '验证中', color: 'primary600' },
  online: { label: '在线', color: 'success600' },
  error: { label: '异常', color: 'danger600' },
  recovering: { label: '恢复中', color: 'warning600' },
  offline: { label: '已下线', color: 'neutral500' },
};
const time = (at: string | null) => (at ? new Date(at).toLocaleString('zh-CN') : '—');

/** 发送账号: each account's status in colour, heartbeat, last error, history; verify / go offline. */
export const AccountsTab = () => {
  const { get, post, put } = useFetchClient();
  const { held: allowedActions } = useHeldActions({ canUpdate: 'plugin::wecom.accounts.update' });
  const [accounts, setAccounts] = useState<Account[]>([]);
  const [history, setHistory] = useState<{ code: string; rows: Change[] } | null>(null);
  const load = async () => setAccounts((await get<{ data: Account[] }>('/wecom/accounts')).data.data);
  const { act, busy } = useAction(load);
  useEffect(() => {
    load().catch(() => undefined);
    const timer = setInterval(() => load().catch(() => undefined), 10_000);
    return () => clearInterval(timer);
  }, []);
  // The message center's tenants, to move an account (absent without the permission to read them).
  const [tenants, setTenants] = useState<Array<{ code: string; name: string }>>([]);
  useEffect(() => {
    get<{ data: Array<{ code: string; name: string }> }>('/messaging/tenants')
      .then((res) => setTenants(res.data.data))
      .catch(() => setTenants([]));
  }, []);
  const showHistory = async (code: string) => setHistory({ code, rows: (await get<{ data: Change[] }>(`/wecom/accounts/${code}/history`)).data.data });

  return (
    <Box paddingTop={4}>
      <Typography tag="p" textColor="neutral600" paddingBottom={4}>
        发送账号为企业自建应用与群机器人（群机器人在「群机器人」标签中新增和编辑）。每个账号属于消息中心的一个租户：租户只能用自己的账号发送，未下线的账号占用租户的账号名额。扫码登录成员个人企业微信客户端只存在于非官方协议中，WeDraw
        不提供。
      </Typography>
      <DataTable
        columns={[
          { title: '编码', cell: (a) => a.code },
          { title: '名称', cell: (a) => a.name },
          { title: '应用', cell: (a) => `${a.corpId} / ${a.agentId ?? '—'}` },
          {
            title: '租户',
            cell: (a) =>
              allowedActions.canUpdate && tenants.length ? (
                <SingleSelect
                  aria-label={`「${a.name}」所属租户`}
                  size="S"
                  value={a.tenant ?? 'admin'}
                  disabled={busy}
                  onChange={(v: string | number) => act(() => put(`/wecom/accounts/${a.code}`, { tenant: String(v) }), '已转给该租户')}
                >
                  {tenants.map((t) => (
                    <SingleSelectOption key={t.code} value={t.code}>
                      {`${t.name}（${t.code}）`}
                    </SingleSelectOption>
                  ))}
                </SingleSelect>
              ) : (
                (a.tenant ?? 'admin')
              ),
          },
          { title: '状态', cell: (a) => <Badge textColor={STATUS[a.status]?.color}>{STATUS[a.status]?.label ?? a.status}</Badge> },
          { title: '最近心跳', cell: (a) => time(a.lastHeartbeatAt) },
          { title: '最近错误', cell: (a) => a.lastError && `${a.lastError.message}（${time(a.lastError.at)}）`, danger: true },
          {
            title: '操作',
            cell: (a) => (
              <Flex gap={1}>
                <Button size="S" variant="tertiary" onClick={() => showHistory(a.code)}>
                  历史
                </Button>
                {allowedActions.canUpdate && a.status !== 'online' && (
                  <Button size="S" disabled={busy} onClick={() => act(() => post(`/wecom/accounts/${a.code}/verify`, {}), '已验证')}>
                    {a.status === 'created' ? '验证' : '重新上线'}
                  </Button>
                )}
                {allowedActions.canUpdate && a.status !== 'offline' && (
                  <Button size="S" variant="danger-light" disabled={busy} onClick={() => act(() => post(`/wecom/accounts/${a.code}/offline`, {}), '已下线')}>
                    下线
                  </Button>
                )}
              </Flex>
            ),
          },
        ]}
        rows={accounts}
        rowKey={(a) => a.code}
        empty="还没有发送账号"
      />
      {history && (
        <Box paddingTop={6}>
          <Typography variant="delta">{`「${history.code}」状态历史`}</Typography>
          {history.rows.map((h) => (
            <Typography
              key={h.id}
              tag="p"
            >{`${time(h.at)}  ${STATUS[h.fromStatus ?? '']?.label ?? '—'} → ${STATUS[h.toStatus]?.label ?? h.toStatus}：${h.reason}（${h.operator}）`}</Typography>
          ))}
        </Box>
      )}
    </Box>
  );
};

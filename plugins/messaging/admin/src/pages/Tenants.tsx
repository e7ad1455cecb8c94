import { useEffect, useState } from 'react';
import { Alert, Box, Button, Field, Flex, ProgressBar, Typography } from '@strapi/design-system';
import { DataTable, ErrorAlert, useApi } from '@wedraw/kit/admin';

interface Tenant {
  code: string;
  name: string;
  status: 'active' | 'suspended';
  maxAccounts: number;
  maxDailyMessages: number;
  requireSignature: boolean;
  callbackUrl: string | null;
  builtIn: boolean;
  usedToday: number;
  accountsUsed: number;
  keys: Array<{ key: string; createdAt: string; revokedAt: string | null }>;
}

/** `used/limit` over a bar. */
const UsageBar = ({ used, limit, width }: { used: number; limit: number; width: number }) => (
  <Box style={{ minWidth: width }}>
    <Typography variant="pi">
      {used}/{limit}
    </Typography>
    <ProgressBar value={Math.min(100, (used / Math.max(1, limit)) * 100)} />
  </Box>
);

/** 租户: quotas with today's usage and the sending accounts in use (下线的不占名额), keys (the secret shown once, here, when issued), status and callbacks. */
export function Tenants({ canUpdate }: { canUpdate: boolean }) {
  const api = useApi();
  const [rows, setRows] = useState<Tenant[]>([]);
  const [issued, setIssued] = useState<{ code: string; key: string; secret: string } | null>(null);
  const [form, setForm] = useState({ code: '', name: '', maxAccounts: '5', maxDailyMessages: '10000', callbackUrl: '' });
  const load = async () => setRows((await api.get<Tenant[]>('/messaging/tenants')) ?? []);
  useEffect(() => {
    void load();
  }, []);
  const create = async () => {
    const body = {
      code: form.code,
      name: form.name,
      maxAccounts: Number(form.maxAccounts),
      maxDailyMessages: Number(form.maxDailyMessages),
      requireSignature: true,
      callbackUrl: form.callbackUrl || null,
    };
    if (await api.post('/messaging/tenants', body)) await load();
  };
  const issue = async (code: string) => {
    const res = await api.post<{ key: string; secret: string }>(`/messaging/tenants/${code}/keys`, {});
    if (res) setIssued({ code, ...res });
    await load();
  };
  const toggle = async (t: Tenant) => {
    await api.put(`/messaging/tenants/${t.code}`, { status: t.status === 'active' ? 'suspended' : 'active' });
    await load();
  };
  const set = (k: keyof typeof form) => (e: any) => setForm({ ...form, [k]: e.target.value });
  return (
    <Flex direction="column" alignItems="stretch" gap={3}>
      <ErrorAlert error={api.error} onClose={() => api.setError(null)} />
      {issued && (
        <Alert closeLabel="关闭" variant="success" title={`租户 ${issued.code} 的新密钥（只显示这一次，旧密钥已失效）`}>
          Key：{issued.key} · Secret：{issued.secret}
        </Alert>
      )}
      <DataTable
        columns={[
          { title: '编码', cell: (t) => t.code },
          { title: '名称', cell: (t) => t.name },
          { title: '状态', cell: (t) => (t.status === 'active' ? '启用' : '已停用') },
          { title: '今日用量', cell: (t) => <UsageBar used={t.usedToday} limit={t.maxDailyMessages} width={140} /> },
          { title: '发送账号', cell: (t) => <UsageBar used={t.accountsUsed} limit={t.maxAccounts} width={100} /> },
          { title: '签名', cell: (t) => (t.requireSignature ? '必须' : '不要求') },
          { title: '回调地址', cell: (t) => t.callbackUrl },
          { title: '当前密钥', cell: (t) => t.keys.find((k) => !k.revokedAt)?.key ?? '无' },
          {
            title: '',
            cell: (t) =>
              canUpdate && (
                <Flex gap={1}>
                  <Button size="S" variant="secondary" onClick={() => issue(t.code)}>
                    签发新密钥
                  </Button>
                  {!t.builtIn && (
                    <Button size="S" variant="tertiary" onClick={() => toggle(t)}>
                      {t.status === 'active' ? '停用' : '启用'}
                    </Button>
                  )}
                </Flex>
              ),
          },
        ]}
        rows={rows}
        rowKey={(t: Tenant) => t.code}
      />
      {canUpdate && (
        <Flex gap={2} alignItems="flex-end">
          {(['code', 'name', 'maxAccounts', 'maxDailyMessages', 'callbackUrl'] as const).map((k) => (
            <Field.Root key={k} name={k}>
              <Field.Label>{{ code: '编码', name: '名称', maxAccounts: '账号上限', maxDailyMessages: '每日消息上限', callbackUrl: '回调地址' }[k]}</Field.Label>
              <Field.Input value={form[k]} onChange={set(k)} />
            </Field.Root>
          ))}
          <Button onClick={create} disabled={api.busy}>
            新增租户
          </Button>
        </Flex>
      )}
    </Flex>
  );
}

import { useEffect, useState } from 'react';
import { Button, Field, Flex, Typography } from '@strapi/design-system';
import { ErrorAlert, useApi } from '@wedraw/kit/admin';

interface SecuritySettings {
  captchaAfter: number;
  lockAfter: number;
  lockSeconds: number;
  retentionDays: number;
}

const FIELDS: { key: keyof SecuritySettings; label: string; hint: string }[] = [
  { key: 'captchaAfter', label: '失败几次后需要验证码', hint: '同一邮箱或同一 IP 的连续登录失败次数' },
  { key: 'lockAfter', label: '失败几次后锁定账号', hint: '同一邮箱的连续登录失败次数' },
  { key: 'lockSeconds', label: '锁定时长（秒）', hint: '默认 900 秒（15 分钟）' },
  { key: 'retentionDays', label: '日志保留天数', hint: '每天凌晨 3:30 删除更早的登录日志与操作日志' },
];

/** 安全设置: login protection thresholds, log retention, unlocking an account, cleaning up now. */
export function Settings({ canUpdate }: { canUpdate: boolean }) {
  const api = useApi();
  const [values, setValues] = useState<Record<string, string>>({});
  const [email, setEmail] = useState('');
  const [notice, setNotice] = useState('');
  const load = async () => {
    const s = await api.get<SecuritySettings>('/audit/settings');
    if (s) setValues(Object.fromEntries(Object.entries(s).map(([k, v]) => [k, String(v)])));
  };
  useEffect(() => {
    void load();
  }, []);
  const save = async () => {
    const body = Object.fromEntries(FIELDS.map((f) => [f.key, Number(values[f.key])]));
    if (await api.put('/audit/settings', body)) setNotice('已保存');
  };
  const unlock = async () => {
    if (await api.post('/audit/unlock', { email })) setNotice(`已解除 ${email} 的锁定`);
  };
  const cleanup = async () => {
    const r = await api.post<{ loginLogs: number; operationLogs: number }>('/audit/cleanup', {});
    if (r) setNotice(`已删除登录日志 ${r.loginLogs} 条、操作日志 ${r.operationLogs} 条`);
  };
  return (
    <Flex direction="column" alignItems="stretch" gap={4}>
      <ErrorAlert error={api.error} onClose={() => api.setError(null)} />
      {notice && <Typography textColor="success600">{notice}</Typography>}
      {FIELDS.map((f) => (
        <Field.Root key={f.key} name={f.key} hint={f.hint}>
          <Field.Label>{f.label}</Field.Label>
          <Field.Input
            type="number"
            disabled={!canUpdate}
            value={values[f.key] ?? ''}
            onChange={(e: any) => setValues({ ...values, [f.key]: e.target.value })}
          />
          <Field.Hint />
        </Field.Root>
      ))}
      {canUpdate && (
        <Flex gap={2}>
          <Button onClick={save} loading={api.busy}>
            保存
          </Button>
          <Button variant="danger-light" onClick={cleanup}>
            立即清理过期日志
          </Button>
        </Flex>
      )}
      {canUpdate && (
        <Flex gap={2} alignItems="flex-end">
          <Field.Root name="unlock">
            <Field.Label>解除锁定（管理员邮箱）</Field.Label>
            <Field.Input value={email} onChange={(e: any) => setEmail(e.target.value)} />
          </Field.Root>
          <Button variant="secondary" disabled={!email} onClick={unlock}>
            解除锁定
          </Button>
        </Flex>
      )}
    </Flex>
  );
}

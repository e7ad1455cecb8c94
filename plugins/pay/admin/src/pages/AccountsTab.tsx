import { useEffect, useState } from 'react';
import { Badge, Box, Button, Field, Flex, Grid, SingleSelect, SingleSelectOption, Textarea, TextInput, Typography } from '@strapi/design-system';
import { useFetchClient } from '@strapi/strapi/admin';
import { DataTable, FormActions, useAction, useHeldActions } from '@wedraw/kit/admin';
import { time } from './format';

interface Account {
  id: number;
  name: string;
  mchId: string;
  appId: string;
  miniprogramAppId: string | null;
  serialNo: string;
  verificationMode: Mode;
  wechatpayPublicKeyId: string | null;
  wechatpayPublicKey: string | null;
  platformCertificates: { serialNo: string; effectiveTime: string; expireTime: string }[];
  certificatesFetchedAt: string | null;
  certificatesError: string | null;
  apiBase: string | null;
  notifyBase: string | null;
  enabled: boolean;
  privateKeySet: boolean;
  apiV3KeySet: boolean;
}

type Mode = 'publicKey' | 'platformCertificate' | 'switching';
const MODES: Record<Mode, { label: string; hint: string }> = {
  publicKey: { label: '公钥', hint: '微信支付公钥验签（新商户号只有此模式）' },
  platformCertificate: { label: '平台证书', hint: '用平台证书验签：证书从微信支付下载，用 APIv3 密钥解密，每 12 小时刷新' },
  switching: { label: '切换中', hint: '从平台证书切换到公钥期间：回调可能由任一把密钥签名，按 Wechatpay-Serial 选择；需同时填写公钥' },
};

const EMPTY = {
  name: '',
  mchId: '',
  appId: '',
  miniprogramAppId: '',
  serialNo: '',
  privateKey: '',
  apiV3Key: '',
  wechatpayPublicKeyId: '',
  wechatpayPublicKey: '',
  apiBase: '',
  notifyBase: '',
  verificationMode: 'publicKey' as Mode,
};
type Form = typeof EMPTY;
type TextKey = Exclude<keyof Form, 'verificationMode'>;
const FIELDS: { key: TextKey; label: string; hint?: string; long?: boolean }[] = [
  { key: 'name', label: '名称' },
  { key: 'mchId', label: '商户号 mchid' },
  { key: 'appId', label: '公众号 AppID（JSAPI、Native）' },
  { key: 'miniprogramAppId', label: '小程序 AppID（可选）' },
  { key: 'serialNo', label: '商户 API 证书序列号' },
  { key: 'apiV3Key', label: 'APIv3 密钥', hint: '只写：留空则保持原值' },
  { key: 'wechatpayPublicKeyId', label: '微信支付公钥 ID（PUB_KEY_ID_…）', hint: '平台证书模式可留空' },
  { key: 'apiBase', label: 'API 地址', hint: '留空为 api.mch.weixin.qq.com；开发环境填沙箱地址' },
  { key: 'notifyBase', label: '通知回调域名', hint: '本系统的公网 HTTPS 地址；留空用 PAY_NOTIFY_BASE' },
  { key: 'privateKey', label: '商户 API 私钥（PEM）', hint: '只写：留空则保持原值', long: true },
  { key: 'wechatpayPublicKey', label: '微信支付公钥（PEM）', long: true },
];

/** 商户号: WeChat Pay merchant accounts; the private key and APIv3 key are write-only. */
export const AccountsTab = () => {
  const { get, post, put } = useFetchClient();
  const { held } = useHeldActions({ canUpdate: 'plugin::pay.accounts.update' });
  const [accounts, setAccounts] = useState<Account[]>([]);
  const [form, setForm] = useState<Form>(EMPTY);
  const [editing, setEditing] = useState<number | null>(null);
  const load = async () => setAccounts((await get<{ data: Account[] }>('/pay/accounts')).data.data);
  const { act, busy } = useAction(load);
  useEffect(() => void load().catch(() => undefined), []);

  const edit = (a: Account) => {
    setEditing(a.id);
    setForm({
      ...EMPTY,
      ...Object.fromEntries(Object.entries(a).map(([k, v]) => [k, typeof v === 'string' ? v : ''])),
      privateKey: '',
      apiV3Key: '',
      verificationMode: a.verificationMode,
    });
  };
  const save = () => {
    const body = Object.fromEntries(Object.entries(form).filter(([k, v]) => v !== '' || k === 'apiBase' || k === 'notifyBase'));
    return act(() => (editing ? put(`/pay/accounts/${editing}`, body) : post('/pay/accounts', body)), '商户号已保存').then(
      () => (setEditing(null), setForm(EMPTY)),
    );
  };

  return (
    <Box>
      <DataTable
        columns={[
          { title: '名称', cell: (a) => a.name },
          { title: '商户号', cell: (a) => a.mchId },
          {
            title: 'AppID',
            cell: (a) => (
              <Box>
                <Typography variant="pi" tag="p">
                  公众号 {a.appId}
                </Typography>
                {a.miniprogramAppId && (
                  <Typography variant="pi" tag="p">
                    小程序 {a.miniprogramAppId}
                  </Typography>
                )}
              </Box>
            ),
          },
          { title: '验签模式', cell: (a) => <Badge>{MODES[a.verificationMode]?.label ?? a.verificationMode}</Badge> },
          {
            title: '密钥',
            cell: (a) => (
              <Box>
                <Typography variant="pi" tag="p">
                  {`${a.privateKeySet ? '私钥已设置' : '缺私钥'}，${a.apiV3KeySet ? 'APIv3 密钥已设置' : '缺 APIv3 密钥'}`}
                </Typography>
                {a.verificationMode !== 'platformCertificate' && (
                  <Typography variant="pi" tag="p">
                    公钥 {a.wechatpayPublicKeyId ?? '未填写'}
                  </Typography>
                )}
                {a.verificationMode !== 'publicKey' &&
                  (a.platformCertificates.length ? (
                    a.platformCertificates.map((c) => (
                      <Typography key={c.serialNo} variant="pi" tag="p">
                        证书 {c.serialNo}（{time(c.expireTime)} 到期）
                      </Typography>
                    ))
                  ) : (
                    <Typography variant="pi" textColor="danger600" tag="p">
                      尚无平台证书
                    </Typography>
                  ))}
                {a.verificationMode !== 'publicKey' && (
                  <Typography variant="pi" textColor={a.certificatesError ? 'danger600' : 'neutral600'} tag="p">
                    {a.certificatesError ? `下载失败：${a.certificatesError}` : `下载于 ${time(a.certificatesFetchedAt)}`}
                  </Typography>
                )}
              </Box>
            ),
          },
          { title: '状态', cell: (a) => <Badge>{a.enabled ? '启用' : '停用'}</Badge> },
          {
            title: '操作',
            cell: (a) =>
              held.canUpdate && (
                // Up to three actions (下载平台证书 in certificate modes): they wrap rather than widen the table.
                <Flex gap={2} wrap="wrap">
                  <Button size="S" variant="secondary" onClick={() => edit(a)}>
                    编辑
                  </Button>
                  <Button
                    size="S"
                    variant="tertiary"
                    disabled={busy}
                    onClick={() => act(() => put(`/pay/accounts/${a.id}`, { enabled: !a.enabled }), '已更新')}
                  >
                    {a.enabled ? '停用' : '启用'}
                  </Button>
                  {a.verificationMode !== 'publicKey' && (
                    <Button
                      size="S"
                      variant="tertiary"
                      disabled={busy}
                      onClick={() => act(() => post(`/pay/accounts/${a.id}/certificates`, {}), '平台证书已下载')}
                    >
                      下载平台证书
                    </Button>
                  )}
                </Flex>
              ),
          },
        ]}
        rows={accounts}
        rowKey={(a) => a.id}
        empty="还没有商户号"
      />
      {held.canUpdate && (
        <Box paddingTop={6}>
          <Typography variant="delta">{editing ? '编辑商户号' : '新增商户号'}</Typography>
          <Typography variant="pi" textColor="neutral600" tag="p">
            验签模式：公钥（新商户号只有此模式）、平台证书（老商户号）、切换中（两把密钥都接受，按 Wechatpay-Serial
            选择）。通知地址为「通知回调域名/api/pay/notify/商户号」。
          </Typography>
          <Grid.Root gap={4} paddingTop={2}>
            <Grid.Item col={4} direction="column" alignItems="stretch">
              <Field.Root hint={MODES[form.verificationMode].hint}>
                <Field.Label>验签模式</Field.Label>
                <SingleSelect value={form.verificationMode} onChange={(v: string | number) => setForm({ ...form, verificationMode: v as Mode })}>
                  {(Object.keys(MODES) as Mode[]).map((m) => (
                    <SingleSelectOption key={m} value={m}>
                      {MODES[m].label}
                    </SingleSelectOption>
                  ))}
                </SingleSelect>
                <Field.Hint />
              </Field.Root>
            </Grid.Item>
            {FIELDS.map((f) => (
              <Grid.Item key={f.key} col={f.long ? 12 : 4} direction="column" alignItems="stretch">
                <Field.Root hint={f.hint}>
                  <Field.Label>{f.label}</Field.Label>
                  {f.long ? (
                    <Textarea value={form[f.key]} onChange={(e: any) => setForm({ ...form, [f.key]: e.target.value })} />
                  ) : (
                    <TextInput value={form[f.key]} onChange={(e: any) => setForm({ ...form, [f.key]: e.target.value })} />
                  )}
                  <Field.Hint />
                </Field.Root>
              </Grid.Item>
            ))}
          </Grid.Root>
          <FormActions busy={busy} onSubmit={save} onCancel={editing ? () => (setEditing(null), setForm(EMPTY)) : undefined} />
        </Box>
      )}
    </Box>
  );
};

import { useEffect, useState } from 'react';
import { Badge, Box, Button, Field, Flex, Grid, SingleSelect, SingleSelectOption, TextInput, Typography } from '@strapi/design-system';
import { useFetchClient } from '@strapi/strapi/admin';
import { DataTable, FormActions, useAction, useHeldActions } from '@wedraw/kit/admin';
import QRCode from 'qrcode';
import { yuan } from './format';

interface PayCode {
  id: number;
  code: string;
  name: string | null;
  amount: number | null;
  scans: number;
  paidCount: number;
  enabled: boolean;
  url: string;
}
interface Merchant {
  id: number;
  code: string;
  name: string;
  logo: string | null;
  status: 'open' | 'closed';
  accountId: number;
  staffUserIds: number[] | null;
  dailyCap: number;
  codes: PayCode[];
}

const EMPTY = { code: '', name: '', logo: '', accountId: '', staffUserIds: '', dailyCap: '' };
const EMPTY_CODE = { code: '', name: '', amount: '' };
const ids = (text: string) =>
  text
    .split(/[,，\s]+/)
    .filter(Boolean)
    .map(Number)
    .filter((n) => Number.isInteger(n) && n > 0);

/** The code's QR image, drawn in the browser from its pay page URL. */
const QrImage = ({ url, label }: { url: string; label: string }) => {
  const [src, setSrc] = useState<string | null>(null);
  useEffect(() => {
    QRCode.toDataURL(url, { width: 192, margin: 1 })
      .then(setSrc)
      .catch(() => setSrc(null));
  }, [url]);
  return src ? <img src={src} alt={label} width={96} height={96} /> : null;
};

/** Opens a printable page with the code's QR image (drawn in the browser), its merchant and amount. */
async function printCode(merchant: Merchant, code: PayCode) {
  const image = await QRCode.toDataURL(code.url, { width: 480, margin: 2 });
  const w = window.open('', '_blank');
  if (!w) return;
  const amount = code.amount ? `金额 ${yuan(code.amount)}` : '任意金额';
  w.document.write(
    `<html><head><title>${merchant.name} 收款码</title></head><body style="text-align:center;font-family:sans-serif"><h1>${merchant.name}</h1><img src="${image}" alt="收款码" /><p>${code.name ?? code.code} · ${amount}</p><p>微信扫一扫付款，付款得积分</p><script>setTimeout(() => print(), 300)</script></body></html>`,
  );
  w.document.close();
}

/** 商户与收款码: merchants (store code, status, staff, daily cap) and their payment codes with scan and paid counts. */
export const MerchantsTab = () => {
  const { get, post, put } = useFetchClient();
  const { held } = useHeldActions({ canUpdate: 'plugin::pay.merchants.update' });
  const [merchants, setMerchants] = useState<Merchant[]>([]);
  const [accounts, setAccounts] = useState<{ id: number; name: string; mchId: string }[]>([]);
  const [form, setForm] = useState(EMPTY);
  const [editing, setEditing] = useState<number | null>(null);
  const [codeFor, setCodeFor] = useState<number | null>(null);
  const [codeForm, setCodeForm] = useState(EMPTY_CODE);
  const load = async () => {
    setMerchants((await get<{ data: Merchant[] }>('/pay/merchants')).data.data);
    setAccounts((await get<{ data: { id: number; name: string; mchId: string }[] }>('/pay/accounts').catch(() => ({ data: { data: [] } }))).data.data);
  };
  const { act, busy } = useAction(load);
  useEffect(() => void load().catch(() => undefined), []);

  const save = () => {
    const body = {
      code: form.code,
      name: form.name,
      logo: form.logo || null,
      accountId: Number(form.accountId),
      staffUserIds: ids(form.staffUserIds),
      dailyCap: Math.round(Number(form.dailyCap || 0) * 100),
    };
    return act(() => (editing ? put(`/pay/merchants/${editing}`, body) : post('/pay/merchants', body)), '商户已保存').then(
      () => (setEditing(null), setForm(EMPTY)),
    );
  };
  const edit = (m: Merchant) => {
    setEditing(m.id);
    setForm({
      code: m.code,
      name: m.name,
      logo: m.logo ?? '',
      accountId: String(m.accountId),
      staffUserIds: (m.staffUserIds ?? []).join(','),
      dailyCap: m.dailyCap ? String(m.dailyCap / 100) : '',
    });
  };
  const addCode = (merchantId: number) =>
    act(
      () =>
        post('/pay/codes', {
          merchantId,
          code: codeForm.code,
          name: codeForm.name || null,
          amount: codeForm.amount ? Math.round(Number(codeForm.amount) * 100) : null,
        }),
      '收款码已创建',
    ).then(() => (setCodeFor(null), setCodeForm(EMPTY_CODE)));

  return (
    <Box>
      {merchants.map((m) => (
        <Box key={m.id} paddingBottom={6}>
          <Flex gap={3} alignItems="center">
            <Typography variant="delta">
              {m.name}（{m.code}）
            </Typography>
            <Badge>{m.status === 'open' ? '营业中' : '暂停收款'}</Badge>
            <Typography variant="pi" textColor="neutral600">
              日限额 {m.dailyCap ? yuan(m.dailyCap) : '不限'} · 店员 {(m.staffUserIds ?? []).length} 人
            </Typography>
            {held.canUpdate && (
              <Flex gap={2}>
                <Button size="S" variant="secondary" onClick={() => edit(m)}>
                  编辑
                </Button>
                <Button
                  size="S"
                  variant="tertiary"
                  disabled={busy}
                  onClick={() => act(() => put(`/pay/merchants/${m.id}`, { status: m.status === 'open' ? 'closed' : 'open' }), '已更新')}
                >
                  {m.status === 'open' ? '暂停收款' : '恢复收款'}
                </Button>
                <Button size="S" variant="tertiary" onClick={() => setCodeFor(m.id)}>
                  新增收款码
                </Button>
              </Flex>
            )}
          </Flex>
          <DataTable
            columns={[
              { title: '二维码', cell: (c) => <QrImage url={c.url} label={`收款码 ${c.code}`} /> },
              { title: '编号', cell: (c) => c.code },
              { title: '名称', cell: (c) => c.name },
              { title: '金额', cell: (c) => (c.amount ? yuan(c.amount) : '任意金额') },
              { title: '扫码 / 支付', cell: (c) => `${c.scans} / ${c.paidCount}` },
              { title: '支付页地址', cell: (c) => <Typography variant="pi">{c.url}</Typography> },
              {
                title: '操作',
                cell: (c) => (
                  <Flex gap={2}>
                    <Button size="S" variant="secondary" onClick={() => void printCode(m, c)}>
                      打印二维码
                    </Button>
                    {held.canUpdate && (
                      <Button
                        size="S"
                        variant="tertiary"
                        disabled={busy}
                        onClick={() => act(() => put(`/pay/codes/${c.id}`, { enabled: !c.enabled }), '已更新')}
                      >
                        {c.enabled ? '停用' : '启用'}
                      </Button>
                    )}
                  </Flex>
                ),
              },
            ]}
            rows={m.codes}
            rowKey={(c) => c.id}
            empty="还没有收款码"
          />
          {codeFor === m.id && (
            <Flex gap={2} paddingTop={2} alignItems="flex-end">
              <Field.Root>
                <Field.Label>编号</Field.Label>
                <TextInput value={codeForm.code} onChange={(e: any) => setCodeForm({ ...codeForm, code: e.target.value })} />
              </Field.Root>
              <Field.Root>
                <Field.Label>名称</Field.Label>
                <TextInput value={codeForm.name} onChange={(e: any) => setCodeForm({ ...codeForm, name: e.target.value })} />
              </Field.Root>
              <Field.Root hint="留空为任意金额">
                <Field.Label>固定金额（元）</Field.Label>
                <TextInput value={codeForm.amount} onChange={(e: any) => setCodeForm({ ...codeForm, amount: e.target.value })} />
              </Field.Root>
              <Button disabled={busy} onClick={() => addCode(m.id)}>
                创建
              </Button>
            </Flex>
          )}
        </Box>
      ))}
      {held.canUpdate && (
        <Box paddingTop={4}>
          <Typography variant="delta">{editing ? '编辑商户' : '新增商户'}</Typography>
          <Grid.Root gap={4} paddingTop={2}>
            <Grid.Item col={4} direction="column" alignItems="stretch">
              <Field.Root>
                <Field.Label>商户编码</Field.Label>
                <TextInput disabled={Boolean(editing)} value={form.code} onChange={(e: any) => setForm({ ...form, code: e.target.value })} />
              </Field.Root>
            </Grid.Item>
            <Grid.Item col={4} direction="column" alignItems="stretch">
              <Field.Root>
                <Field.Label>名称</Field.Label>
                <TextInput value={form.name} onChange={(e: any) => setForm({ ...form, name: e.target.value })} />
              </Field.Root>
            </Grid.Item>
            <Grid.Item col={4} direction="column" alignItems="stretch">
              <Field.Root>
                <Field.Label>收款商户号</Field.Label>
                <SingleSelect value={form.accountId} onChange={(v: string | number) => setForm({ ...form, accountId: String(v) })}>
                  {accounts.map((a) => (
                    <SingleSelectOption key={a.id} value={String(a.id)}>
                      {a.name}（{a.mchId}）
                    </SingleSelectOption>
                  ))}
                </SingleSelect>
              </Field.Root>
            </Grid.Item>
            <Grid.Item col={4} direction="column" alignItems="stretch">
              <Field.Root>
                <Field.Label>Logo 地址</Field.Label>
                <TextInput value={form.logo} onChange={(e: any) => setForm({ ...form, logo: e.target.value })} />
              </Field.Root>
            </Grid.Item>
            <Grid.Item col={4} direction="column" alignItems="stretch">
              <Field.Root hint="用户 ID，逗号分隔：店员可在商户端查看本店收款">
                <Field.Label>店员</Field.Label>
                <TextInput value={form.staffUserIds} onChange={(e: any) => setForm({ ...form, staffUserIds: e.target.value })} />
                <Field.Hint />
              </Field.Root>
            </Grid.Item>
            <Grid.Item col={4} direction="column" alignItems="stretch">
              <Field.Root hint="留空或 0 为不限；超过时按风控规则拦截">
                <Field.Label>每日收款上限（元）</Field.Label>
                <TextInput value={form.dailyCap} onChange={(e: any) => setForm({ ...form, dailyCap: e.target.value })} />
                <Field.Hint />
              </Field.Root>
            </Grid.Item>
          </Grid.Root>
          <FormActions busy={busy} onSubmit={save} onCancel={editing ? () => (setEditing(null), setForm(EMPTY)) : undefined} />
        </Box>
      )}
    </Box>
  );
};

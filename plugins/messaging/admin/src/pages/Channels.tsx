import { useEffect, useState } from 'react';
import { Alert, Badge, Button, Table, Tbody, Td, Tr } from '@strapi/design-system';
import { TableHead, useApi } from '@wedraw/kit/admin';

interface Channel {
  name: string;
  label: string;
  receipts: 'none' | 'push';
  enabled: boolean;
  ratePerSecond: number;
}

/** 渠道: every registered channel, its switch and its rate per sending account. */
export function Channels({ canUpdate }: { canUpdate: boolean }) {
  const api = useApi();
  const [rows, setRows] = useState<Channel[]>([]);
  const load = async () => setRows((await api.get<Channel[]>('/messaging/channels')) ?? []);
  useEffect(() => {
    void load();
  }, []);
  const toggle = async (c: Channel) => {
    await api.put(`/messaging/channels/${c.name}`, { enabled: !c.enabled });
    await load();
  };
  return (
    <>
      {api.error && (
        <Alert closeLabel="关闭" variant="danger">
          {api.error}
        </Alert>
      )}
      <Table colCount={5} rowCount={rows.length + 1}>
        <TableHead columns={['渠道', '名称', '回执', '每账号每秒', '状态']} />
        <Tbody>
          {rows.map((c) => (
            <Tr key={c.name}>
              <Td>{c.label}</Td>
              <Td>{c.name}</Td>
              <Td>{c.receipts === 'push' ? '平台回执' : '平台受理即送达'}</Td>
              <Td>{c.ratePerSecond}</Td>
              <Td>
                <Badge active={c.enabled}>{c.enabled ? '启用' : '停用'}</Badge>{' '}
                {canUpdate && (
                  <Button variant="tertiary" size="S" onClick={() => toggle(c)} disabled={api.busy}>
                    {c.enabled ? '停用' : '启用'}
                  </Button>
                )}
              </Td>
            </Tr>
          ))}
        </Tbody>
      </Table>
    </>
  );
}

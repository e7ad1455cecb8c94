import { useEffect, useState } from 'react';
import { Badge, Button } from '@strapi/design-system';
import { DataTable, ErrorAlert, useApi } from '@wedraw/kit/admin';

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
      <ErrorAlert error={api.error} onClose={() => api.setError(null)} />
      <DataTable
        columns={[
          { title: '渠道', cell: (c) => c.label },
          { title: '名称', cell: (c) => c.name },
          { title: '回执', cell: (c) => (c.receipts === 'push' ? '平台回执' : '平台受理即送达') },
          { title: '每账号每秒', cell: (c) => c.ratePerSecond },
          {
            title: '状态',
            cell: (c) => (
              <>
                <Badge active={c.enabled}>{c.enabled ? '启用' : '停用'}</Badge>{' '}
                {canUpdate && (
                  <Button variant="tertiary" size="S" onClick={() => toggle(c)} disabled={api.busy}>
                    {c.enabled ? '停用' : '启用'}
                  </Button>
                )}
              </>
            ),
          },
        ]}
        rows={rows}
        rowKey={(c: Channel) => c.name}
      />
    </>
  );
}

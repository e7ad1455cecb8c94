import { useEffect, useState } from 'react';
import { Badge, Box, Button, Flex, SingleSelect, SingleSelectOption, TextInput, Typography } from '@strapi/design-system';
import { useFetchClient } from '@strapi/strapi/admin';
import { DataTable, Pager, useAction, useHeldActions } from '@wedraw/kit/admin';
import { useFirstCorpId } from './use-first-corp';

interface Group {
  chatId: string;
  name: string;
  owner: string | null;
  createTime: string | null;
  memberCount: number;
  status: number;
  dismissedAt: string | null;
}
interface Member {
  memberId: string;
  type: number | null;
  name: string | null;
  joinTime: string | null;
  joinScene: number | null;
  leftAt: string | null;
  quitScene: number | null;
}

const time = (at: string | null) => (at ? new Date(at).toLocaleString('zh-CN') : '—');
const STATUS: Record<number, string> = { 0: '正常', 1: '群主离职', 2: '继承中', 3: '已继承' };
const JOIN: Record<number, string> = { 1: '成员邀请', 2: '邀请链接', 3: '扫描群二维码' };
const QUIT: Record<number, string> = { 0: '自己退群', 1: '被群主或群管理移出' };

/** 客户群: groups filtered by name, owner, member count and status; members with join time, scene and leavers. */
export const GroupsTab = () => {
  const { get, post } = useFetchClient();
  const { held: allowedActions } = useHeldActions({ canSync: 'plugin::wecom.groups.sync' });
  const corpId = useFirstCorpId();
  const [groups, setGroups] = useState<Group[]>([]);
  const [total, setTotal] = useState(0);
  const [filter, setFilter] = useState({ name: '', owner: '', minMembers: '', maxMembers: '', status: 'active', page: 1 });
  const [open, setOpen] = useState<(Group & { members: Member[] }) | null>(null);
  const base = `/wecom/corps/${corpId}`;

  const load = async () => {
    if (!corpId) return;
    const qs = new URLSearchParams(Object.entries(filter).filter(([, v]) => v !== '') as [string, string][]);
    const r = await get<{ data: Group[]; meta: { pagination: { total: number } } }>(`${base}/groups?pageSize=20&${qs}`);
    setGroups(r.data.data);
    setTotal(r.data.meta.pagination.total);
  };
  const { act, busy } = useAction(load);
  useEffect(() => {
    load().catch(() => undefined);
  }, [corpId, filter]);
  const show = async (chatId: string) =>
    setOpen((await get<{ data: Group & { members: Member[] } }>(`${base}/groups/${encodeURIComponent(chatId)}`)).data.data);
  const input = (key: 'name' | 'owner' | 'minMembers' | 'maxMembers', label: string) => (
    <TextInput aria-label={label} placeholder={label} value={filter[key]} onChange={(e: any) => setFilter({ ...filter, [key]: e.target.value, page: 1 })} />
  );

  return (
    <Box paddingTop={4}>
      <Typography tag="p" textColor="neutral600" paddingBottom={4}>
        客户群由企业微信回调实时同步（建群、入群、退群、改名、解散）；退群的成员保留并记录退群方式。企业微信没有开放移除群成员或设置群管理员的接口，
        这两项请在企业微信客户端中由群主操作。
      </Typography>
      <Flex gap={2} paddingBottom={3} wrap="wrap">
        {input('name', '群名称')}
        {input('owner', '群主 UserID')}
        {input('minMembers', '最少成员数')}
        {input('maxMembers', '最多成员数')}
        <SingleSelect aria-label="状态" value={filter.status} onChange={(v: any) => setFilter({ ...filter, status: String(v ?? 'active'), page: 1 })}>
          <SingleSelectOption value="active">未解散</SingleSelectOption>
          <SingleSelectOption value="dismissed">已解散</SingleSelectOption>
          <SingleSelectOption value="all">全部</SingleSelectOption>
        </SingleSelect>
        <Typography textColor="neutral600">{`共 ${total} 个群`}</Typography>
        {allowedActions.canSync && corpId && (
          <Button variant="secondary" disabled={busy} onClick={() => act(() => post(`${base}/groups/sync`, {}), '客户群已全量同步')}>
            全量同步
          </Button>
        )}
      </Flex>
      <DataTable
        columns={[
          { title: '群名称', cell: (g) => g.name || '（未命名群聊）' },
          { title: '群主', cell: (g) => g.owner },
          { title: '创建时间', cell: (g) => time(g.createTime) },
          { title: '成员数', cell: (g) => g.memberCount },
          { title: '状态', cell: (g) => (g.dismissedAt ? <Badge>已解散</Badge> : (STATUS[g.status] ?? g.status)) },
          {
            title: '',
            cell: (g) => (
              <Button size="S" variant="tertiary" onClick={() => show(g.chatId).catch(() => undefined)}>
                成员
              </Button>
            ),
          },
        ]}
        rows={groups}
        rowKey={(g) => g.chatId}
        empty="没有符合条件的客户群"
      />
      <Pager page={filter.page} total={total} unit="个群" onPage={(page) => setFilter({ ...filter, page })} />
      {open && (
        <Box padding={4} marginTop={4} background="neutral0" hasRadius>
          <Flex gap={3} paddingBottom={2}>
            <Typography variant="delta">{`${open.name || '（未命名群聊）'} 的成员（${open.memberCount} 人在群）`}</Typography>
            <Button size="S" variant="tertiary" onClick={() => setOpen(null)}>
              关闭
            </Button>
          </Flex>
          <DataTable
            columns={[
              { title: '成员', cell: (m) => <Typography textColor={m.leftAt ? 'neutral500' : undefined}>{m.name ?? m.memberId}</Typography> },
              { title: '类型', cell: (m) => (m.type === 1 ? '员工' : '客户') },
              { title: '入群时间', cell: (m) => time(m.joinTime) },
              { title: '入群方式', cell: (m) => JOIN[m.joinScene ?? 0] },
              { title: '退群', cell: (m) => (m.leftAt ? `${time(m.leftAt)}${m.quitScene !== null ? ` · ${QUIT[m.quitScene] ?? ''}` : ''}` : '') },
            ]}
            rows={open.members}
            rowKey={(m) => m.memberId}
          />
        </Box>
      )}
    </Box>
  );
};

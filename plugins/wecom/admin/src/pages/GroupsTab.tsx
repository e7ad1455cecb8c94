import { useEffect, useState } from 'react';
import { Badge, Box, Button, Flex, SingleSelect, SingleSelectOption, Table, Tbody, Td, TextInput, Tr, Typography } from '@strapi/design-system';
import { useFetchClient } from '@strapi/strapi/admin';
import { Pager, TableHead, useAction, useHeldActions } from '@wedraw/kit/admin';
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

const HEAD = ['群名称', '群主', '创建时间', '成员数', '状态', ''];
const MEMBER_HEAD = ['成员', '类型', '入群时间', '入群方式', '退群'];
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
      <Table colCount={HEAD.length} rowCount={groups.length + 1}>
        <TableHead columns={HEAD} />
        <Tbody>
          {groups.map((g) => (
            <Tr key={g.chatId}>
              <Td>
                <Typography>{g.name || '（未命名群聊）'}</Typography>
              </Td>
              <Td>
                <Typography>{g.owner ?? '—'}</Typography>
              </Td>
              <Td>
                <Typography>{time(g.createTime)}</Typography>
              </Td>
              <Td>
                <Typography>{g.memberCount}</Typography>
              </Td>
              <Td>{g.dismissedAt ? <Badge>已解散</Badge> : <Typography>{STATUS[g.status] ?? g.status}</Typography>}</Td>
              <Td>
                <Button size="S" variant="tertiary" onClick={() => show(g.chatId).catch(() => undefined)}>
                  成员
                </Button>
              </Td>
            </Tr>
          ))}
        </Tbody>
      </Table>
      <Pager page={filter.page} total={total} unit="个群" onPage={(page) => setFilter({ ...filter, page })} />
      {open && (
        <Box padding={4} marginTop={4} background="neutral0" hasRadius>
          <Flex gap={3} paddingBottom={2}>
            <Typography variant="delta">{`${open.name || '（未命名群聊）'} 的成员（${open.memberCount} 人在群）`}</Typography>
            <Button size="S" variant="tertiary" onClick={() => setOpen(null)}>
              关闭
            </Button>
          </Flex>
          <Table colCount={MEMBER_HEAD.length} rowCount={open.members.length + 1}>
            <TableHead columns={MEMBER_HEAD} />
            <Tbody>
              {open.members.map((m) => (
                <Tr key={m.memberId}>
                  <Td>
                    <Typography textColor={m.leftAt ? 'neutral500' : undefined}>{m.name ?? m.memberId}</Typography>
                  </Td>
                  <Td>
                    <Typography>{m.type === 1 ? '员工' : '客户'}</Typography>
                  </Td>
                  <Td>
                    <Typography>{time(m.joinTime)}</Typography>
                  </Td>
                  <Td>
                    <Typography>{JOIN[m.joinScene ?? 0] ?? '—'}</Typography>
                  </Td>
                  <Td>
                    <Typography>{m.leftAt ? `${time(m.leftAt)}${m.quitScene !== null ? ` · ${QUIT[m.quitScene] ?? ''}` : ''}` : ''}</Typography>
                  </Td>
                </Tr>
              ))}
            </Tbody>
          </Table>
        </Box>
      )}
    </Box>
  );
};

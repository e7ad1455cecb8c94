import { useEffect, useState } from 'react';
import { Box, Button, Flex, Table, Tbody, Td, TextInput, Tr, Typography } from '@strapi/design-system';
import { useFetchClient } from '@strapi/strapi/admin';
import { TableHead, useAction, useHeldActions } from '@wedraw/kit/admin';
import { GroupStatsChart, type StatDay } from './GroupStatsChart';
import { useFirstCorpId } from './use-first-corp';

interface OwnerStat extends StatDay {
  owner: string;
  chatHasMsg: number;
  memberHasMsg: number;
}
interface Stats {
  from: string;
  to: string;
  days: StatDay[];
  owners: OwnerStat[];
}

const HEAD = ['群主', '新增群数', '群总数', '有过消息的群', '新增群成员', '群成员总数', '发过消息的成员', '群消息数'];

/** 群统计: WeCom's 群聊数据统计 pulled every hour — a chart per day and a table per owner over a date range. */
export const GroupStatsTab = () => {
  const { get, post } = useFetchClient();
  const { held } = useHeldActions({ canPull: 'plugin::wecom.groups.sync' });
  const corpId = useFirstCorpId();
  const [range, setRange] = useState({ from: '', to: '', owner: '' });
  const [stats, setStats] = useState<Stats | null>(null);
  const base = `/wecom/corps/${corpId}`;

  const load = async () => {
    if (!corpId) return;
    const qs = new URLSearchParams(Object.entries(range).filter(([, v]) => v !== '') as [string, string][]);
    setStats((await get<{ data: Stats }>(`${base}/group-stats?${qs}`)).data.data);
  };
  const { act, busy } = useAction(load);
  useEffect(() => {
    load().catch(() => undefined);
  }, [corpId, range]);
  const input = (key: 'from' | 'to' | 'owner', label: string) => (
    <TextInput aria-label={label} placeholder={label} value={range[key]} onChange={(e: any) => setRange({ ...range, [key]: e.target.value })} />
  );

  return (
    <Box paddingTop={4}>
      <Typography tag="p" textColor="neutral600" paddingBottom={4}>
        数据来自企业微信「群聊数据统计」，每小时拉取一次；企业微信只提供昨天及之前 180 天的数据，当天的数据要到次日才能看到。
      </Typography>
      <Flex gap={2} paddingBottom={3} wrap="wrap">
        {input('from', '开始日期 YYYY-MM-DD')}
        {input('to', '结束日期 YYYY-MM-DD')}
        {input('owner', '群主 UserID')}
        {stats && <Typography textColor="neutral600">{`${stats.from} 至 ${stats.to}`}</Typography>}
        {held.canPull && corpId && (
          <Button variant="secondary" disabled={busy} onClick={() => act(() => post(`${base}/group-stats/pull`, {}), '群统计已拉取')}>
            立即拉取
          </Button>
        )}
      </Flex>
      {stats && stats.days.length > 0 ? <GroupStatsChart days={stats.days} /> : <Typography textColor="neutral600">这段时间还没有统计数据。</Typography>}
      <Table colCount={HEAD.length} rowCount={(stats?.owners.length ?? 0) + 1}>
        <TableHead columns={HEAD} />
        <Tbody>
          {(stats?.owners ?? []).map((o) => (
            <Tr key={o.owner}>
              {[o.owner, o.newChatCnt, o.chatTotal, o.chatHasMsg, o.newMemberCnt, o.memberTotal, o.memberHasMsg, o.msgTotal].map((v, i) => (
                <Td key={i}>
                  <Typography>{v}</Typography>
                </Td>
              ))}
            </Tr>
          ))}
        </Tbody>
      </Table>
    </Box>
  );
};

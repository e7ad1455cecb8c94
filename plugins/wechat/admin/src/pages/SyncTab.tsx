import { useEffect, useState } from 'react';
import { Badge, Box, Button, Flex, ProgressBar, Typography } from '@strapi/design-system';
import { DataTable, RunErrors, useAction } from '@wedraw/kit/admin';
import { useFetchClient } from '@strapi/strapi/admin';
import { STATUS, time, type SyncRun } from './fans-shared';

const POLL_MS = 1000;

/** Full fan sync: start it, watch its progress (refreshed every second), its errors and the history of runs. */
export const SyncTab = () => {
  const { get, post } = useFetchClient();
  const [runs, setRuns] = useState<SyncRun[]>([]);

  const load = async () => setRuns((await get<{ data: SyncRun[] }>('/wechat/fans/sync-runs?pageSize=20')).data.data);
  const current = runs[0];
  const active = current && (current.status === 'queued' || current.status === 'running');
  useEffect(() => {
    load().catch(() => undefined);
  }, []);
  useEffect(() => {
    if (!active) return undefined;
    const timer = setInterval(() => load().catch(() => undefined), POLL_MS);
    return () => clearInterval(timer);
  }, [active]);

  const { act } = useAction(load);
  const canResume = (r: SyncRun) => r.status === 'failed' || ((r.status === 'running' || r.status === 'queued') && !r.live);

  return (
    <Box paddingTop={4}>
      <Flex gap={2} paddingBottom={4}>
        <Button disabled={Boolean(active && current.live)} onClick={() => act(() => post('/wechat/fans/sync', {}), '同步已开始')}>
          全量同步粉丝
        </Button>
        <Typography variant="pi" textColor="neutral600">
          分页拉取关注者（每页 1 万）与用户信息（每次 100 个），中断后可从断点继续。
        </Typography>
      </Flex>
      {current && (
        <Box paddingBottom={6}>
          <Flex gap={3} paddingBottom={2}>
            <Badge>{STATUS[current.status]}</Badge>
            <Typography>{`${current.processed} / ${current.total} 位粉丝`}</Typography>
            {current.unsubscribed > 0 && <Typography textColor="neutral600">{`${current.unsubscribed} 位已取关`}</Typography>}
            {current.resumes > 0 && <Typography textColor="neutral600">{`续传 ${current.resumes} 次`}</Typography>}
          </Flex>
          <ProgressBar value={Math.round(current.progress * 100)} />
          <RunErrors errors={current.errors} />
        </Box>
      )}
      <DataTable
        columns={[
          { title: '开始时间', cell: (r) => time(r.startedAt ?? r.createdAt) },
          { title: '状态', cell: (r) => STATUS[r.status] },
          { title: '粉丝', cell: (r) => `${r.processed} / ${r.total}` },
          { title: '错误', cell: (r) => r.errors.length },
          { title: '发起人', cell: (r) => r.trigger },
          {
            title: '操作',
            cell: (r) =>
              canResume(r) && (
                <Button size="S" variant="secondary" onClick={() => act(() => post(`/wechat/fans/sync-runs/${r.documentId}/resume`, {}), '已从断点继续')}>
                  继续同步
                </Button>
              ),
          },
        ]}
        rows={runs}
        rowKey={(r) => r.documentId}
        empty="还没有同步记录"
      />
    </Box>
  );
};

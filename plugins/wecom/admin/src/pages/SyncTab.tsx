import { useEffect, useState } from 'react';
import { Badge, Box, Button, Flex, Typography } from '@strapi/design-system';
import { useFetchClient } from '@strapi/strapi/admin';
import { RunErrors, useAction, useHeldActions } from '@wedraw/kit/admin';

interface Run {
  documentId: string;
  corpId: string;
  status: 'queued' | 'running' | 'completed' | 'failed';
  phase: string;
  departments: number;
  processed: number;
  detailMissing: number;
  removed: number;
  resumes: number;
  errors: { at: string; attempt: number; errcode: number | null; message: string }[];
  live: boolean;
  trigger: string | null;
  startedAt: string | null;
  createdAt: string;
}

const STATUS: Record<Run['status'], string> = { queued: '排队中', running: '同步中', completed: '已完成', failed: '失败' };
const PHASE: Record<string, string> = { departments: '部门', members: '成员', tags: '标签', finish: '收尾' };
const time = (at: string | null) => (at ? new Date(at).toLocaleString('zh-CN') : '—');

/** 同步: start a full pull of each corp's contacts, watch its progress and errors, resume from the checkpoint. */
export const SyncTab = () => {
  const { get, post } = useFetchClient();
  const { held: allowedActions } = useHeldActions({ canSync: 'plugin::wecom.contacts.sync' });
  const [runs, setRuns] = useState<Run[]>([]);
  const [corps, setCorps] = useState<{ corpId: string; name: string }[]>([]);
  const load = async () => setRuns((await get<{ data: Run[] }>('/wecom/sync-runs?pageSize=20')).data.data);
  const { act, busy } = useAction(load);
  const active = runs.some((r) => r.status === 'queued' || r.status === 'running');
  useEffect(() => {
    load().catch(() => undefined);
    get<{ data: { corpId: string; name: string }[] }>('/wecom/corps')
      .then((r) => setCorps(r.data.data))
      .catch(() => undefined);
  }, []);
  useEffect(() => {
    if (!active) return undefined;
    const timer = setInterval(() => load().catch(() => undefined), 1000);
    return () => clearInterval(timer);
  }, [active]);

  return (
    <Box paddingTop={4}>
      <Typography tag="p" textColor="neutral600" paddingBottom={4}>
        全量同步：部门列表 → 成员（逐个部门读取成员详情；企业微信不允许读取详情时改为分页读取成员 ID 与部门）→
        标签；中断后从断点继续。日常变化由企业微信的通讯录回调实时同步。
      </Typography>
      {allowedActions.canSync && (
        <Flex gap={2} paddingBottom={4}>
          {corps.map((c) => (
            <Button key={c.corpId} disabled={busy} onClick={() => act(() => post(`/wecom/corps/${c.corpId}/sync`, {}), '同步已开始')}>
              {`同步「${c.name}」通讯录`}
            </Button>
          ))}
        </Flex>
      )}
      {runs.map((r) => (
        <Box key={r.documentId} padding={3} marginBottom={2} background="neutral0" hasRadius>
          <Flex gap={3}>
            <Badge>{STATUS[r.status]}</Badge>
            <Typography>{`${time(r.startedAt ?? r.createdAt)} · ${r.corpId} · 阶段：${PHASE[r.phase] ?? r.phase}`}</Typography>
            <Typography>{`${r.departments} 个部门，${r.processed} 位成员`}</Typography>
            {r.detailMissing > 0 && <Typography textColor="warning600">{`${r.detailMissing} 位无法读取详情`}</Typography>}
            {r.resumes > 0 && <Typography textColor="neutral600">{`续传 ${r.resumes} 次`}</Typography>}
            <Typography textColor="neutral600">{r.trigger ?? ''}</Typography>
            {allowedActions.canSync && (r.status === 'failed' || ((r.status === 'running' || r.status === 'queued') && !r.live)) && (
              <Button size="S" variant="secondary" onClick={() => act(() => post(`/wecom/sync-runs/${r.documentId}/resume`, {}), '已从断点继续')}>
                继续同步
              </Button>
            )}
          </Flex>
          <RunErrors errors={r.errors} />
        </Box>
      ))}
    </Box>
  );
};

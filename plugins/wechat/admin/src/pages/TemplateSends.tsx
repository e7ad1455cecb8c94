import { useEffect, useState } from 'react';
import { Badge, Box, Button, Flex, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { useFetchClient } from '@strapi/strapi/admin';
import type { Totals } from '../../../server/src/services/template-sends';

export interface TemplateSend {
  documentId: string;
  title: string | null;
  target: 'one' | 'tag' | 'all';
  openid: string | null;
  tagId: number | null;
  status: string;
  scheduledAt: string | null;
  createdAt: string;
  operator: string | null;
  totals: Totals;
}

const STATUS: Record<string, string> = { scheduled: '定时中', preparing: '准备中', sending: '发送中', done: '已完成', canceled: '已取消' };
const time = (iso: string | null) => (iso ? new Date(iso).toLocaleString('zh-CN', { hour12: false }) : '—');
const audience = (s: TemplateSend, tagNames: Record<number, string>) =>
  s.target === 'one' ? `粉丝 ${s.openid}` : s.target === 'tag' ? `标签「${(s.tagId !== null && tagNames[s.tagId]) || s.tagId}」` : '全部关注者';
const LIVE_MS = 2000;

/** Sends with their totals, refreshed every 2 s while one is still running; a scheduled one can be canceled. */
export const TemplateSends = ({ appId, reloadKey, tagNames = {} }: { appId: string; reloadKey: number; tagNames?: Record<number, string> }) => {
  const { get, post } = useFetchClient();
  const [sends, setSends] = useState<TemplateSend[]>([]);
  const load = async () => setSends((await get<any>(`/wechat/template-sends?pageSize=20&appId=${encodeURIComponent(appId)}`)).data.data);

  useEffect(() => {
    load().catch(() => undefined);
  }, [appId, reloadKey]);
  const running = sends.some((s) => ['scheduled', 'preparing', 'sending'].includes(s.status));
  useEffect(() => {
    if (!running) return undefined;
    const timer = setInterval(() => load().catch(() => undefined), LIVE_MS);
    return () => clearInterval(timer);
  }, [running, appId]);

  const cancel = async (s: TemplateSend) => {
    if (!window.confirm('确定取消这次定时发送吗？')) return;
    await post(`/wechat/template-sends/${s.documentId}/cancel`, {});
    await load();
  };

  return (
    <Box paddingTop={6}>
      <Typography variant="delta">发送记录{running ? '（实时刷新中）' : ''}</Typography>
      <Table colCount={9} rowCount={sends.length + 1}>
        <Thead>
          <Tr>
            {['模板', '对象', '状态', '总数', '待发送', '已发送', '已送达', '失败', '时间'].map((h) => (
              <Th key={h}>
                <Typography variant="sigma">{h}</Typography>
              </Th>
            ))}
          </Tr>
        </Thead>
        <Tbody>
          {sends.map((s) => (
            <Tr key={s.documentId}>
              <Td>
                <Typography>{s.title}</Typography>
              </Td>
              <Td>
                <Typography>{audience(s, tagNames)}</Typography>
              </Td>
              <Td>
                <Flex gap={2}>
                  <Badge>{STATUS[s.status] ?? s.status}</Badge>
                  {s.status === 'scheduled' && (
                    <Button size="S" variant="danger-light" onClick={() => cancel(s)}>
                      取消
                    </Button>
                  )}
                </Flex>
              </Td>
              <Td>
                <Typography>{s.totals.total}</Typography>
              </Td>
              <Td>
                <Typography>{s.totals.pending}</Typography>
              </Td>
              <Td>
                <Typography>{s.totals.sent}</Typography>
              </Td>
              <Td>
                <Typography>{s.totals.delivered}</Typography>
              </Td>
              <Td>
                <Typography textColor={s.totals.failed ? 'danger600' : undefined}>{s.totals.failed}</Typography>
              </Td>
              <Td>
                <Typography>{s.status === 'scheduled' ? `定时 ${time(s.scheduledAt)}` : time(s.createdAt)}</Typography>
              </Td>
            </Tr>
          ))}
        </Tbody>
      </Table>
    </Box>
  );
};

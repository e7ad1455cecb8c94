import { Box, Flex, Typography } from '@strapi/design-system';
import { DataTable } from '@wedraw/kit/admin';
import { time } from './fans-shared';

export interface FanDetailData {
  documentId: string;
  openid: string;
  unionid: string | null;
  subscribed: boolean;
  subscribeTime: string | null;
  unsubscribeTime: string | null;
  remark: string | null;
  syncedAt: string | null;
  tagList: { tagId: number; name: string | null }[];
  messages: { id: number; msgType: string; event: string | null; eventKey: string | null; content: string | null; receivedAt: string; replied: boolean }[];
  user: { id: number; username: string } | null;
  points: { balance: number; earned: number; spent: number; expired: number } | null;
}

const describe = (m: FanDetailData['messages'][number]) => (m.msgType === 'text' ? (m.content ?? '') : `[${m.event ?? m.msgType}] ${m.eventKey ?? ''}`);
const Line = ({ label, value }: { label: string; value: string }) => (
  <Flex gap={2}>
    <Typography variant="sigma" textColor="neutral600">
      {label}
    </Typography>
    <Typography>{value}</Typography>
  </Flex>
);

/** One fan: follow state, tags by name, linked user and points balance, latest messages. */
export const FanDetail = ({ fan }: { fan: FanDetailData }) => (
  <Box>
    <Typography variant="delta">{fan.openid}</Typography>
    <Flex direction="column" alignItems="flex-start" gap={1} paddingTop={2} paddingBottom={4}>
      <Line
        label="关注"
        value={fan.subscribed ? `已关注（${time(fan.subscribeTime)}）` : `未关注${fan.unsubscribeTime ? `（${time(fan.unsubscribeTime)} 取关）` : ''}`}
      />
      <Line label="unionid" value={fan.unionid ?? '—'} />
      <Line label="备注" value={fan.remark ?? '—'} />
      <Line label="标签" value={fan.tagList.length ? fan.tagList.map((t) => t.name ?? `#${t.tagId}`).join('、') : '无'} />
      <Line label="关联用户" value={fan.user ? `${fan.user.username}（ID ${fan.user.id}）` : '未登录过'} />
      {fan.points && (
        <Line label="积分" value={`余额 ${fan.points.balance}，累计获得 ${fan.points.earned}，已用 ${fan.points.spent}，已过期 ${fan.points.expired}`} />
      )}
      <Line label="上次同步" value={time(fan.syncedAt)} />
    </Flex>
    <Typography variant="sigma">最近消息</Typography>
    <DataTable
      columns={[
        { title: '时间', cell: (m) => time(m.receivedAt) },
        { title: '内容', cell: (m) => describe(m) },
        { title: '已自动回复', cell: (m) => (m.replied ? '是' : '否') },
      ]}
      rows={fan.messages}
      rowKey={(m) => m.id}
      empty="没有消息记录"
    />
  </Box>
);

import { useEffect, useState } from 'react';
import { Box, Button, Flex, Table, Tbody, Td, TextInput, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { useFetchClient } from '@strapi/strapi/admin';

interface Fan {
  documentId: string;
  appId: string;
  openid: string;
  unionid: string | null;
  subscribed: boolean;
  subscribeTime: string | null;
  user: { id: number; username: string } | null;
}
interface Message {
  id: number;
  msgType: string;
  event: string | null;
  eventKey: string | null;
  content: string | null;
  receivedAt: string;
  replied: boolean;
}

const time = (iso: string | null) => (iso ? new Date(iso).toLocaleString('zh-CN', { hour12: false }) : '—');
const describe = (m: Message) => (m.msgType === 'text' ? m.content ?? '' : `[${m.event ?? m.msgType}] ${m.eventKey ?? ''}`);

/** Fans filled by events, and what each fan sent (texts and menu taps), newest first. */
export const FansTab = () => {
  const { get } = useFetchClient();
  const [q, setQ] = useState('');
  const [fans, setFans] = useState<Fan[]>([]);
  const [selected, setSelected] = useState<Fan | null>(null);
  const [messages, setMessages] = useState<Message[]>([]);

  const search = async () => setFans((await get(`/wechat/fans?pageSize=50&q=${encodeURIComponent(q)}`)).data.data);
  useEffect(() => {
    search().catch(() => undefined);
  }, []);
  const open = async (fan: Fan) => {
    setSelected(fan);
    setMessages((await get(`/wechat/fans/${fan.documentId}/messages?pageSize=50`)).data.data);
  };

  return (
    <Flex paddingTop={4} gap={6} alignItems="flex-start">
      <Box flex="1">
        <Flex gap={2} paddingBottom={4}>
          <TextInput aria-label="按 openid 搜索" placeholder="按 openid 搜索" value={q} onChange={(e: any) => setQ(e.target.value)} />
          <Button variant="secondary" onClick={() => search()}>搜索</Button>
        </Flex>
        <Table colCount={4} rowCount={fans.length + 1}>
          <Thead>
            <Tr>
              <Th><Typography variant="sigma">openid</Typography></Th>
              <Th><Typography variant="sigma">关注</Typography></Th>
              <Th><Typography variant="sigma">关注时间</Typography></Th>
              <Th><Typography variant="sigma">用户</Typography></Th>
            </Tr>
          </Thead>
          <Tbody>
            {fans.map((fan) => (
              <Tr key={fan.documentId} onClick={() => open(fan)} style={{ cursor: 'pointer' }}>
                <Td><Typography>{fan.openid}</Typography></Td>
                <Td><Typography>{fan.subscribed ? '已关注' : '未关注'}</Typography></Td>
                <Td><Typography>{time(fan.subscribeTime)}</Typography></Td>
                <Td><Typography>{fan.user?.username ?? '—'}</Typography></Td>
              </Tr>
            ))}
          </Tbody>
        </Table>
      </Box>
      <Box flex="1">
        <Typography variant="delta">{selected ? `消息：${selected.openid}` : '选择粉丝查看消息'}</Typography>
        {selected && (
          <Table colCount={3} rowCount={messages.length + 1}>
            <Thead>
              <Tr>
                <Th><Typography variant="sigma">时间</Typography></Th>
                <Th><Typography variant="sigma">内容</Typography></Th>
                <Th><Typography variant="sigma">已自动回复</Typography></Th>
              </Tr>
            </Thead>
            <Tbody>
              {messages.map((m) => (
                <Tr key={m.id}>
                  <Td><Typography>{time(m.receivedAt)}</Typography></Td>
                  <Td><Typography>{describe(m)}</Typography></Td>
                  <Td><Typography>{m.replied ? '是' : '否'}</Typography></Td>
                </Tr>
              ))}
            </Tbody>
          </Table>
        )}
      </Box>
    </Flex>
  );
};

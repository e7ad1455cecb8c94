import { useEffect, useState } from 'react';
import { Box, Button, Checkbox, Flex, SingleSelect, SingleSelectOption, TextInput, Typography } from '@strapi/design-system';
import { useFetchClient, useNotification } from '@strapi/strapi/admin';
import { FanDetail, type FanDetailData } from './FanDetail';
import { messageOf, time, type FanTag } from './fans-shared';
import { DataTable, Pager } from '@wedraw/kit/admin';

interface Fan {
  documentId: string;
  openid: string;
  subscribed: boolean;
  subscribeTime: string | null;
  tags: number[] | null;
  user: { id: number; username: string } | null;
}
interface Filters {
  q: string;
  tagId: string;
  subscribed: string;
  from: string;
  to: string;
}
const PAGE_SIZE = 50;
const EMPTY: Filters = { q: '', tagId: '', subscribed: '', from: '', to: '' };
/** `2026-01-01` (a day in Asia/Shanghai) → ISO instant. */
const dayStart = (day: string) => (day ? new Date(`${day}T00:00:00+08:00`).toISOString() : '');

/** Fans with filters (tag, follow state, follow time, search), bulk (un)tagging, and a fan's detail. */
export const FansTab = () => {
  const { get, post } = useFetchClient();
  const { toggleNotification } = useNotification();
  const [filters, setFilters] = useState<Filters>(EMPTY);
  const [page, setPage] = useState(1);
  const [fans, setFans] = useState<Fan[]>([]);
  const [total, setTotal] = useState(0);
  const [tags, setTags] = useState<FanTag[]>([]);
  const [picked, setPicked] = useState<Set<string>>(new Set());
  const [bulkTag, setBulkTag] = useState('');
  const [detail, setDetail] = useState<FanDetailData | null>(null);
  const set = (k: keyof Filters) => (v: string | number) => setFilters({ ...filters, [k]: String(v) });
  const tagName = (id: number) => tags.find((t) => t.tagId === id)?.name ?? `#${id}`;

  const search = async (p = page) => {
    const query = new URLSearchParams({ page: String(p), pageSize: String(PAGE_SIZE) });
    if (filters.q) query.set('q', filters.q);
    if (filters.tagId) query.set('tagId', filters.tagId);
    if (filters.subscribed) query.set('subscribed', filters.subscribed);
    if (filters.from) query.set('subscribedFrom', dayStart(filters.from));
    if (filters.to) query.set('subscribedTo', dayStart(filters.to));
    try {
      const res = (await get<{ data: Fan[]; meta: { pagination: { total: number } } }>(`/wechat/fans?${query}`)).data;
      setFans(res.data);
      setTotal(res.meta.pagination.total);
      setPage(p);
    } catch (err) {
      toggleNotification({ type: 'danger', message: messageOf(err) });
    }
  };
  useEffect(() => {
    search(1).catch(() => undefined);
    get<{ data: FanTag[] }>('/wechat/tags')
      .then((r) => setTags(r.data.data))
      .catch(() => undefined);
  }, []);
  const open = async (fan: Fan) => setDetail((await get<{ data: FanDetailData }>(`/wechat/fans/${fan.documentId}`)).data.data);
  const toggle = (openid: string) => {
    const next = new Set(picked);
    if (next.has(openid)) next.delete(openid);
    else next.add(openid);
    setPicked(next);
  };
  const apply = async (action: 'tag' | 'untag') => {
    try {
      const res = (await post<{ data: { applied: number; calls: number } }>(`/wechat/tags/${bulkTag}/fans`, { openids: [...picked], action })).data.data;
      toggleNotification({ type: 'success', message: `${action === 'tag' ? '已打标签' : '已取消标签'}：${res.applied} 位粉丝（${res.calls} 次微信调用）` });
      setPicked(new Set());
      await search();
    } catch (err) {
      toggleNotification({ type: 'danger', message: messageOf(err) });
    }
  };

  return (
    <Flex paddingTop={4} gap={6} alignItems="flex-start">
      <Box flex="3">
        <Flex gap={2} paddingBottom={2} wrap="wrap">
          <TextInput aria-label="搜索" placeholder="openid / unionid / 备注" value={filters.q} onChange={(e: any) => set('q')(e.target.value)} />
          <SingleSelect aria-label="标签" placeholder="全部标签" value={filters.tagId} onChange={set('tagId')} onClear={() => set('tagId')('')}>
            {tags.map((t) => (
              <SingleSelectOption key={t.tagId} value={String(t.tagId)}>
                {t.name}
              </SingleSelectOption>
            ))}
          </SingleSelect>
          <SingleSelect
            aria-label="关注状态"
            placeholder="全部状态"
            value={filters.subscribed}
            onChange={set('subscribed')}
            onClear={() => set('subscribed')('')}
          >
            <SingleSelectOption value="true">已关注</SingleSelectOption>
            <SingleSelectOption value="false">未关注</SingleSelectOption>
          </SingleSelect>
          <TextInput type="date" aria-label="关注起始日" value={filters.from} onChange={(e: any) => set('from')(e.target.value)} />
          <TextInput type="date" aria-label="关注截止日（不含）" value={filters.to} onChange={(e: any) => set('to')(e.target.value)} />
          <Button variant="secondary" onClick={() => search(1)}>
            筛选
          </Button>
        </Flex>
        <Flex gap={2} paddingBottom={4}>
          <Typography textColor="neutral600">{`共 ${total} 位，已选 ${picked.size} 位`}</Typography>
          <SingleSelect aria-label="批量标签" placeholder="选择标签" value={bulkTag} onChange={(v: string | number) => setBulkTag(String(v))}>
            {tags.map((t) => (
              <SingleSelectOption key={t.tagId} value={String(t.tagId)}>
                {t.name}
              </SingleSelectOption>
            ))}
          </SingleSelect>
          <Button disabled={!bulkTag || picked.size === 0} onClick={() => apply('tag')}>
            打标签
          </Button>
          <Button variant="tertiary" disabled={!bulkTag || picked.size === 0} onClick={() => apply('untag')}>
            取消标签
          </Button>
        </Flex>
        <DataTable
          columns={[
            {
              title: (
                <Checkbox
                  aria-label="全选本页"
                  checked={fans.length > 0 && fans.every((f) => picked.has(f.openid))}
                  onCheckedChange={(on: boolean) => setPicked(on ? new Set(fans.map((f) => f.openid)) : new Set())}
                />
              ),
              cell: (fan) => <Checkbox aria-label={`选择 ${fan.openid}`} checked={picked.has(fan.openid)} onCheckedChange={() => toggle(fan.openid)} />,
            },
            {
              title: 'openid',
              cell: (fan) => (
                <Typography textColor="primary600" onClick={() => open(fan)} style={{ cursor: 'pointer' }}>
                  {fan.openid}
                </Typography>
              ),
            },
            { title: '关注', cell: (fan) => (fan.subscribed ? '已关注' : '未关注') },
            { title: '关注时间', cell: (fan) => time(fan.subscribeTime) },
            { title: '标签', cell: (fan) => (fan.tags ?? []).map(tagName).join('、') },
            { title: '用户', cell: (fan) => fan.user?.username },
          ]}
          rows={fans}
          rowKey={(fan) => fan.documentId}
        />
        <Pager page={page} pageSize={PAGE_SIZE} total={total} unit="位粉丝" onPage={search} />
      </Box>
      <Box flex="2">{detail ? <FanDetail fan={detail} /> : <Typography variant="delta">选择粉丝查看详情</Typography>}</Box>
    </Flex>
  );
};

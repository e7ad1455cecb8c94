import { useEffect, useState } from 'react';
import { Badge, Box, Button, Flex, SingleSelect, SingleSelectOption, TextInput, Typography } from '@strapi/design-system';
import { useFetchClient } from '@strapi/strapi/admin';
import { DataTable, Pager, useAction, useHeldActions } from '@wedraw/kit/admin';
import { useFirstCorpId } from './use-first-corp';

interface Follow {
  externalUserid: string;
  userid: string;
  name: string | null;
  remark: string | null;
  state: string | null;
  addedAt: string | null;
  tags: { group: string; name: string }[];
  deletedAt: string | null;
}
interface Detail {
  externalUserid: string;
  name: string | null;
  type: number | null;
  gender: number | null;
  unionid: string | null;
  corpName: string | null;
  follows: (Omit<Follow, 'externalUserid' | 'name'> & { description: string | null; deleteReason: string | null })[];
}

const time = (at: string | null) => (at ? new Date(at).toLocaleString('zh-CN') : '—');
const ENDED: Record<string, string> = {
  del_external_contact: '成员删除了客户',
  del_follow_user: '客户删除了成员',
  'not-in-wecom': '企业微信中已不存在',
};
const GENDER: Record<number, string> = { 0: '未知', 1: '男', 2: '女' };
interface TagGroup {
  groupId: string;
  groupName: string;
  tags: { id: string; name: string }[];
}

/** 客户: customers (one row per member who added them) filtered by member, corp tag, added from/to and channel; the detail. */
export const CustomersTab = () => {
  const { get, post } = useFetchClient();
  const { held: allowedActions } = useHeldActions({ canSync: 'plugin::wecom.customers.sync' });
  const corpId = useFirstCorpId();
  const [rows, setRows] = useState<Follow[]>([]);
  const [total, setTotal] = useState(0);
  const [filter, setFilter] = useState({ followUser: '', addedFrom: '', addedTo: '', state: '', q: '', tag: '', page: 1 });
  const [library, setLibrary] = useState<TagGroup[]>([]);
  const [detail, setDetail] = useState<Detail | null>(null);
  const base = `/wecom/corps/${corpId}`;

  const load = async () => {
    if (!corpId) return;
    const qs = new URLSearchParams(Object.entries(filter).filter(([, v]) => v !== '') as [string, string][]);
    const r = await get<{ data: Follow[]; meta: { pagination: { total: number } } }>(`${base}/customers?pageSize=20&${qs}`);
    setRows(r.data.data);
    setTotal(r.data.meta.pagination.total);
  };
  const { act, busy } = useAction(load);
  useEffect(() => {
    load().catch(() => undefined);
  }, [corpId, filter]);
  useEffect(() => {
    if (corpId)
      get<{ data: TagGroup[] }>(`${base}/customer-tags`)
        .then((r) => setLibrary(r.data.data))
        .catch(() => setLibrary([]));
  }, [corpId]);
  const open = async (id: string) => setDetail((await get<{ data: Detail }>(`${base}/customers/${encodeURIComponent(id)}`)).data.data);
  const input = (key: 'followUser' | 'addedFrom' | 'addedTo' | 'state' | 'q', label: string, placeholder: string) => (
    <TextInput
      aria-label={label}
      placeholder={placeholder}
      value={filter[key]}
      onChange={(e: any) => setFilter({ ...filter, [key]: e.target.value, page: 1 })}
    />
  );

  return (
    <Box paddingTop={4}>
      <Typography tag="p" textColor="neutral600" paddingBottom={4}>
        客户添加成员后由企业微信回调实时同步（新增、修改、删除）；「全量同步」按成员分页读取全部客户。
      </Typography>
      <Flex gap={2} paddingBottom={3} wrap="wrap">
        {input('q', '搜索', '客户昵称、备注或 ID')}
        {input('followUser', '添加人', '添加人 UserID')}
        {input('addedFrom', '添加日期起', '起 YYYY-MM-DD')}
        {input('addedTo', '添加日期止', '止 YYYY-MM-DD')}
        {input('state', '渠道', '渠道 State 前缀')}
        <SingleSelect
          aria-label="标签"
          placeholder="企业标签"
          value={filter.tag}
          onChange={(v: any) => setFilter({ ...filter, tag: String(v ?? ''), page: 1 })}
        >
          <SingleSelectOption value="">全部标签</SingleSelectOption>
          {library.flatMap((g) => g.tags.map((t) => <SingleSelectOption key={t.id} value={t.id}>{`${g.groupName} · ${t.name}`}</SingleSelectOption>))}
        </SingleSelect>
        <Typography textColor="neutral600">{`共 ${total} 条`}</Typography>
        {allowedActions.canSync && corpId && (
          <Button variant="secondary" disabled={busy} onClick={() => act(() => post(`${base}/customers/sync`, {}), '客户已全量同步')}>
            全量同步
          </Button>
        )}
      </Flex>
      <DataTable
        columns={[
          { title: '客户', cell: (r) => r.name ?? r.externalUserid },
          { title: '添加人', cell: (r) => r.userid },
          { title: '添加时间', cell: (r) => time(r.addedAt) },
          { title: '渠道 State', cell: (r) => r.state },
          { title: '备注', cell: (r) => r.remark },
          { title: '标签', cell: (r) => r.tags.map((t) => t.name).join('、') },
          {
            title: '',
            cell: (r) => (
              <Button size="S" variant="tertiary" onClick={() => open(r.externalUserid).catch(() => undefined)}>
                详情
              </Button>
            ),
          },
        ]}
        rows={rows}
        rowKey={(r) => `${r.externalUserid}:${r.userid}`}
        empty="没有符合条件的客户"
      />
      <Pager page={filter.page} total={total} unit="位客户" onPage={(page) => setFilter({ ...filter, page })} />
      {detail && (
        <Box padding={4} marginTop={4} background="neutral0" hasRadius>
          <Flex gap={3} paddingBottom={2}>
            <Typography variant="delta">{detail.name ?? detail.externalUserid}</Typography>
            <Typography textColor="neutral600">{`${detail.type === 2 ? '企业微信用户' : '微信用户'} · ${GENDER[detail.gender ?? 0] ?? '未知'}${detail.corpName ? ` · ${detail.corpName}` : ''}`}</Typography>
            <Typography textColor="neutral600">{detail.externalUserid}</Typography>
            <Button size="S" variant="tertiary" onClick={() => setDetail(null)}>
              关闭
            </Button>
          </Flex>
          {detail.follows.map((f) => (
            <Flex key={f.userid} gap={3} paddingTop={1}>
              <Typography fontWeight="bold">{f.userid}</Typography>
              <Typography>{`添加于 ${time(f.addedAt)}`}</Typography>
              <Typography>{`渠道 ${f.state ?? '—'}`}</Typography>
              <Typography>{`备注 ${f.remark ?? '—'}`}</Typography>
              <Typography>{`标签 ${(f.tags ?? []).map((t) => t.name).join('、') || '—'}`}</Typography>
              {f.deletedAt && <Badge>{`${ENDED[f.deleteReason ?? ''] ?? '已删除'}（${time(f.deletedAt)}）`}</Badge>}
            </Flex>
          ))}
        </Box>
      )}
    </Box>
  );
};

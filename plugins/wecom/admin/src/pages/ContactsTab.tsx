import { useEffect, useState } from 'react';
import { Box, Button, Field, Flex, SingleSelect, SingleSelectOption, TextInput, Typography } from '@strapi/design-system';
import { useFetchClient } from '@strapi/strapi/admin';
import { DataTable, Pager, useAction, useHeldActions } from '@wedraw/kit/admin';
import { DepartmentTree, type Department } from './DepartmentTree';
import { ImportPanel } from './ImportPanel';
import { useFirstCorpId } from './use-first-corp';

interface Member {
  userid: string;
  name: string | null;
  departments: number[];
  position: string | null;
  mobile: string | null;
  status: number | null;
  detailRead: boolean;
}
interface Tag {
  tagId: number;
  name: string;
  userIds: string[];
}

const STATUS: Record<number, string> = { 1: '已激活', 2: '已禁用', 4: '未激活', 5: '退出企业' };

/** 通讯录: the department tree, members filtered by department, tag, status and name; the member form, 离职, tags, 批量导入. */
export const ContactsTab = () => {
  const { get, post, del } = useFetchClient();
  const { held: allowedActions } = useHeldActions({
    canUpdate: 'plugin::wecom.contacts.update',
    canImport: 'plugin::wecom.contacts.import',
  });
  const corpId = useFirstCorpId();
  const [depts, setDepts] = useState<Department[]>([]);
  const [tags, setTags] = useState<Tag[]>([]);
  const [members, setMembers] = useState<Member[]>([]);
  const [total, setTotal] = useState(0);
  const [filter, setFilter] = useState({ department: '', tag: '', status: '', q: '', page: 1 });
  const [form, setForm] = useState({ userid: '', name: '', position: '', mobile: '' });
  const [tagName, setTagName] = useState('');
  const base = `/wecom/corps/${corpId}`;

  const load = async () => {
    if (!corpId) return;
    const qs = new URLSearchParams(Object.entries(filter).filter(([, v]) => v !== '') as [string, string][]);
    const [d, t, m] = await Promise.all([
      get<{ data: Department[] }>(`${base}/departments`),
      get<{ data: Tag[] }>(`${base}/tags`),
      get<{ data: Member[]; meta: { pagination: { total: number } } }>(`${base}/members?pageSize=20&${qs}`),
    ]);
    setDepts(d.data.data);
    setTags(t.data.data);
    setMembers(m.data.data);
    setTotal(m.data.meta.pagination.total);
  };
  const { act, busy } = useAction(load);
  useEffect(() => {
    load().catch(() => undefined);
  }, [corpId, filter]);

  const name = (id: number) => depts.find((d) => d.id === id)?.name ?? String(id);
  const selected = Number(filter.department) || 0;
  const addMember = () => act(() => post(`${base}/members`, { ...form, departments: [selected || 1] }), '成员已添加到企业微信');

  return (
    <Box paddingTop={4}>
      <Flex gap={6} alignItems="flex-start">
        <Box minWidth="260px">
          <DepartmentTree
            departments={depts}
            selected={selected}
            editable={Boolean(allowedActions.canUpdate)}
            base={base}
            reload={load}
            onSelect={(id) => setFilter({ ...filter, department: id ? String(id) : '', page: 1 })}
          />
          <Box paddingTop={4}>
            <Typography variant="sigma">标签</Typography>
            {tags.map((t) => (
              <Typography key={t.tagId} tag="p">{`${t.name}（${t.userIds.length} 人）`}</Typography>
            ))}
            {allowedActions.canUpdate && (
              <Flex gap={1} paddingTop={2}>
                <TextInput aria-label="新标签" placeholder="新标签名" value={tagName} onChange={(e: any) => setTagName(e.target.value)} />
                <Button size="S" disabled={busy || !tagName} onClick={() => act(() => post(`${base}/tags`, { name: tagName }), '标签已创建')}>
                  新建
                </Button>
              </Flex>
            )}
          </Box>
        </Box>
        <Box flex="1">
          <Flex gap={2} paddingBottom={3}>
            <TextInput
              aria-label="搜索"
              placeholder="姓名或 UserID"
              value={filter.q}
              onChange={(e: any) => setFilter({ ...filter, q: e.target.value, page: 1 })}
            />
            <SingleSelect
              aria-label="标签"
              placeholder="全部标签"
              value={filter.tag}
              onChange={(v: any) => setFilter({ ...filter, tag: String(v ?? ''), page: 1 })}
            >
              <SingleSelectOption value="">全部标签</SingleSelectOption>
              {tags.map((t) => (
                <SingleSelectOption key={t.tagId} value={String(t.tagId)}>
                  {t.name}
                </SingleSelectOption>
              ))}
            </SingleSelect>
            <SingleSelect
              aria-label="状态"
              placeholder="全部状态"
              value={filter.status}
              onChange={(v: any) => setFilter({ ...filter, status: String(v ?? ''), page: 1 })}
            >
              <SingleSelectOption value="">全部状态</SingleSelectOption>
              {Object.entries(STATUS).map(([k, v]) => (
                <SingleSelectOption key={k} value={k}>
                  {v}
                </SingleSelectOption>
              ))}
            </SingleSelect>
            <Typography textColor="neutral600">{`共 ${total} 人`}</Typography>
          </Flex>
          <DataTable
            columns={[
              { title: 'UserID', cell: (m) => m.userid },
              { title: '姓名', cell: (m) => m.name ?? '（未能读取详情）' },
              { title: '部门', cell: (m) => m.departments.map(name).join('、') },
              { title: '职务', cell: (m) => m.position },
              { title: '手机', cell: (m) => m.mobile },
              { title: '状态', cell: (m) => STATUS[m.status ?? 0] },
              {
                title: '',
                cell: (m) =>
                  allowedActions.canUpdate && (
                    <Button size="S" variant="danger-light" disabled={busy} onClick={() => act(() => del(`${base}/members/${m.userid}`), '已办理离职')}>
                      离职
                    </Button>
                  ),
              },
            ]}
            rows={members}
            rowKey={(m) => m.userid}
          />
          <Pager page={filter.page} total={total} unit="位成员" onPage={(page) => setFilter({ ...filter, page })} />
          {allowedActions.canUpdate && (
            <Flex gap={2} paddingTop={4} alignItems="flex-end">
              {(['userid', 'name', 'position', 'mobile'] as const).map((k) => (
                <Field.Root key={k}>
                  <Field.Label>{{ userid: 'UserID', name: '姓名', position: '职务', mobile: '手机' }[k]}</Field.Label>
                  <TextInput value={form[k]} onChange={(e: any) => setForm({ ...form, [k]: e.target.value })} />
                </Field.Root>
              ))}
              <Button disabled={busy} onClick={addMember}>
                {`添加到「${selected ? name(selected) : '根部门'}」`}
              </Button>
            </Flex>
          )}
          {corpId && <ImportPanel base={base} canImport={Boolean(allowedActions.canImport)} onDone={() => load().catch(() => undefined)} />}
        </Box>
      </Flex>
    </Box>
  );
};

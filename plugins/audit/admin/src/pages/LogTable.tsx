import { useEffect, useState } from 'react';
import { Box, Button, Field, Flex, Modal, SingleSelect, SingleSelectOption, Typography } from '@strapi/design-system';
import { useFetchClient } from '@strapi/strapi/admin';
import { DataTable, ErrorAlert, Pager, useApi, type Column } from '@wedraw/kit/admin';

type Row = Record<string, any>;

/** One log list: where it comes from, its filters, its columns. */
export interface LogView {
  url: string;
  file: string;
  results: Record<string, string>;
  filters: { key: string; label: string }[];
  columns: Column<Row>[];
  detail: boolean;
}

const time = (r: Row) => new Date(r.at).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai' });

export const LOGIN_LOG_VIEW: LogView = {
  url: '/audit/login-logs',
  file: '登录日志',
  results: { success: '成功', failure: '失败', captcha: '验证码未通过', locked: '已锁定', logout: '退出' },
  filters: [
    { key: 'admin', label: '管理员（邮箱或 ID）' },
    { key: 'ip', label: 'IP' },
  ],
  columns: [
    { title: '时间', cell: time },
    { title: '邮箱', cell: (r) => r.email ?? '' },
    { title: 'IP', cell: (r) => r.ip ?? '' },
    { title: '设备', cell: (r) => r.userAgent ?? '' },
    { title: '结果', cell: (r) => LOGIN_LOG_VIEW.results[r.result] ?? r.result },
    { title: '原因', cell: (r) => r.reason ?? '' },
  ],
  detail: false,
};

export const OPERATION_LOG_VIEW: LogView = {
  url: '/audit/operation-logs',
  file: '操作日志',
  results: { success: '成功', failure: '失败' },
  filters: [
    { key: 'admin', label: '管理员（邮箱或 ID）' },
    { key: 'module', label: '模块' },
  ],
  columns: [
    { title: '时间', cell: time },
    { title: '管理员', cell: (r) => String(r.admin ?? '').replace(/^admin:\d*:/, '') },
    { title: '模块', cell: (r) => r.module },
    { title: '操作', cell: (r) => r.operation },
    { title: '状态码', cell: (r) => String(r.status) },
    { title: '耗时', cell: (r) => `${r.durationMs} 毫秒` },
  ],
  detail: true,
};

const PAGE_SIZE = 20;

/** Stored parameters, indented when they are whole JSON (a cut one is shown as stored). */
const pretty = (params: string | null) => {
  if (!params) return '（无）';
  try {
    return JSON.stringify(JSON.parse(params), null, 2);
  } catch {
    return params;
  }
};

/** A log list with filters (admin, module or IP, result, time range), paging, CSV export and a detail. */
export function LogTable({ view, canExport }: { view: LogView; canExport: boolean }) {
  const api = useApi();
  const { get } = useFetchClient();
  const [filters, setFilters] = useState<Record<string, string>>({ result: '', from: '', to: '' });
  const [page, setPage] = useState(1);
  const [rows, setRows] = useState<Row[]>([]);
  const [total, setTotal] = useState(0);
  const [detail, setDetail] = useState<Row | null>(null);
  const params = () => {
    const p: Record<string, unknown> = Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== ''));
    for (const k of ['from', 'to']) if (p[k]) p[k] = new Date(String(p[k])).toISOString();
    return p;
  };
  const load = async () => {
    const res = await api.getPage<Row[]>(view.url, { ...params(), page, pageSize: PAGE_SIZE });
    if (res) {
      setRows(res.data);
      setTotal(res.meta.pagination.total);
    }
  };
  useEffect(() => {
    void load();
  }, [page]);
  const download = async () => {
    try {
      const res = await get(`${view.url}/export`, { params: params(), responseType: 'blob' } as any);
      const link = document.createElement('a');
      link.href = URL.createObjectURL(res.data as Blob);
      link.download = `${view.file}.csv`;
      link.click();
      URL.revokeObjectURL(link.href);
    } catch {
      api.setError('导出失败，请稍后再试');
    }
  };
  const set = (k: string) => (e: any) => setFilters({ ...filters, [k]: e.target.value });
  return (
    <Flex direction="column" alignItems="stretch" gap={3}>
      <ErrorAlert error={api.error} onClose={() => api.setError(null)} />
      <Flex gap={2} alignItems="flex-end" wrap="wrap">
        {view.filters.map((f) => (
          <Field.Root key={f.key} name={f.key}>
            <Field.Label>{f.label}</Field.Label>
            <Field.Input value={filters[f.key] ?? ''} onChange={set(f.key)} />
          </Field.Root>
        ))}
        <Field.Root name="result">
          <Field.Label>结果</Field.Label>
          <SingleSelect value={filters.result} placeholder="全部" onChange={(v: string | number) => setFilters({ ...filters, result: String(v) })}>
            <SingleSelectOption value="">全部</SingleSelectOption>
            {Object.entries(view.results).map(([value, label]) => (
              <SingleSelectOption key={value} value={value}>
                {label}
              </SingleSelectOption>
            ))}
          </SingleSelect>
        </Field.Root>
        <Field.Root name="from">
          <Field.Label>开始时间</Field.Label>
          <Field.Input type="datetime-local" value={filters.from} onChange={set('from')} />
        </Field.Root>
        <Field.Root name="to">
          <Field.Label>结束时间</Field.Label>
          <Field.Input type="datetime-local" value={filters.to} onChange={set('to')} />
        </Field.Root>
        <Button onClick={() => (page === 1 ? load() : setPage(1))}>查询</Button>
        {canExport && (
          <Button variant="secondary" onClick={download}>
            导出 CSV
          </Button>
        )}
      </Flex>
      <Typography>共 {total} 条</Typography>
      <DataTable
        columns={[
          ...view.columns,
          ...(view.detail
            ? [
                {
                  title: '',
                  cell: (r: Row) => (
                    <Button variant="tertiary" size="S" onClick={async () => setDetail(await api.get<Row>(`${view.url}/${r.id}`))}>
                      详情
                    </Button>
                  ),
                },
              ]
            : []),
        ]}
        rows={rows}
        rowKey={(r) => r.id}
        empty="没有符合条件的记录"
      />
      <Pager page={page} pageSize={PAGE_SIZE} total={total} onPage={setPage} />
      {detail && (
        <Modal.Root open onOpenChange={() => setDetail(null)}>
          <Modal.Content>
            <Modal.Header>
              <Modal.Title>
                {detail.module} · {detail.operation}
              </Modal.Title>
            </Modal.Header>
            <Modal.Body>
              <Flex direction="column" alignItems="stretch" gap={2}>
                <Typography>
                  {detail.method} {detail.url}
                </Typography>
                <Typography>
                  IP：{detail.ip}，状态码：{detail.status}，耗时：{detail.durationMs} 毫秒
                </Typography>
                {detail.error && <Typography textColor="danger600">错误：{detail.error}</Typography>}
                <Typography variant="sigma">参数（已脱敏）</Typography>
                <Box background="neutral100" padding={2}>
                  <pre style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>{pretty(detail.params)}</pre>
                </Box>
              </Flex>
            </Modal.Body>
            <Modal.Footer>
              <Button onClick={() => setDetail(null)}>关闭</Button>
            </Modal.Footer>
          </Modal.Content>
        </Modal.Root>
      )}
    </Flex>
  );
}

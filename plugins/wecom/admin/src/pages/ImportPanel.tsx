import { useEffect, useRef, useState } from 'react';
import { Badge, Box, Button, Flex, ProgressBar, Typography } from '@strapi/design-system';
import { useFetchClient } from '@strapi/strapi/admin';
import { DataTable, ErrorAlert, errorMessage } from '@wedraw/kit/admin';

interface RowResult {
  row: number;
  userid: string;
  name: string;
  status: 'pending' | 'created' | 'updated' | 'failed';
  message: string;
}
interface Job {
  documentId: string;
  fileName: string | null;
  status: 'running' | 'completed' | 'failed';
  total: number;
  percentage: number;
  succeeded: number;
  failed: number;
  error: { message: string } | null;
  createdAt: string;
  results?: RowResult[];
}
interface Template {
  fileName: string;
  csv: string;
  columns: { header: string; required: boolean; hint: string }[];
}

const STATUS = { running: '导入中', completed: '已完成', failed: '失败' } as const;
const ROW = { pending: '处理中', created: '已创建', updated: '已更新', failed: '失败' } as const;
const SHOWN = 200;

/** 批量导入: the template, a CSV checked then imported through WeCom, its progress and the result of every row. */
export const ImportPanel = ({ base, canImport, onDone }: { base: string; canImport: boolean; onDone: () => void }) => {
  const { get, post } = useFetchClient();
  const [template, setTemplate] = useState<Template | null>(null);
  const [job, setJob] = useState<Job | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [onlyFailed, setOnlyFailed] = useState(false);
  const [busy, setBusy] = useState(false);
  const file = useRef<HTMLInputElement>(null);

  useEffect(() => {
    get<{ data: Template }>(`${base}/member-imports/template`)
      .then((r) => setTemplate(r.data.data))
      .catch(() => undefined);
    get<{ data: Job[] }>(`${base}/member-imports?pageSize=1`)
      .then((r) => r.data.data[0] && load(r.data.data[0].documentId))
      .catch(() => undefined);
  }, [base]);

  const load = async (documentId: string) => {
    const next = (await get<{ data: Job }>(`/wecom/member-imports/${documentId}`)).data.data;
    setJob(next);
    return next;
  };
  useEffect(() => {
    if (job?.status !== 'running') return undefined;
    const timer = setInterval(() => {
      load(job.documentId)
        .then((next) => next.status !== 'running' && onDone())
        .catch(() => undefined);
    }, 1000);
    return () => clearInterval(timer);
  }, [job?.documentId, job?.status]);

  const download = () => {
    if (!template) return;
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([template.csv], { type: 'text/csv;charset=utf-8' }));
    link.download = template.fileName;
    link.click();
    URL.revokeObjectURL(link.href);
  };

  const upload = async (chosen: File | undefined) => {
    if (!chosen) return;
    setBusy(true);
    setError(null);
    try {
      const csv = await chosen.text();
      const started = (await post<{ data: Job }>(`${base}/member-imports`, { csv, fileName: chosen.name })).data.data;
      await load(started.documentId);
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
      if (file.current) file.current.value = '';
    }
  };

  const rows = (job?.results ?? []).filter((r) => !onlyFailed || r.status === 'failed');
  return (
    <Box paddingTop={6}>
      <Typography variant="delta" tag="h3">
        批量导入成员
      </Typography>
      <Typography tag="p" textColor="neutral600" paddingTop={1} paddingBottom={2}>
        {`下载模板，按列填写后上传（UTF-8 编码的 CSV）。整份文件先校验，有错误时逐行指出、不会提交；校验通过后交给企业微信异步导入，已有帐号的成员会被更新。${
          template ? template.columns.map((c) => `「${c.header}」${c.hint}`).join('；') : ''
        }`}
      </Typography>
      <ErrorAlert error={error} onClose={() => setError(null)} />
      <Flex gap={2} paddingTop={2} paddingBottom={3}>
        <Button variant="secondary" disabled={!template} onClick={download}>
          下载模板
        </Button>
        {canImport && (
          <>
            <input ref={file} type="file" accept=".csv,text/csv" hidden onChange={(e) => upload(e.target.files?.[0])} />
            <Button disabled={busy || job?.status === 'running'} onClick={() => file.current?.click()}>
              上传 CSV 并导入
            </Button>
          </>
        )}
      </Flex>
      {job && (
        <Box>
          <Flex gap={3} paddingBottom={2}>
            <Badge active={job.status === 'completed'}>{STATUS[job.status]}</Badge>
            <Typography>{`${job.fileName ?? '（未命名文件）'}：共 ${job.total} 行，成功 ${job.succeeded}，失败 ${job.failed}`}</Typography>
            <Button size="S" variant="tertiary" onClick={() => setOnlyFailed(!onlyFailed)}>
              {onlyFailed ? '显示全部' : '只看失败'}
            </Button>
          </Flex>
          <ProgressBar value={job.percentage} />
          <Typography textColor="neutral600">{`${job.percentage}%`}</Typography>
          {job.error && <Typography textColor="danger600">{job.error.message}</Typography>}
          <DataTable
            columns={[
              { title: '行', cell: (r) => r.row },
              { title: '帐号', cell: (r) => r.userid },
              { title: '姓名', cell: (r) => r.name },
              { title: '结果', cell: (r) => <Typography textColor={r.status === 'failed' ? 'danger600' : undefined}>{ROW[r.status]}</Typography> },
              { title: '说明', cell: (r) => r.message },
            ]}
            rows={rows.slice(0, SHOWN)}
            rowKey={(r) => r.row}
          />
          {rows.length > SHOWN && <Typography textColor="neutral600">{`仅显示前 ${SHOWN} 行（共 ${rows.length} 行）`}</Typography>}
        </Box>
      )}
    </Box>
  );
};

import { useEffect, useState } from 'react';
import { Badge, Button, Flex, Switch, TextInput, Typography } from '@strapi/design-system';
import { useFetchClient } from '@strapi/strapi/admin';
import { DataTable, ErrorAlert, useAction, useApi } from '@wedraw/kit/admin';
import { LEVELS, OPERATORS } from './format';

interface Rule {
  documentId: string;
  code: string;
  name: string;
  metric: string;
  operator: string;
  threshold: string | number;
  forSeconds: number;
  level: string;
  channels: string[] | null;
  quietMinutes: number;
  enabled: boolean;
  builtin: boolean;
}

/** 告警规则: the built-in ones of seed 003 and the operator's; threshold, duration and switch edited in place. */
export function Rules({ canUpdate }: { canUpdate: boolean }) {
  const api = useApi();
  const { put } = useFetchClient();
  const [rows, setRows] = useState<Rule[]>([]);
  const [edits, setEdits] = useState<Record<string, { threshold: string; forSeconds: string }>>({});
  const load = async () => setRows((await api.get<Rule[]>('/ops/rules')) ?? []);
  const { act, busy } = useAction(load);
  useEffect(() => {
    void load();
  }, []);
  const edit = (r: Rule) => edits[r.documentId] ?? { threshold: String(Number(r.threshold)), forSeconds: String(r.forSeconds) };
  return (
    <Flex direction="column" alignItems="stretch" gap={3}>
      <ErrorAlert error={api.error} onClose={() => api.setError(null)} />
      <Typography textColor="neutral600">渠道为空时按级别发送：严重 → 全部已配置渠道；警告 → 企业微信群机器人 + 邮件；提示 → 企业微信群机器人。</Typography>
      <DataTable
        columns={[
          {
            title: '规则',
            cell: (r) => (
              <>
                <Typography>{r.name}</Typography> {r.builtin && <Badge>内置</Badge>}
              </>
            ),
          },
          {
            title: '条件',
            cell: (r) => (
              <Flex gap={1}>
                <Typography>
                  {r.metric} {OPERATORS[r.operator]}
                </Typography>
                <TextInput
                  aria-label="阈值"
                  size="S"
                  disabled={!canUpdate}
                  value={edit(r).threshold}
                  onChange={(e: React.ChangeEvent<HTMLInputElement>) => setEdits({ ...edits, [r.documentId]: { ...edit(r), threshold: e.target.value } })}
                />
              </Flex>
            ),
          },
          {
            title: '持续',
            cell: (r) => (
              <TextInput
                aria-label="持续秒数"
                size="S"
                disabled={!canUpdate}
                value={edit(r).forSeconds}
                onChange={(e: React.ChangeEvent<HTMLInputElement>) => setEdits({ ...edits, [r.documentId]: { ...edit(r), forSeconds: e.target.value } })}
              />
            ),
          },
          { title: '级别', cell: (r) => LEVELS[r.level] },
          { title: '渠道', cell: (r) => r.channels?.join('、') || '按级别' },
          { title: '静默期', cell: (r) => `${r.quietMinutes} 分钟` },
          {
            title: '启用',
            cell: (r) => (
              <Switch
                aria-label="启用"
                disabled={!canUpdate || busy}
                checked={r.enabled}
                onCheckedChange={(enabled: boolean) => act(() => put(`/ops/rules/${r.documentId}`, { enabled }), enabled ? '已启用' : '已停用')}
              />
            ),
          },
          {
            title: '',
            cell: (r) =>
              canUpdate &&
              edits[r.documentId] && (
                <Button
                  size="S"
                  disabled={busy}
                  onClick={() =>
                    act(async () => {
                      await put(`/ops/rules/${r.documentId}`, { threshold: Number(edit(r).threshold), forSeconds: Number(edit(r).forSeconds) });
                      setEdits(({ [r.documentId]: _, ...rest }) => rest);
                    }, '已保存')
                  }
                >
                  保存
                </Button>
              ),
          },
        ]}
        rows={rows}
        rowKey={(r) => r.documentId}
      />
    </Flex>
  );
}

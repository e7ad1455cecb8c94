import { useEffect, useRef, useState } from 'react';
import { Box, Flex, Grid, Typography } from '@strapi/design-system';
import * as echarts from 'echarts';
import { DataTable, ErrorAlert, useApi } from '@wedraw/kit/admin';
import { alertColumns, type AlertRow } from './alert-columns';
import { figure } from './format';

interface Metric {
  name: string;
  label: string;
  unit: string;
}
interface OverviewData {
  firing: AlertRow[];
  now: Record<string, number | null>;
  metrics: Metric[];
  history: Array<{ at: number; values: Record<string, number | null> }>;
}

const HEADLINES = ['wecom_account_online_ratio', 'message_success_ratio', 'queue_backlog', 'api_p99_seconds'];

/** One 24 h chart of a headline figure (ECharts). */
function Chart({ title, points, unit }: { title: string; points: Array<[number, number | null]>; unit: string }) {
  const el = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!el.current) return;
    const chart = echarts.init(el.current);
    chart.setOption({
      title: { text: title, textStyle: { fontSize: 13 } },
      grid: { left: 48, right: 16, top: 36, bottom: 28 },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'time', min: Date.now() - 24 * 3600_000, max: Date.now() },
      yAxis: { type: 'value', ...(unit === 'ratio' ? { min: 0, max: 1, axisLabel: { formatter: (v: number) => `${v * 100}%` } } : {}) },
      series: [{ type: 'line', showSymbol: points.length < 30, data: points }],
    });
    return () => chart.dispose();
  }, [title, points, unit]);
  return <div ref={el} style={{ width: '100%', height: 220 }} />;
}

/** 概览: what is firing, the headline figures now and over the last 24 h. */
export function Overview() {
  const api = useApi();
  const [data, setData] = useState<OverviewData | null>(null);
  useEffect(() => {
    const load = async () => setData(await api.get<OverviewData>('/ops/overview'));
    void load();
    const timer = setInterval(load, 15_000);
    return () => clearInterval(timer);
  }, []);
  const metric = (name: string) => data?.metrics.find((m) => m.name === name);
  return (
    <Flex direction="column" alignItems="stretch" gap={4}>
      <ErrorAlert error={api.error} onClose={() => api.setError(null)} />
      <Grid.Root gap={4}>
        {HEADLINES.map((name) => (
          <Grid.Item key={name} col={3} s={6}>
            <Box background="neutral0" padding={4} hasRadius shadow="tableShadow" width="100%">
              <Typography variant="sigma" textColor="neutral600">
                {metric(name)?.label ?? name}
              </Typography>
              <Typography variant="alpha" tag="p" data-testid={`figure-${name}`}>
                {figure(data?.now[name], metric(name)?.unit ?? '')}
              </Typography>
            </Box>
          </Grid.Item>
        ))}
      </Grid.Root>
      <Typography variant="delta">正在告警（{data?.firing.filter((a) => a.state === 'firing').length ?? 0}）</Typography>
      <DataTable columns={alertColumns()} rows={data?.firing ?? []} rowKey={(a) => a.id} empty="当前没有告警" />
      <Typography variant="delta">最近 24 小时（每 5 分钟一个点）</Typography>
      <Grid.Root gap={4}>
        {HEADLINES.map((name) => (
          <Grid.Item key={name} col={6} s={12}>
            <Box background="neutral0" padding={3} hasRadius width="100%">
              <Chart title={metric(name)?.label ?? name} unit={metric(name)?.unit ?? ''} points={(data?.history ?? []).map((p) => [p.at, p.values[name]])} />
            </Box>
          </Grid.Item>
        ))}
      </Grid.Root>
    </Flex>
  );
}

import { useEffect, useRef } from 'react';
import * as echarts from 'echarts';

export interface ChartData {
  title?: string;
  buckets: string[];
  series: Array<{ metric: string; label: string; unit?: string; values: number[] }>;
}

/** A line chart of series over buckets (ECharts, resized with its box). */
export function EChart({ data, height = 280 }: { data: ChartData; height?: number }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!box.current) return undefined;
    const chart = echarts.init(box.current);
    chart.setOption({
      animation: false,
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 48, right: 16, top: 32, bottom: 28 },
      xAxis: { type: 'category', data: data.buckets },
      yAxis: { type: 'value' },
      series: data.series.map((s) => ({ name: s.unit ? `${s.label}（${s.unit}）` : s.label, type: 'line', smooth: true, data: s.values })),
    });
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.dispose();
    };
  }, [data]);
  return <div ref={box} style={{ width: '100%', height }} data-chart={data.title ?? ''} />;
}

/** The chart's numbers as CSV (UTF-8 with BOM, for Excel). */
export function chartCsv(data: ChartData): string {
  const cell = (v: unknown) => (/[",\n]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : String(v));
  const head = ['日期', ...data.series.map((s) => (s.unit ? `${s.label}（${s.unit}）` : s.label))];
  const rows = data.buckets.map((b, i) => [b, ...data.series.map((s) => s.values[i])]);
  return `\uFEFF${[head, ...rows].map((r) => r.map(cell).join(',')).join('\r\n')}`;
}

export function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  URL.revokeObjectURL(url);
}

import { useEffect, useRef } from 'react';
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([BarChart, LineChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

export interface StatDay {
  day: string;
  newChatCnt: number;
  chatTotal: number;
  newMemberCnt: number;
  memberTotal: number;
  msgTotal: number;
}

/** Per day: new groups and new members as bars, group and member totals as lines (ECharts). */
export const GroupStatsChart = ({ days }: { days: StatDay[] }) => {
  const el = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!el.current) return undefined;
    const chart = echarts.init(el.current);
    chart.setOption({
      animation: false,
      tooltip: { trigger: 'axis' },
      legend: { data: ['新增群数', '新增群成员', '群总数', '群成员总数', '群消息数'] },
      grid: { left: 48, right: 48, bottom: 32, top: 40 },
      xAxis: { type: 'category', data: days.map((d) => d.day.slice(5)) },
      yAxis: [
        { type: 'value', name: '新增', minInterval: 1 },
        { type: 'value', name: '总数', minInterval: 1 },
      ],
      series: [
        { name: '新增群数', type: 'bar', data: days.map((d) => d.newChatCnt) },
        { name: '新增群成员', type: 'bar', data: days.map((d) => d.newMemberCnt) },
        { name: '群总数', type: 'line', yAxisIndex: 1, data: days.map((d) => d.chatTotal) },
        { name: '群成员总数', type: 'line', yAxisIndex: 1, data: days.map((d) => d.memberTotal) },
        { name: '群消息数', type: 'line', data: days.map((d) => d.msgTotal) },
      ],
    });
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.dispose();
    };
  }, [days]);
  return <div ref={el} data-testid="group-stats-chart" style={{ width: '100%', height: 320 }} />;
};

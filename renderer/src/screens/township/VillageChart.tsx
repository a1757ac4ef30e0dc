import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import { HOUSEHOLD_LINE_PERMILLE, permille, type VillageSummary } from '../../../../electron/core/contract/township.js';
import { T } from './text.js';

echarts.use([BarChart, GridComponent, LegendComponent, MarkLineComponent, TooltipComponent, CanvasRenderer]);

/** Draws `build(villages)` and redraws only when the villages change. */
function useChart(villages: VillageSummary[], build: (villages: VillageSummary[]) => echarts.EChartsCoreOption) {
  const el = useRef<HTMLDivElement>(null);
  const buildRef = useRef(build);
  useEffect(() => {
    if (!el.current) return;
    const chart = echarts.init(el.current);
    chart.setOption(buildRef.current(villages));
    const onResize = () => chart.resize();
    window.addEventListener('resize', onResize);
    return () => {
      window.removeEventListener('resize', onResize);
      chart.dispose();
    };
  }, [villages]);
  return el;
}

const perMilleLabel = (v: number) => `${Math.floor(v / 10)}%`;

/** Participation rate per village in rank order, with the 85 % household line. */
export function RateChart({ villages }: { villages: VillageSummary[] }) {
  const el = useChart(villages, (villages) => ({
    tooltip: { trigger: 'axis', valueFormatter: (v: number) => `${Math.floor(v / 10)}.${v % 10}%` },
    grid: { left: 56, right: 16, top: 16, bottom: 32 },
    xAxis: { type: 'category', data: villages.map((v) => v.name) },
    yAxis: { type: 'value', max: 1000, interval: 250, axisLabel: { formatter: perMilleLabel } },
    series: [
      {
        name: T.chart,
        type: 'bar',
        barMaxWidth: 48,
        data: villages.map((v) => {
          const value = permille(v.participating, v.households);
          return { value, itemStyle: { color: value < HOUSEHOLD_LINE_PERMILLE ? '#cf1322' : '#389e0d' } };
        }),
        markLine: { silent: true, symbol: 'none', data: [{ yAxis: HOUSEHOLD_LINE_PERMILLE }], label: { formatter: '85%', position: 'insideEndTop' }, lineStyle: { color: '#faad14' } },
      },
    ],
  }));
  return <div ref={el} role="img" aria-label={T.chart} style={{ width: '100%', height: 260 }} />;
}

/** Points issued beside points redeemed, per village. */
export function PointsChart({ villages }: { villages: VillageSummary[] }) {
  const el = useChart(villages, (villages) => ({
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 64, right: 16, top: 32, bottom: 32 },
    xAxis: { type: 'category', data: villages.map((v) => v.name) },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      { name: T.chartIssued, type: 'bar', barMaxWidth: 32, data: villages.map((v) => v.issued), itemStyle: { color: '#c0392b' } },
      { name: T.chartRedeemed, type: 'bar', barMaxWidth: 32, data: villages.map((v) => v.redeemed), itemStyle: { color: '#d48806' } },
    ],
  }));
  return <div ref={el} role="img" aria-label={T.chartPoints} style={{ width: '100%', height: 260 }} />;
}

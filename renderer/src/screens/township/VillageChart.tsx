import { BarChart } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import type { VillageSummary } from '../../../../electron/core/contract/township.js';

echarts.use([BarChart, GridComponent, TooltipComponent, CanvasRenderer]);

/** One bar per village; the chart follows the table's order. */
export function VillageChart({ villages, label }: { villages: VillageSummary[]; label: string }) {
  const el = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!el.current) return;
    const chart = echarts.init(el.current);
    chart.setOption({
      tooltip: { trigger: 'axis' },
      grid: { left: 48, right: 16, top: 16, bottom: 32 },
      xAxis: { type: 'category', data: villages.map((v) => v.name) },
      yAxis: { type: 'value', minInterval: 1 },
      series: [{ name: label, type: 'bar', barMaxWidth: 48, data: villages.map((v) => v.households), itemStyle: { color: '#c0392b' } }],
    });
    const onResize = () => chart.resize();
    window.addEventListener('resize', onResize);
    return () => {
      window.removeEventListener('resize', onResize);
      chart.dispose();
    };
  }, [villages, label]);
  return <div ref={el} role="img" aria-label={label} style={{ width: '100%', height: 260 }} />;
}

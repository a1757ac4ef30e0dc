import { CHECKLIST_LABELS, CHECKLIST_CODES, type ChecklistCode } from '../../../../electron/core/contract/checklist.js';
import { formatPerMille, HOUSEHOLD_LINE_PERMILLE, type VillageStats } from '../../../../electron/core/contract/stats.js';
import type { ChartOption } from './EChart.js';
import { T } from './text.js';

/** The lists that have points in the period, in the lists' own order. */
export function listsIn(stats: VillageStats): ChecklistCode[] {
  return CHECKLIST_CODES.filter((c) => stats.byList.some((r) => r.code === c));
}

/** Net points of a list in a month (0 when none). */
export function listPoints(stats: VillageStats, code: ChecklistCode, month: string): number {
  return stats.byList.find((r) => r.code === code && r.month === month)?.points ?? 0;
}

export function participationOption(stats: VillageStats): ChartOption {
  return {
    tooltip: { trigger: 'axis', valueFormatter: (v: number) => formatPerMille(v) },
    grid: { left: 60, right: 24, top: 24, bottom: 32 },
    xAxis: { type: 'category', data: stats.months.map(T.monthLabel) },
    yAxis: { type: 'value', min: 0, max: 1000, axisLabel: { formatter: formatPerMille } },
    series: [
      {
        name: T.participation.series,
        type: 'line',
        data: stats.participation.map((p) => p.perMille),
        label: { show: true, formatter: (p: { value: number }) => formatPerMille(p.value) },
        markLine: { silent: true, symbol: 'none', data: [{ yAxis: HOUSEHOLD_LINE_PERMILLE }], label: { formatter: T.participation.line, position: 'insideEndTop' }, lineStyle: { color: '#faad14' } },
      },
    ],
  };
}

/** Month on the x axis, a value on the y axis, legend on top: the frame of every per-month chart with series. */
function monthlyAxes(stats: VillageStats): ChartOption {
  return {
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 60, right: 24, top: 40, bottom: 32 },
    xAxis: { type: 'category', data: stats.months.map(T.monthLabel) },
    yAxis: { type: 'value' },
  };
}

export function listsOption(stats: VillageStats): ChartOption {
  return {
    ...monthlyAxes(stats),
    series: listsIn(stats).map((code) => ({ name: CHECKLIST_LABELS[code], type: 'bar', stack: 'points', data: stats.months.map((m) => listPoints(stats, code, m)) })),
  };
}

export function topItemsOption(stats: VillageStats): ChartOption {
  const items = [...stats.topItems].reverse();
  return {
    tooltip: { trigger: 'axis' },
    grid: { left: 200, right: 40, top: 8, bottom: 24 },
    xAxis: { type: 'value' },
    yAxis: { type: 'category', data: items.map((i) => i.itemName), axisLabel: { width: 190, overflow: 'truncate' } },
    series: [{ name: T.topItems.cols.entries, type: 'bar', data: items.map((i) => i.entries), label: { show: true, position: 'right' } }],
  };
}

export function shopOption(stats: VillageStats): ChartOption {
  return {
    ...monthlyAxes(stats),
    series: [
      { name: T.shop.redeemed, type: 'bar', data: stats.shop.months.map((m) => m.points) },
      { name: T.shop.donated, type: 'bar', data: stats.shop.months.map((m) => m.donatedPoints) },
    ],
  };
}

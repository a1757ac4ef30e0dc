import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { completionRate, type DueItem } from '../../checklist/cadence.js';
import { formatDate, grid, pageSet, signed } from '../layout.js';
import type { PublicationOptions } from './householdPoints.js';

export interface CadreWeekRow {
  name: string;
  post: string;
  /** Items the cadre owns that fell due in the week by cadence, or per-time items done in it. */
  duties: DueItem[];
  due: number;
  done: number;
  rate: number | null;
  /** Every entry of the cadre in the week, owned items or not. */
  total: number;
}

export interface DutyWeeklyData {
  villageName: string;
  week: { from: string; to: string };
  cadres: CadreWeekRow[];
}

/** One line per item: 已完成 with the points, or 未完成; several due periods read 2/4. */
export function dueLine(i: DueItem): string {
  const count = i.due > 1 ? ` ${i.done}/${i.due}` : '';
  if (i.due === 0) return `已完成  ${i.name}  ${signed(i.points)}`;
  if (i.done === 0) return `未完成  ${i.name}${count}`;
  return `已完成  ${i.name}${count}  ${signed(i.points)}`;
}

export const rateText = (rate: number | null) => (rate === null ? '—' : `${rate}%`);

/** The per-cadre duty block: items due by cadence, done or open, and the completion rate. */
export function dutyBlock(cadres: Omit<CadreWeekRow, 'total'>[], totals: number[], totalLabel: string): Content {
  const rows: Content[][] = cadres.map((c, i) => [
    { text: String(i + 1), alignment: 'center' },
    { text: c.name, bold: true },
    c.post,
    c.duties.length ? { stack: c.duties.map((d) => ({ text: dueLine(d), color: d.due > 0 && d.done < d.due ? '#b00020' : undefined })) } : { text: '本期没有到期事项', style: 'note' },
    { text: `${c.done}/${c.due} ${rateText(c.rate)}`, alignment: 'center' },
    { text: signed(totals[i] ?? 0), bold: true, alignment: 'right' },
  ]);
  return grid([26, 48, 56, '*', 66, 48], ['序号', '姓名', '职务', '应完成事项（按周期）', '完成率', totalLabel], rows);
}

/** 干部履职积分周公示: per cadre the items due that week, done or open, the completion rate and the week's points. */
export function dutyWeeklyPublication(data: DutyWeeklyData, options: PublicationOptions): TDocumentDefinitions {
  const period = `${formatDate(data.week.from)}至${formatDate(data.week.to)}`;
  const due = data.cadres.reduce((n, c) => n + c.due, 0);
  const done = data.cadres.reduce((n, c) => n + c.done, 0);
  return pageSet({
    paper: options.paper ?? 'A4',
    frame: { villageName: data.villageName, title: '干部履职积分周公示', period, printDate: options.printDate },
    createdAt: options.createdAt,
    content: [
      { text: `${data.villageName}干部履职积分周公示`, style: 'title' },
      { text: period, style: 'subtitle' },
      dutyBlock(data.cadres, data.cadres.map((c) => c.total), '本周积分'),
      { text: `全村本周应完成 ${due} 项，已完成 ${done} 项，完成率 ${rateText(completionRate(done, due))}。每周、每月、每季度、每年的事项在其周期结束的那一周列出；按次事项完成后列出。`, style: 'note', margin: [0, 6, 0, 0] },
    ],
  });
}

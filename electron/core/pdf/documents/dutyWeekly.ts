import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { formatDate, grid, pageSet, signed } from '../layout.js';
import type { PublicationOptions } from './householdPoints.js';

export interface CadreWeekRow {
  name: string;
  post: string;
  /** Duty items done that week, in date order. */
  items: { date: string; item: string; points: number }[];
  total: number;
}

export interface DutyWeeklyData {
  villageName: string;
  week: { from: string; to: string };
  cadres: CadreWeekRow[];
}

const short = (date: string) => `${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`;

/** 干部履职积分周公示: each cadre's items done and points that week. */
export function dutyWeeklyPublication(data: DutyWeeklyData, options: PublicationOptions): TDocumentDefinitions {
  const period = `${formatDate(data.week.from)}至${formatDate(data.week.to)}`;
  const rows: Content[][] = data.cadres.map((c, i) => [
    { text: String(i + 1), alignment: 'center' },
    { text: c.name, bold: true },
    c.post,
    c.items.length
      ? { stack: c.items.map((it) => ({ text: `${short(it.date)}  ${it.item}  ${signed(it.points)}` })) }
      : { text: '本周无记录', style: 'note' },
    { text: signed(c.total), bold: true, alignment: 'right' },
  ]);
  return pageSet({
    paper: options.paper ?? 'A4',
    frame: { villageName: data.villageName, title: '干部履职积分周公示', period, printDate: options.printDate },
    createdAt: options.createdAt,
    content: [
      { text: `${data.villageName}干部履职积分周公示`, style: 'title' },
      { text: period, style: 'subtitle' },
      grid([30, 60, 60, '*', 60], ['序号', '姓名', '职务', '完成事项及积分', '本周积分'], rows),
    ],
  });
}

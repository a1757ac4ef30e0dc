import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { grid, pageSet, signed } from '../layout.js';
import type { PublicationOptions } from './householdPoints.js';

export interface DutyListItem {
  name: string;
  points: number;
  /** e.g. 次, 月 */
  unit: string;
  responsible: string[];
}

export interface DutyListData {
  villageName: string;
  /** e.g. 2026年 */
  periodLabel: string;
  lists: { name: string; items: DutyListItem[] }[];
}

/** 清单事项及责任人: every duty item with its value and the people answerable for it, for the office wall. */
export function dutyListDocument(data: DutyListData, options: PublicationOptions): TDocumentDefinitions {
  const content: Content[] = [
    { text: `${data.villageName}清单事项责任分工`, style: 'title' },
    { text: data.periodLabel, style: 'subtitle' },
  ];
  for (const list of data.lists) {
    content.push({ text: `${list.name}（${list.items.length} 项）`, style: 'heading' });
    content.push(
      grid(
        [30, '*', 70, 120],
        ['序号', '事项', '分值', '责任人'],
        list.items.map((it, i) => [
          { text: String(i + 1), alignment: 'center' },
          it.name,
          { text: `${signed(it.points)} 分/${it.unit}`, alignment: 'center' },
          it.responsible.length ? it.responsible.join('、') : { text: '未指定', color: '#c00000' },
        ]),
      ),
    );
  }
  return pageSet({
    paper: options.paper ?? 'A4',
    frame: { villageName: data.villageName, title: '清单事项责任分工', period: data.periodLabel, printDate: options.printDate },
    createdAt: options.createdAt,
    content,
  });
}

import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { COLORS, formatDate, grid, pageSet, PAPERS, signed } from '../layout.js';
import type { PublicationOptions } from './householdPoints.js';

export interface UpcomingActivity {
  date: string;
  name: string;
  /** Points for taking part, e.g. +2; null when the item is graded. */
  points: number | null;
}

/** One household's month on a slip. */
export interface HouseholdSlip {
  number: string;
  headName: string;
  entries: { date: string; summary: string; points: number }[];
  awarded: number;
  deducted: number;
  /** 可用积分 at the month's end. */
  available: number;
  /** 累计积分 at the month's end. */
  earned: number;
}

export interface HouseholdSlipsData {
  villageName: string;
  /** e.g. 2026年3月 */
  monthLabel: string;
  groups: { name: string; households: HouseholdSlip[] }[];
  activities: UpcomingActivity[];
  objectionPlace: string;
}

/** A dashed rule across the page: where the group leader cuts one slip from the next. */
export function cutLine(width: number): Content {
  return {
    margin: [0, 6, 0, 6],
    stack: [
      { canvas: [{ type: 'line', x1: 0, y1: 4, x2: width, y2: 4, lineWidth: 0.6, dash: { length: 4, space: 3 }, lineColor: COLORS.rule }] },
      { text: '沿虚线剪开', fontSize: 7, color: COLORS.muted, alignment: 'right' },
    ],
  };
}

const shortDate = (d: string) => `${Number(d.slice(5, 7))}月${Number(d.slice(8, 10))}日`;

export function activityLine(a: UpcomingActivity): string {
  return `${shortDate(a.date)} ${a.name}${a.points === null ? '' : `（参加 ${signed(a.points)} 分）`}`;
}

function slip(data: HouseholdSlipsData, groupName: string, h: HouseholdSlip, width: number): Content {
  const rows: Content[][] = h.entries.length
    ? h.entries.map((e) => [{ text: shortDate(e.date), alignment: 'center' }, e.summary, signed(e.points)])
    : [['', { text: '本月没有积分记录', style: 'note' }, '']];
  return {
    unbreakable: true,
    stack: [
      {
        columns: [
          { text: `${data.villageName}户积分告知单`, bold: true, fontSize: 12 },
          { text: data.monthLabel, alignment: 'right', bold: true },
        ],
      },
      { text: `户号：${h.number}    户主：${h.headName}    ${groupName}`, margin: [0, 3, 0, 3] },
      grid([52, '*', 48], ['日期', '事项', '积分'], rows, { numericFrom: 2 }),
      {
        text: [
          '本月加分 ',
          { text: signed(h.awarded), bold: true },
          '，扣分 ',
          { text: h.deducted ? signed(-h.deducted) : '0', bold: true },
          '，合计 ',
          { text: signed(h.awarded - h.deducted), bold: true },
          `；月末可用积分 ${h.available}，累计积分 ${h.earned}。`,
        ],
        margin: [0, 3, 0, 0],
      },
      ...(data.activities.length ? [{ text: `近期活动：${data.activities.map(activityLine).join('；')}`, margin: [0, 2, 0, 0] as [number, number, number, number] }] : []),
      { text: `只列已审核通过的记录。如有异议，请向${data.objectionPlace}反映。`, style: 'note', margin: [0, 2, 0, 0] },
      cutLine(width),
    ],
  };
}

/**
 * 户积分告知单: a slip per household, as many to an A4 page as fit, cut
 * lines between them, a group per page run so its leader gets one bundle.
 */
export function householdSlips(data: HouseholdSlipsData, options: PublicationOptions): TDocumentDefinitions {
  const width = PAPERS.A4.width - 2 * PAPERS.A4.margin;
  const content: Content[] = data.groups.flatMap((g, i) => [
    { text: `${g.name} · 户积分告知单（${g.households.length} 户，由组长分发）`, style: 'heading', margin: [0, 0, 0, 6], ...(i > 0 ? { pageBreak: 'before' as const } : {}) },
    ...g.households.map((h) => slip(data, g.name, h, width)),
  ]);
  return pageSet({
    paper: 'A4',
    frame: { villageName: data.villageName, title: '户积分告知单', period: data.monthLabel, printDate: options.printDate },
    createdAt: options.createdAt,
    content: content.length ? content : [{ text: '没有要打印的农户', style: 'subtitle' }],
  });
}

export interface ActivityNoticeData {
  villageName: string;
  groups: string[];
  activities: UpcomingActivity[];
  from: string;
}

const WEEKDAYS = ['日', '一', '二', '三', '四', '五', '六'];
function weekday(date: string): string {
  const d = new Date(Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))));
  return `星期${WEEKDAYS[d.getUTCDay()]}`;
}

/** 活动通知: one page per group in large type, for the group's notice board or the leader to read out. */
export function activityNotice(data: ActivityNoticeData, options: PublicationOptions): TDocumentDefinitions {
  const content: Content[] = data.groups.flatMap((g, i) => [
    { text: `${data.villageName}${g}`, fontSize: 22, alignment: 'center', bold: true, ...(i > 0 ? { pageBreak: 'before' as const } : {}) },
    { text: '活动通知', fontSize: 36, bold: true, alignment: 'center', margin: [0, 4, 0, 18] },
    ...(data.activities.length
      ? data.activities.map(
          (a): Content => ({
            margin: [0, 0, 0, 16],
            stack: [
              { text: `${formatDate(a.date)}（${weekday(a.date)}）`, fontSize: 20, bold: true },
              { text: a.name, fontSize: 26 },
              ...(a.points === null ? [] : [{ text: `参加活动可得 ${signed(a.points)} 分`, fontSize: 18, color: COLORS.red }]),
            ],
          }),
        )
      : [{ text: `${formatDate(data.from)}以后暂无安排的活动`, fontSize: 20, alignment: 'center' as const }]),
    { text: '欢迎各户踊跃参加！参加活动请到现场签到，积分经审核后记入本户。', fontSize: 16, margin: [0, 12, 0, 0] },
    { text: `${data.villageName}村民委员会`, fontSize: 16, alignment: 'right', margin: [0, 24, 0, 0] },
  ]);
  return pageSet({
    paper: 'A4',
    frame: { villageName: data.villageName, title: '活动通知', period: `${formatDate(data.from)}起`, printDate: options.printDate },
    createdAt: options.createdAt,
    content,
  });
}

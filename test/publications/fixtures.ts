import type { BlackBoardData, RedBoardData } from '../../electron/core/pdf/documents/boards.js';
import type { CardSheetData } from '../../electron/core/pdf/documents/cardSheet.js';
import type { DutyListData } from '../../electron/core/pdf/documents/dutyList.js';
import type { DutyWeeklyData } from '../../electron/core/pdf/documents/dutyWeekly.js';
import type { HouseholdPointsData } from '../../electron/core/pdf/documents/householdPoints.js';
import type { StatementData } from '../../electron/core/pdf/documents/statement.js';

/** A demo village's figures as the ledger would hand them to the documents. */
export const VILLAGE = '南岭村';
export const OPTIONS = { printDate: '2026-04-01', createdAt: '2026-04-01T09:00:00.000+08:00' } as const;

const SURNAMES = ['张', '王', '李', '赵', '陈', '刘', '黄', '吴', '符', '欧阳'];
const GIVEN = ['建国', '秀英', '明', '海燕', '堃', '志强', '丽', '桂兰', '文', '玉梅'];

/** n households over three groups with distinct names, points descending within the village. */
export function households(n: number) {
  return Array.from({ length: n }, (_, i) => ({
    number: `${String((i % 3) + 1).padStart(2, '0')}${String(Math.floor(i / 3) + 1).padStart(3, '0')}`,
    headName: `${SURNAMES[i % SURNAMES.length]}${GIVEN[Math.floor(i / SURNAMES.length) % GIVEN.length]}${i >= 100 ? String.fromCharCode(0x4e00 + i) : ''}`,
    groupName: ['第一村小组', '第二村小组', '第三村小组'][i % 3] as string,
    points: 60 - (i % 40),
    /** Every fifth household also lost 10 points in the period, hidden in the net. */
    deducted: i % 5 === 0 ? 10 : 0,
    cumulative: 300 - i,
  }));
}

export function pointsData(n: number, quarter = false): HouseholdPointsData {
  const hs = households(n);
  const groups = ['第一村小组', '第二村小组', '第三村小组'].map((name) => ({
    name,
    rows: hs
      .filter((h) => h.groupName === name)
      .map((h) => ({
        number: h.number,
        headName: h.headName,
        parts: quarter ? [h.points - 20, 10, 10] : [],
        awarded: h.points + h.deducted,
        deducted: h.deducted,
        points: h.points,
        cumulative: h.cumulative,
        rank: hs.filter((o) => o.points > h.points).length + 1,
      })),
  }));
  return {
    villageName: VILLAGE,
    periodLabel: quarter ? '2026年第一季度' : '2026年3月',
    partLabels: quarter ? ['1月', '2月', '3月'] : [],
    groups,
    publicity: { from: '2026-04-01', to: '2026-04-07' },
    objectionPlace: '村务监督委员会（村委会办公室）',
    // the period's points of each cadre beside the same duty block as the weekly notice
    cadres: dutyWeek.cadres.map((c, i) => ({ ...c, total: quarter ? [86, 79, 0][i]! : [30, 21, 0][i]! })),
  };
}

export const cards: CardSheetData = { villageName: VILLAGE, households: households(11) };

export const dutyWeek: DutyWeeklyData = {
  villageName: VILLAGE,
  week: { from: '2026-03-09', to: '2026-03-15' },
  cadres: [
    {
      name: '王书记',
      post: '书记',
      duties: [
        { itemId: 1, name: '组织党员集中学习', checklistCode: 'party', cadence: 'weekly', due: 1, done: 1, points: 5 },
        { itemId: 2, name: '入户走访困难群众', checklistCode: 'service', cadence: 'per-time', due: 0, done: 0, points: 3 },
      ],
      due: 1,
      done: 1,
      rate: 100,
      total: 8,
    },
    {
      name: '符主任',
      post: '主任',
      duties: [
        { itemId: 3, name: '环境卫生巡查', checklistCode: 'service', cadence: 'weekly', due: 1, done: 1, points: 2 },
        { itemId: 4, name: '村务公开', checklistCode: 'duty', cadence: 'monthly', due: 1, done: 0, points: 0 },
      ],
      due: 2,
      done: 1,
      rate: 50,
      total: 2,
    },
    { name: '黄委员', post: '委员', duties: [], due: 0, done: 0, rate: null, total: 0 },
  ],
};

export const dutyList: DutyListData = {
  villageName: VILLAGE,
  periodLabel: '2026年',
  lists: [
    { name: '党建引领清单', items: [{ name: '组织党员集中学习', value: '+5 分（每次）', responsible: ['王书记'] }, { name: '发展党员', value: '+3 分（每人）', responsible: [] }] },
    { name: '依法履职清单', items: [{ name: '环境卫生巡查', value: '优秀 +3 / 合格 +1（每次巡查）', responsible: ['符主任', '黄委员'] }] },
  ],
};

export const red: RedBoardData = {
  villageName: VILLAGE,
  periodLabel: '2026年第一季度',
  households: households(10).map((h, i) => ({ rank: i + 1, name: h.headName, groupName: h.groupName, points: h.points })),
  deeds: [{ name: '陈秀英', groupName: '第二村小组', deed: '拾金不昧，归还失主现金 2000 元' }],
};

export const black: BlackBoardData = {
  villageName: VILLAGE,
  periodLabel: '2026年3月',
  mode: 'maskedNames',
  households: [
    { name: '赵志强', groupName: '第一村小组', deductions: 2 },
    { name: '欧阳玉梅', groupName: '第三村小组', deductions: 1 },
  ],
};

export const statements: StatementData = {
  villageName: VILLAGE,
  from: '2026-01-01',
  to: '2026-03-31',
  households: households(2).map((h) => ({
    number: h.number,
    headName: h.headName,
    groupName: h.groupName,
    opening: 100,
    rows: [
      { date: '2026-01-05', summary: '门前三包达标', change: 10, balance: 110 },
      { date: '2026-02-10', summary: '兑换 洗衣粉 ×2', change: -30, balance: 80 },
      { date: '2026-03-02', summary: '参加义务劳动', change: 5, balance: 85 },
    ],
    closing: 85,
  })),
};

import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { starText, starTitle, type StarList } from '../contract/stats.js';
import { COLORS, formatDate, grid, pageSet, PAPERS } from '../pdf/layout.js';

export interface StarDocOptions {
  villageName: string;
  printDate: string;
  createdAt: string;
}

const title = (year: number) => `${year}年度星级文明户`;

/** 星级文明户名单: by star level, most stars first, with the thresholds that decided it. */
export function starListDocument(list: StarList, o: StarDocOptions): TDocumentDefinitions {
  const thresholds = list.rule?.thresholds ?? [];
  const content: Content[] = [
    { text: `${o.villageName}${title(list.year)}名单`, style: 'title' },
    { text: `评定标准（${list.year}年累计积分）：${thresholds.map((t, i) => `${starText(i + 1)} ${t} 分以上`).join('；')}`, style: 'subtitle' },
  ];
  for (let stars = thresholds.length; stars >= 1; stars--) {
    const rows = list.rows.filter((r) => r.stars === stars);
    content.push({ text: `${starTitle(stars)}（${rows.length} 户）`, style: 'heading' });
    if (rows.length === 0) {
      content.push({ text: '无', style: 'note' });
      continue;
    }
    content.push(
      grid(
        [34, 56, '*', '*', 60, 80],
        ['序号', '户号', '户主', '村小组', '年度积分', '星级'],
        rows.map((r, i) => [
          { text: String(i + 1), alignment: 'center' },
          { text: r.number, alignment: 'center' },
          r.headName,
          r.groupName,
          String(r.points),
          { text: starText(r.stars), color: COLORS.gold, alignment: 'center' },
        ]),
        { numericFrom: 4 },
      ),
    );
  }
  return pageSet({
    paper: 'A4',
    frame: { villageName: o.villageName, title: `${title(list.year)}名单`, period: `${list.year}年`, printDate: o.printDate },
    createdAt: o.createdAt,
    content,
  });
}

/** One certificate per A5 landscape page, framed, for households with at least `minStars` stars. */
export function starCertificatesDocument(list: StarList, minStars: number, o: StarDocOptions): TDocumentDefinitions {
  const rows = list.rows.filter((r) => r.stars >= minStars);
  const { width, height } = { width: PAPERS.A5.height, height: PAPERS.A5.width };
  const content: Content[] = rows.map((r, i) => ({
    margin: [24, 0, 24, 0],
    stack: [
      { text: '荣 誉 证 书', fontSize: 30, bold: true, color: COLORS.red, alignment: 'center', margin: [0, 10, 0, 14] },
      {
        text: [
          { text: `${r.headName}`, bold: true, fontSize: 16 },
          ` 户（${r.groupName}，户号 ${r.number}）：`,
        ],
        fontSize: 14,
      },
      {
        text: `在${list.year}年度清单积分工作中累计获得 ${r.points} 分，经评定为`,
        fontSize: 14,
        margin: [28, 8, 0, 6],
      },
      { text: starText(r.stars), fontSize: 30, color: COLORS.gold, alignment: 'center' },
      { text: starTitle(r.stars), fontSize: 22, bold: true, color: COLORS.red, alignment: 'center', margin: [0, 2, 0, 8] },
      { text: '特发此证，以资鼓励。', fontSize: 14, margin: [28, 0, 0, 18] },
      { text: `${o.villageName}村民委员会`, fontSize: 14, alignment: 'right' },
      { text: formatDate(o.printDate), fontSize: 12, alignment: 'right' },
    ],
    ...(i < rows.length - 1 ? { pageBreak: 'after' as const } : {}),
  }));
  return pageSet({
    paper: 'A5',
    orientation: 'landscape',
    frame: null,
    createdAt: o.createdAt,
    content: content.length ? content : [{ text: '没有达到该星级的农户', style: 'subtitle' }],
    extraTop: 8,
    background: () => ({
      canvas: [
        { type: 'rect', x: 14, y: 14, w: width - 28, h: height - 28, lineWidth: 3, lineColor: COLORS.red },
        { type: 'rect', x: 20, y: 20, w: width - 40, h: height - 40, lineWidth: 0.8, lineColor: COLORS.gold },
      ],
    }),
  });
}

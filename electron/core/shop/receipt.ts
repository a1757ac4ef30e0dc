import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { maskName } from '../contract/privacy.js';
import type { Receipt, ReceiptPaper } from '../contract/shop.js';
import { COLORS, pageSet } from '../pdf/layout.js';

export interface ReceiptOptions {
  villageName: string;
  paper: ReceiptPaper;
  maskName: boolean;
}

const VOID_MARK = '已作废';

/** 兑换凭证 as a pure definition: one roll slip (58/80 mm, grows with its lines) or an A5 sheet. */
export function receiptDocument(r: Receipt, o: ReceiptOptions): TDocumentDefinitions {
  const name = o.maskName ? maskName(r.headName) : r.headName;
  const narrow = o.paper === 'roll58';
  const row = (label: string, value: string): Content => ({ columns: [{ text: label, width: 'auto' }, { text: value, alignment: 'right' }], columnGap: 4 });
  const content: Content[] = [
    { text: `${o.villageName}积分超市`, style: 'heading', alignment: 'center', margin: [0, 0, 0, 2] },
    { text: '兑换凭证', bold: true, alignment: 'center', margin: [0, 0, 0, 4] },
    ...(r.void ? [{ text: `【${VOID_MARK}】`, bold: true, color: COLORS.red, alignment: 'center' as const, fontSize: narrow ? 14 : 18 }] : []),
    row('凭证号', r.number),
    row('户号', r.householdNumber),
    row('户主', name),
    row('村小组', r.groupName),
    ...(r.collector ? [row('代领人', o.maskName ? maskName(r.collector) : r.collector)] : []),
    {
      margin: [0, 4, 0, 4],
      table: {
        headerRows: 1,
        widths: narrow ? ['*', 'auto', 'auto'] : ['*', 'auto', 'auto', 'auto'],
        body: [
          (narrow ? ['商品', '数量', '积分'] : ['商品', '单价', '数量', '积分']).map((t) => ({ text: t, bold: true })),
          ...r.lines.map((l) =>
            narrow
              ? [`${l.name}`, `${l.quantity}${l.unit}`, { text: String(l.amount), alignment: 'right' as const }]
              : [l.name, { text: String(l.price), alignment: 'right' as const }, `${l.quantity}${l.unit}`, { text: String(l.amount), alignment: 'right' as const }],
          ),
        ],
      },
      layout: 'lightHorizontalLines',
    },
    row('合计积分', String(r.total)),
    row('兑换前可用积分', String(r.availableBefore)),
    row('兑换后可用积分', String(r.availableAfter)),
    row('收银员', r.operatorName),
    row('时间', `${r.createdAt.slice(0, 10)} ${r.createdAt.slice(11, 16)}`),
    ...(r.void
      ? [{ text: `${VOID_MARK}：${r.void.reason}（${r.void.operatorName}，${r.void.createdAt.slice(0, 10)}），积分与商品已退回`, color: COLORS.red, margin: [0, 4, 0, 0] as [number, number, number, number] }]
      : []),
    { text: '请妥善保管，如有疑问请到村委会核对。', style: 'note', margin: [0, 6, 0, 0] },
  ];
  const doc = pageSet({ paper: o.paper, frame: null, createdAt: r.createdAt, content });
  return {
    ...doc,
    info: { ...doc.info, title: `${o.villageName}兑换凭证${r.number}` },
    ...(r.void ? { watermark: { text: VOID_MARK, color: COLORS.red, opacity: 0.2, bold: true } } : {}),
  };
}

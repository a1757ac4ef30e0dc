import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { formatDate, pageSet, signed, type Paper } from '../layout.js';
import type { PublicationOptions } from './householdPoints.js';

/** One deduction, told to the household it concerns. */
export interface DeductionSlipData {
  villageName: string;
  seq: number;
  number: string;
  headName: string;
  groupName: string;
  /** The member the deduction names, if any. */
  memberName: string | null;
  date: string;
  item: string;
  points: number;
  /** Already masked: a slip leaves the office. */
  note: string;
  /** 待审核 / 已通过 — a slip may be handed over before the monthly review. */
  statusLabel: string;
  recordedBy: string;
  objectionPlace: string;
  /** Days after the slip within which an objection is taken, i.e. the 公示期 length. */
  objectionDays: number;
}

export type SlipPaper = Extract<Paper, 'A5' | 'roll58' | 'roll80'>;

function field(label: string, value: string): Content {
  return { text: [{ text: `${label}：`, bold: true }, value], margin: [0, 0, 0, 3] };
}

/**
 * 扣分告知单: the household learns of a deduction on paper, with what it was
 * for and where to object, instead of finding it netted away in the month's total.
 */
export function deductionSlip(data: DeductionSlipData, options: PublicationOptions & { paper: SlipPaper }): TDocumentDefinitions {
  const roll = options.paper !== 'A5';
  const content: Content[] = [
    { text: data.villageName, style: 'subtitle', margin: [0, 0, 0, 2] },
    { text: '扣分告知单', style: 'title' },
    { text: `编号：第 ${data.seq} 号`, style: 'note', alignment: 'center', margin: [0, 0, 0, 8] },
    field('户号', data.number),
    field('户主', data.headName),
    field('村小组', data.groupName),
    ...(data.memberName ? [field('涉及成员', data.memberName)] : []),
    field('日期', formatDate(data.date)),
    field('扣分事项', data.item),
    { text: [{ text: '扣分：', bold: true }, { text: `${signed(data.points)} 分`, bold: true, fontSize: roll ? 14 : 16 }], margin: [0, 2, 0, 5] },
    ...(data.note ? [field('情况说明', data.note)] : []),
    field('记录人', data.recordedBy),
    field('审核状态', data.statusLabel),
    {
      text: [
        '如对本次扣分有异议，请在收到本告知单之日起 ',
        { text: String(data.objectionDays), bold: true },
        ' 日内向',
        { text: data.objectionPlace, bold: true },
        '提出，由村务监督委员会核实答复。',
      ],
      margin: [0, 8, 0, 0],
    },
    { text: '扣分可通过参加志愿服务、公益活动等加分项目补回。', style: 'note', margin: [0, 4, 0, 0] },
    {
      margin: [0, roll ? 14 : 24, 0, 0],
      ...(roll
        ? { stack: [{ text: '签收人：' }, { text: '签收日期：', margin: [0, 10, 0, 0] }] }
        : { columns: [{ text: '签收人：' }, { text: '签收日期：' }, { text: `${data.villageName}村民委员会`, alignment: 'right' }] }),
    },
  ];
  return pageSet({
    paper: options.paper,
    frame: roll ? null : { villageName: data.villageName, title: '扣分告知单', period: `第 ${data.seq} 号`, printDate: options.printDate },
    createdAt: options.createdAt,
    content,
  });
}

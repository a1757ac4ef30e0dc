import type { Database } from 'better-sqlite3';
import ExcelJS from 'exceljs';
import type { FileResult } from '../contract/result.js';
import { DONOR_LABELS, type DayReport, type DonationRow, type MovementRow, type GoodsRow } from '../contract/shop.js';
import { listGoods } from './goods.js';
import { REDEMPTION_ROWS_SQL, toRedemptionRow, type RawRedemptionRow } from './redeem.js';

/** 日结: the day's redemptions per cashier; voided ones are counted apart so the cash-up adds up. */
export function dayReport(db: Database, date: string): DayReport {
  const raw = db.prepare(`${REDEMPTION_ROWS_SQL} WHERE r.date = ? ORDER BY r.id`).all(date) as RawRedemptionRow[];
  const cashiers = new Map<number, DayReport['cashiers'][number]>();
  for (const r of raw) {
    const c = cashiers.get(r.operatorId) ?? { operatorId: r.operatorId, operatorName: r.operatorName, count: 0, points: 0, voidedCount: 0, voidedPoints: 0 };
    if (r.voided === 1) {
      c.voidedCount++;
      c.voidedPoints += r.total;
    } else {
      c.count++;
      c.points += r.total;
    }
    cashiers.set(r.operatorId, c);
  }
  const goods = db
    .prepare(
      `SELECT l.goods_id AS goodsId, l.name, l.unit, sum(l.quantity) AS quantity, sum(l.quantity * l.price) AS points
       FROM redemption_lines l JOIN redemptions r ON r.id = l.redemption_id
       WHERE r.date = ? AND NOT EXISTS (SELECT 1 FROM redemption_voids v WHERE v.redemption_id = r.id)
       GROUP BY l.goods_id, l.name, l.unit ORDER BY points DESC`,
    )
    .all(date) as DayReport['goods'];
  return { date, cashiers: [...cashiers.values()], goods, rows: raw.map(toRedemptionRow) };
}

/** 商品进出: opening stock, each kind of move in the period, closing stock — per tracked goods. */
export function movementReport(db: Database, from: string, to: string): MovementRow[] {
  return db
    .prepare(
      `SELECT g.id AS goodsId, g.name, g.unit, g.category,
         coalesce(sum(CASE WHEN m.date < @from THEN m.quantity END), 0) AS opening,
         coalesce(sum(CASE WHEN m.date BETWEEN @from AND @to AND m.kind = 'purchase' THEN m.quantity END), 0) AS purchase,
         coalesce(sum(CASE WHEN m.date BETWEEN @from AND @to AND m.kind = 'donation' THEN m.quantity END), 0) AS donation,
         coalesce(sum(CASE WHEN m.date BETWEEN @from AND @to AND m.kind = 'redemption' THEN -m.quantity END), 0) AS redemption,
         coalesce(sum(CASE WHEN m.date BETWEEN @from AND @to AND m.kind = 'void' THEN m.quantity END), 0) AS void,
         coalesce(sum(CASE WHEN m.date BETWEEN @from AND @to AND m.kind = 'stocktake' THEN m.quantity END), 0) AS stocktake,
         coalesce(sum(CASE WHEN m.date <= @to THEN m.quantity END), 0) AS closing
       FROM goods g LEFT JOIN stock_moves m ON m.goods_id = g.id
       WHERE g.tracked = 1 GROUP BY g.id ORDER BY g.category, g.name`,
    )
    .all({ from, to }) as MovementRow[];
}

/** 捐赠登记: every gift with its donor, for the thank-you board. */
export function donationsReport(db: Database, from: string, to: string): DonationRow[] {
  return db
    .prepare(
      `SELECT m.id, m.date, m.donor_kind AS donorKind, m.donor_name AS donorName, g.name AS goodsName, g.unit, m.quantity,
              m.quantity * g.price AS points, m.reason AS note
       FROM stock_moves m JOIN goods g ON g.id = m.goods_id
       WHERE m.kind = 'donation' AND m.date BETWEEN ? AND ? ORDER BY m.date, m.id`,
    )
    .all(from, to) as DonationRow[];
}

type Cell = string | number;
interface Sheet {
  title: string;
  header: string[];
  widths: number[];
  rows: Cell[][];
}

async function workbook(sheets: Sheet[], fileName: string): Promise<FileResult> {
  const wb = new ExcelJS.Workbook();
  wb.creator = '村级清单积分管理系统';
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.title);
    ws.columns = s.header.map((h, i) => ({ header: h, width: s.widths[i] ?? 12 }));
    ws.getRow(1).font = { bold: true };
    ws.views = [{ state: 'frozen', ySplit: 1 }];
    for (const r of s.rows) ws.addRow(r);
  }
  const buf = Buffer.from(await wb.xlsx.writeBuffer());
  return { fileName, mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', dataBase64: buf.toString('base64') };
}

function stockSheet(goods: GoodsRow[]): Sheet {
  return {
    title: '库存清单',
    header: ['类别', '商品', '单位', '积分价格', '条码', '库存', '预警线', '状态'],
    widths: [10, 20, 8, 10, 16, 10, 10, 12],
    rows: goods
      .filter((g) => g.tracked)
      .map((g) => [g.category, g.name, g.unit, g.price, g.barcode ?? '', g.stock ?? 0, g.lowStock, `${g.active ? '' : '停用 '}${g.low ? '库存不足' : ''}`.trim()]),
  };
}

export type ReportRequest = { report: 'day' | 'movement' | 'stock' | 'donations'; date: string; from: string; to: string };

/** Each report as an .xlsx the office can print or send on. */
export async function exportReport(db: Database, villageName: string, q: ReportRequest): Promise<FileResult> {
  switch (q.report) {
    case 'day': {
      const d = dayReport(db, q.date);
      return workbook(
        [
          {
            title: '收银员汇总',
            header: ['收银员', '兑换笔数', '兑换积分', '作废笔数', '作废积分'],
            widths: [12, 10, 10, 10, 10],
            rows: d.cashiers.map((c) => [c.operatorName, c.count, c.points, c.voidedCount, c.voidedPoints]),
          },
          { title: '商品汇总', header: ['商品', '单位', '数量', '积分'], widths: [20, 8, 10, 10], rows: d.goods.map((g) => [g.name, g.unit, g.quantity, g.points]) },
          {
            title: '兑换明细',
            header: ['凭证号', '时间', '户号', '户主', '村小组', '代领人', '商品', '积分', '收银员', '状态'],
            widths: [14, 8, 10, 10, 12, 10, 36, 8, 10, 8],
            rows: d.rows.map((r) => [r.number, r.createdAt.slice(11, 16), r.householdNumber, r.headName, r.groupName, r.collector, r.items, r.total, r.operatorName, r.voided ? '已作废' : '有效']),
          },
        ],
        `${villageName}积分超市日结-${q.date}.xlsx`,
      );
    }
    case 'movement':
      return workbook(
        [
          {
            title: '商品进出',
            header: ['类别', '商品', '单位', '期初', '采购', '捐赠', '兑换', '作废退回', '盘点调整', '期末'],
            widths: [10, 20, 8, 8, 8, 8, 8, 10, 10, 8],
            rows: movementReport(db, q.from, q.to).map((m) => [m.category, m.name, m.unit, m.opening, m.purchase, m.donation, m.redemption, m.void, m.stocktake, m.closing]),
          },
        ],
        `${villageName}商品进出-${q.from}至${q.to}.xlsx`,
      );
    case 'stock':
      return workbook([stockSheet(listGoods(db, true))], `${villageName}库存清单-${q.date}.xlsx`);
    case 'donations':
      return workbook(
        [
          {
            title: '捐赠登记',
            header: ['日期', '捐赠方类型', '捐赠方', '商品', '数量', '单位', '折合积分', '备注'],
            widths: [12, 10, 24, 20, 8, 8, 10, 24],
            rows: donationsReport(db, q.from, q.to).map((d) => [d.date, DONOR_LABELS[d.donorKind], d.donorName, d.goodsName, d.quantity, d.unit, d.points, d.note]),
          },
        ],
        `${villageName}捐赠登记-${q.from}至${q.to}.xlsx`,
      );
  }
}

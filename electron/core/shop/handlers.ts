import type { Database } from 'better-sqlite3';
import type { Ctx } from '../api/context.js';
import { operatorOf } from '../api/context.js';
import type { DomainHandlers } from '../api/dispatcher.js';
import { UserError } from '../api/errors.js';
import { isoWithOffset } from '../api/time.js';
import { maskName } from '../contract/privacy.js';
import type { ShopHousehold, shopApi } from '../contract/shop.js';
import { householdBalance } from '../ledger/entries.js';
import { renderPdf } from '../pdf/engine.js';
import { countPages, pdfFile } from '../publications/pdf-result.js';
import { listHouseholds } from '../roster/households.js';
import { readVillage } from '../village/village.js';
import { listGoods, saveGoods, type Actor } from './goods.js';
import { receiptDocument } from './receipt.js';
import { dayReport, donationsReport, exportReport, movementReport } from './reports.js';
import { handoverHistory, markHandover, waitingList } from './handover.js';
import { getReceipt, listRedemptions, redeem, voidRedemption } from './redeem.js';
import { readShopSettings, writeShopSettings } from './settings.js';
import { checkDate } from '../village/window.js';
import { listMoves, stockIn, stocktake } from './stock.js';

const actor = (ctx: Ctx): Actor => ({ operatorId: operatorOf(ctx).id, now: ctx.clock.now() });
const villageName = (db: Database) => readVillage(db)?.name ?? '';

/** A scanned card types exactly the 户号: that wins; otherwise the roster's name / pinyin search. */
function findHouseholds(db: Database, query: string): ShopHousehold[] {
  const exact = db
    .prepare("SELECT h.id, h.number, h.head_name AS headName, g.name AS groupName FROM households h JOIN groups g ON g.id = h.group_id WHERE h.number = ? AND h.status = 'active'")
    .get(query) as { id: number; number: string; headName: string; groupName: string } | undefined;
  const rows = exact ? [exact] : listHouseholds(db, { query, groupId: null, status: 'active', sort: 'number', desc: false, page: 1, pageSize: 10 }).rows;
  const mask = readShopSettings(db).maskNamesOnScreen;
  return rows.map((r) => {
    const b = householdBalance(db, r.id);
    return { id: r.id, number: r.number, name: mask ? maskName(r.headName) : r.headName, groupName: r.groupName, available: b.available, pending: b.pending };
  });
}

export const shopHandlers: DomainHandlers<keyof typeof shopApi> = {
  'shop.settings.get': (_input, ctx) => readShopSettings(ctx.db),
  'shop.settings.save': (input, ctx) => writeShopSettings(ctx.db, input),
  'shop.goods.list': (input, ctx) => listGoods(ctx.db, input.includeInactive),
  'shop.goods.save': (input, ctx) => saveGoods(ctx.db, input, isoWithOffset(ctx.clock.now())),
  'shop.stock.in': (input, ctx) => {
    checkDate(ctx, input.date, '入库日期');
    return stockIn(ctx.db, input, actor(ctx));
  },
  'shop.stock.take': (input, ctx) => {
    checkDate(ctx, input.date, '盘点日期');
    return stocktake(ctx.db, input, actor(ctx));
  },
  'shop.stock.moves': (input, ctx) => listMoves(ctx.db, input),
  'shop.households.find': (input, ctx) => findHouseholds(ctx.db, input.query),
  'shop.redeem': (input, ctx) => redeem(ctx.db, input, actor(ctx)),
  'shop.void': (input, ctx) => voidRedemption(ctx.db, input.id, input.reason, actor(ctx)),
  'shop.handover.waiting': (_input, ctx) => waitingList(ctx.db),
  'shop.handover.mark': (input, ctx) => {
    checkDate(ctx, input.date, '交付日期');
    return markHandover(ctx.db, input, actor(ctx));
  },
  'shop.handover.history': (input, ctx) => handoverHistory(ctx.db, input.id),
  'shop.redemptions.list': (input, ctx) => listRedemptions(ctx.db, input),
  'shop.redemptions.get': (input, ctx) => getReceipt(ctx.db, input.id),
  'shop.receipt.pdf': async (input, ctx) => {
    const r = getReceipt(ctx.db, input.id);
    const doc = receiptDocument(r, { villageName: villageName(ctx.db), paper: input.paper, maskName: readShopSettings(ctx.db).maskNamesOnReceipt });
    const bytes = await renderPdf(doc);
    return pdfFile(`兑换凭证${r.number}${r.void ? '（已作废）' : ''}.pdf`, bytes, countPages(bytes));
  },
  'shop.report.day': (input, ctx) => dayReport(ctx.db, input.date),
  'shop.report.movement': (input, ctx) => movementReport(ctx.db, input.from, input.to),
  'shop.report.donations': (input, ctx) => donationsReport(ctx.db, input.from, input.to),
  'shop.report.export': (input, ctx) => {
    if (input.from > input.to) throw new UserError('INVALID_INPUT', '开始日期不能晚于结束日期');
    return exportReport(ctx.db, villageName(ctx.db), input);
  },
};

import type { Database } from 'better-sqlite3';
import { UserError } from '../api/errors.js';
import type { DonorKind } from '../contract/shop.js';
import { householdBalance, isMonthClosed } from '../ledger/entries.js';
import { insertOperator } from '../operators/operators.js';
import { hashPin } from '../operators/pin.js';
import { saveGoods } from '../shop/goods.js';
import { redeem, voidRedemption } from '../shop/redeem.js';
import { stockIn } from '../shop/stock.js';

export interface ShopDemoOptions {
  /** The demo's today (`YYYY-MM-DD`): redemption days fall in the twelve months up to it. */
  today: string;
  /** `isoWithOffset` of the demo's now. */
  now: string;
}

/** Prices seen in villages: 1 point ≈ 1 yuan (../shared/domain/README.md). [name, category, unit, price, tracked, low-stock line] */
const GOODS: [string, string, string, number, boolean, number][] = [
  ['大米 5kg', '粮油', '袋', 39, true, 10],
  ['大米 10kg', '粮油', '袋', 75, true, 5],
  ['花生油 1.8L', '粮油', '桶', 45, true, 5],
  ['挂面 1kg', '粮油', '把', 12, true, 10],
  ['绿豆 500g', '粮油', '袋', 15, true, 10],
  ['白糖 1kg', '粮油', '袋', 12, true, 5],
  ['酱油 500ml', '粮油', '瓶', 10, true, 5],
  ['食盐', '粮油', '袋', 5, true, 10],
  ['洗洁精', '日化', '瓶', 14, true, 10],
  ['抽纸（10包）', '日化', '提', 50, true, 5],
  ['卷纸（10卷）', '日化', '提', 20, true, 5],
  ['牙膏套装', '日化', '盒', 60, true, 5],
  ['洗衣粉 5kg', '日化', '袋', 100, true, 3],
  ['洗衣液', '日化', '瓶', 20, true, 10],
  ['香皂', '日化', '块', 8, true, 10],
  ['洗发水', '日化', '瓶', 30, true, 5],
  ['毛巾', '日化', '条', 12, true, 10],
  ['书包', '衣物', '个', 120, true, 3],
  ['雨靴', '衣物', '双', 35, true, 5],
  ['劳保手套', '衣物', '双', 5, true, 20],
  ['草帽', '衣物', '顶', 15, true, 5],
  ['复合肥 40kg', '农资', '袋', 160, true, 3],
  ['尿素 10kg', '农资', '袋', 45, true, 3],
  ['锄头', '农资', '把', 30, true, 3],
  ['蔬菜种子', '农资', '包', 5, true, 10],
  ['作业本（10本）', '文具', '套', 10, true, 10],
  ['理发', '服务', '次', 10, false, 0],
  ['家电维修', '服务', '次', 20, false, 0],
];

const COLLECTORS = ['符永兴', '王秀英', '李春花', '黄志刚'];
const VOID_REASONS = ['拿错商品，已退回', '农户改换其他商品', '重复兑换，已退回'];

const DONORS: [DonorKind, string][] = [
  ['enterprise', '白沙农村商业银行'],
  ['enterprise', '海南绿源农资有限公司'],
  ['unit', '县人民医院（帮扶单位）'],
  ['unit', '县住房和城乡建设局'],
  ['person', '符永强（在外务工乡贤）'],
  ['person', '王海燕'],
];

function monthsUpTo(today: string, count: number): string[] {
  const k0 = Number(today.slice(0, 4)) * 12 + Number(today.slice(5, 7)) - 1;
  return Array.from({ length: count }, (_, i) => {
    const k = k0 - (count - 1 - i);
    return `${Math.floor(k / 12)}-${String((k % 12) + 1).padStart(2, '0')}`;
  });
}

const at = (date: string, minutes: number) => new Date(`${date}T${String(9 + Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}:00+08:00`);

/**
 * The points supermarket of the demo village, made with the shop's own
 * functions: 28 goods, a purchase and donations each quarter, and a
 * redemption day on the 15th of each month of the past year (and today's
 * month) where households with points take one to four goods. Runs in the
 * caller's transaction after the roster and the ledger. A month the ledger
 * demo has already closed cannot take new entries, so redemption days fall
 * only in open months.
 */
export function seedShop(db: Database, rng: () => number, opts: ShopDemoOptions): void {
  const int = (min: number, max: number) => min + Math.floor(rng() * (max - min + 1));
  const pick = <T>(xs: readonly T[]): T => xs[int(0, xs.length - 1)] as T;
  const cashiers = ['刘收银', '陈收银'].map((name) => {
    const found = db.prepare('SELECT id FROM operators WHERE name = ?').get(name) as { id: number } | undefined;
    return found?.id ?? insertOperator(db, name, hashPin('1234'), ['cashier'], opts.now);
  });
  const months = monthsUpTo(opts.today, 12);
  const start = `${months[0]}-01`;
  const goods = GOODS.map(([name, category, unit, price, tracked, lowStock], i) => {
    const existing = db.prepare('SELECT id FROM goods WHERE name = ?').get(name) as { id: number } | undefined;
    if (existing) return { id: existing.id, price, tracked };
    const barcode = tracked ? `69710000${String(1000 + i * 7).padStart(5, '0')}` : null;
    const g = saveGoods(db, { name, category, unit, price, barcode, tracked, lowStock, active: true }, opts.now);
    return { id: g.id, price, tracked };
  });
  const tracked = goods.filter((g) => g.tracked);

  // Stock arrives each quarter: bought with village funds, and given by donors thanked on the board.
  months.forEach((month, i) => {
    if (i % 3 !== 0) return;
    const actor = { operatorId: cashiers[0]!, now: at(`${month}-03`, 0) };
    for (const g of tracked) {
      stockIn(db, { goodsId: g.id, kind: 'purchase', quantity: int(20, 60), date: `${month}-03`, donorKind: null, donorName: '', costFen: g.price * 100 * 20, note: '' }, actor);
    }
    for (let d = 0; d < 4; d++) {
      const [donorKind, donorName] = pick(DONORS);
      stockIn(db, { goodsId: pick(tracked).id, kind: 'donation', quantity: int(10, 40), date: `${month}-05`, donorKind, donorName, costFen: null, note: '' }, actor);
    }
  });

  const households = (db.prepare("SELECT id FROM households WHERE status = 'active' ORDER BY id").all() as { id: number }[]).map((h) => h.id);
  let cart = 0;
  for (const month of months) {
    const date = `${month}-15` <= opts.today ? `${month}-15` : opts.today;
    if (date < start || isMonthClosed(db, month)) continue;
    let minute = 0;
    for (const h of households) {
      const available = householdBalance(db, h).available;
      if (available < 10 || rng() > 0.12) continue;
      const lines = Array.from({ length: int(1, 4) }, () => ({ goodsId: pick(goods).id, quantity: int(1, 2) }));
      minute += int(1, 4);
      try {
        const actor = { operatorId: pick(cashiers), now: at(date, minute) };
        const r = redeem(db, { key: `demo-${month}-${cart++}`, householdId: h, collector: rng() < 0.08 ? pick(COLLECTORS) : '', lines, handover: 'collected' }, actor);
        if (rng() < 0.03) voidRedemption(db, r.id, pick(VOID_REASONS), { ...actor, now: at(date, minute + 1) });
      } catch (e) {
        // A villager short of points or an empty shelf is part of the day; nothing was written.
        if (!(e instanceof UserError)) throw e;
      }
    }
  }
}

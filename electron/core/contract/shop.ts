import { z } from 'zod';
import { endpoint, type Role } from './endpoint.js';
import { id, localDate, nonEmpty, optionalText } from './fields.js';
import type { FileResult } from './result.js';
import type { PdfResult } from './publications.js';

export const GOODS_CATEGORIES = ['粮油', '日化', '衣物', '农资', '文具', '家居', '服务'] as const;
export const STOCK_MOVE_KINDS = ['purchase', 'donation', 'redemption', 'void', 'stocktake'] as const;
export type StockMoveKind = (typeof STOCK_MOVE_KINDS)[number];
export const STOCK_MOVE_LABELS: Record<StockMoveKind, string> = { purchase: '采购入库', donation: '捐赠入库', redemption: '兑换出库', void: '作废退回', stocktake: '盘点调整' };
export const DONOR_KINDS = ['person', 'enterprise', 'unit'] as const;
export type DonorKind = (typeof DONOR_KINDS)[number];
export const DONOR_LABELS: Record<DonorKind, string> = { person: '个人', enterprise: '企业', unit: '帮扶单位' };
/** Receipt paper: a per-PC preference, passed with every receipt call. */
export const RECEIPT_PAPERS = ['roll58', 'roll80', 'A5'] as const;
export type ReceiptPaper = (typeof RECEIPT_PAPERS)[number];
export const RECEIPT_PAPER_LABELS: Record<ReceiptPaper, string> = { roll58: '58 毫米热敏纸', roll80: '80 毫米热敏纸', A5: 'A5 纸' };

const quantity = z.number().int('数量必须是整数').min(1, '数量至少为 1').max(100_000, '数量太大');
const barcode = z
  .string()
  .trim()
  .max(40, '条码不能超过 40 位')
  .regex(/^[0-9A-Za-z-]*$/, '条码只能包含数字、字母和短横线')
  .transform((s) => (s === '' ? null : s));

export interface GoodsRow {
  id: number;
  name: string;
  category: string;
  unit: string;
  price: number;
  barcode: string | null;
  tracked: boolean;
  lowStock: number;
  active: boolean;
  /** Null for services. */
  stock: number | null;
  low: boolean;
}

export const goodsInput = z.object({
  id: id.optional(),
  name: nonEmpty('商品名称', 40),
  category: nonEmpty('类别', 20),
  unit: nonEmpty('单位', 10),
  price: z.number().int('积分价格必须是整数').min(1, '积分价格至少为 1').max(100_000),
  barcode: barcode.prefault(''),
  tracked: z.boolean().default(true),
  lowStock: z.number().int().min(0).max(100_000).default(0),
  active: z.boolean().default(true),
});

export const stockInInput = z
  .object({
    goodsId: id,
    kind: z.enum(['purchase', 'donation']),
    quantity,
    date: localDate,
    donorKind: z.enum(DONOR_KINDS).nullable().default(null),
    donorName: z.string().trim().max(60, '捐赠方名称不能超过 60 个字').default(''),
    costFen: z.number().int().min(0).nullable().default(null),
    note: optionalText('备注', 200),
  })
  .refine((v) => v.kind !== 'donation' || (v.donorKind !== null && v.donorName !== ''), { message: '捐赠入库请填写捐赠方类型和名称' });

export const stocktakeInput = z.object({
  goodsId: id,
  /** What was counted on the shelf. */
  counted: z.number().int('数量必须是整数').min(0, '盘点数量不能为负').max(1_000_000),
  reason: nonEmpty('盘点原因', 200),
  date: localDate,
});

export interface StockMoveRow {
  id: number;
  goodsId: number;
  goodsName: string;
  unit: string;
  kind: StockMoveKind;
  quantity: number;
  date: string;
  donorKind: DonorKind | null;
  donorName: string | null;
  costFen: number | null;
  reason: string;
  receiptNumber: string | null;
  operatorName: string;
  createdAt: string;
}

export const cartInput = z.object({
  /** Made by the cashier screen when the cart opens; a repeat with the same cart returns the first result. */
  key: z.string().min(8).max(80),
  householdId: id,
  lines: z.array(z.object({ goodsId: id, quantity })).min(1, '还没有选择商品').max(100),
  /** 代领: who collected for the household. */
  collector: z.string().trim().max(20, '代领人姓名不能超过 20 个字').default(''),
  /** How the goods reach the household: taken at the counter, kept for it, or to be delivered (elderly households). */
  handover: z.enum(['collected', 'waiting', 'delivery']).default('collected'),
});
export type CartInput = z.output<typeof cartInput>;

/** 交付状态 of a redemption's goods; the newest hand-over event is the current one. */
export const HANDOVER_LABELS = { collected: '已领取', waiting: '待领取', delivery: '送货上门', delivered: '已送达' } as const;
export type HandoverStatus = keyof typeof HANDOVER_LABELS;

/** Staff hand over goods that were waiting: collected at the shop later, or delivered to the door. */
export const handoverInput = z.object({
  redemptionId: id,
  status: z.enum(['collected', 'delivered']),
  handledBy: nonEmpty('经手人', 20),
  date: localDate,
});

/** A redemption whose goods are still waiting for the household or for delivery. */
export interface WaitingRow {
  redemptionId: number;
  number: string;
  date: string;
  householdNumber: string;
  headName: string;
  groupName: string;
  /** "大米 ×2、食用油 ×1" */
  goods: string;
  total: number;
  status: 'waiting' | 'delivery';
  operatorName: string;
}

export interface HandoverRow {
  status: HandoverStatus;
  handledBy: string;
  date: string;
  operatorName: string;
  createdAt: string;
}

export interface ShopHousehold {
  id: number;
  number: string;
  /** Masked when the cashier screen faces villagers. */
  name: string;
  groupName: string;
  available: number;
  pending: number;
}

export interface ReceiptLine {
  goodsId: number;
  name: string;
  unit: string;
  price: number;
  quantity: number;
  amount: number;
}

export interface Receipt {
  id: number;
  number: string;
  householdId: number;
  householdNumber: string;
  /** Full name for the office; receipts and the screen mask it per setting. */
  headName: string;
  groupName: string;
  collector: string;
  lines: ReceiptLine[];
  total: number;
  availableBefore: number;
  availableAfter: number;
  date: string;
  createdAt: string;
  operatorName: string;
  void: { reason: string; operatorName: string; createdAt: string } | null;
}

export interface RedemptionRow {
  id: number;
  number: string;
  date: string;
  createdAt: string;
  householdNumber: string;
  headName: string;
  groupName: string;
  collector: string;
  items: string;
  total: number;
  operatorName: string;
  voided: boolean;
  /** How the goods reached (or will reach) the household; see shop/handover.ts. */
  handover: HandoverStatus;
}

export interface ShopSettings {
  /** The cashier screen faces the queue: show 张*明, not the full name. */
  maskNamesOnScreen: boolean;
  /** Receipts are handed over and may be seen by others. */
  maskNamesOnReceipt: boolean;
}

export interface DayReport {
  date: string;
  cashiers: { operatorId: number; operatorName: string; count: number; points: number; voidedCount: number; voidedPoints: number }[];
  goods: { goodsId: number; name: string; unit: string; quantity: number; points: number }[];
  rows: RedemptionRow[];
}

export interface MovementRow {
  goodsId: number;
  name: string;
  unit: string;
  category: string;
  opening: number;
  purchase: number;
  donation: number;
  redemption: number;
  void: number;
  stocktake: number;
  closing: number;
}

export interface DonationRow {
  id: number;
  date: string;
  donorKind: DonorKind;
  donorName: string;
  goodsName: string;
  unit: string;
  quantity: number;
  /** quantity × current points price: what the gift is worth to villagers. */
  points: number;
  note: string;
}

export const REPORTS = ['day', 'movement', 'stock', 'donations'] as const;
const period = z.object({ from: localDate, to: localDate }).refine((p) => p.from <= p.to, { message: '开始日期不能晚于结束日期' });

const SHOP: readonly Role[] = ['admin', 'cashier'];

export const shopApi = {
  'shop.settings.get': endpoint<ShopSettings>()('查看积分超市设置', z.object({}), 'session', 'read'),
  'shop.settings.save': endpoint<ShopSettings>()('修改积分超市设置', z.object({ maskNamesOnScreen: z.boolean(), maskNamesOnReceipt: z.boolean() }), ['admin'], 'write'),
  'shop.goods.list': endpoint<GoodsRow[]>()('查看商品', z.object({ includeInactive: z.boolean().default(false) }), 'session', 'read'),
  'shop.goods.save': endpoint<GoodsRow>()('保存商品', goodsInput, SHOP, 'write'),
  'shop.stock.in': endpoint<GoodsRow>()('商品入库', stockInInput, SHOP, 'write'),
  'shop.stock.take': endpoint<GoodsRow>()('库存盘点', stocktakeInput, SHOP, 'write'),
  'shop.stock.moves': endpoint<StockMoveRow[]>()('查看库存流水', z.object({ goodsId: id.nullable().default(null), from: localDate, to: localDate }), 'session', 'read'),
  'shop.households.find': endpoint<ShopHousehold[]>()('查找兑换农户', z.object({ query: z.string().trim().min(1, '请输入户号、姓名或拼音首字母').max(40) }), SHOP, 'read'),
  'shop.redeem': endpoint<Receipt>()('积分兑换', cartInput, SHOP, 'write'),
  'shop.void': endpoint<Receipt>()('作废兑换', z.object({ id, reason: nonEmpty('作废原因', 200) }), SHOP, 'write'),
  'shop.handover.waiting': endpoint<WaitingRow[]>()('查看待领取和送货', z.object({}), 'session', 'read'),
  'shop.handover.mark': endpoint<HandoverRow[]>()('登记兑换交付', handoverInput, SHOP, 'write'),
  'shop.handover.history': endpoint<HandoverRow[]>()('查看兑换交付记录', z.object({ id }), 'session', 'read'),
  'shop.redemptions.list': endpoint<RedemptionRow[]>()('查看兑换记录', z.object({ from: localDate, to: localDate, query: z.string().trim().max(40).default('') }), 'session', 'read'),
  'shop.redemptions.get': endpoint<Receipt>()('查看兑换凭证', z.object({ id }), 'session', 'read'),
  'shop.receipt.pdf': endpoint<PdfResult>()('打印兑换凭证', z.object({ id, paper: z.enum(RECEIPT_PAPERS) }), SHOP, 'async'),
  'shop.report.day': endpoint<DayReport>()('查看日结', z.object({ date: localDate }), 'session', 'read'),
  'shop.report.movement': endpoint<MovementRow[]>()('查看商品进出', period, 'session', 'read'),
  'shop.report.donations': endpoint<DonationRow[]>()('查看捐赠登记', period, 'session', 'read'),
  'shop.report.export': endpoint<FileResult>()(
    '导出超市报表',
    z.object({ report: z.enum(REPORTS), date: localDate, from: localDate, to: localDate }),
    'session',
    'async',
  ),
};

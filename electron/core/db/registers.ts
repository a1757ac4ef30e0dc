import type Database from 'better-sqlite3';
import { chainHash, GENESIS } from './chain-hash.js';

/**
 * The registers chained in `chain_links` (migration 008): every row gets a
 * gap-free seq and a SHA-256 link, written by an AFTER INSERT trigger so no
 * domain code can forget it. Entries and reviews already carry their own hash;
 * their link hashes that, which also ties them to the other registers (a row
 * deleted or slipped in at a tail leaves a link without a row, or a row without one).
 * Frozen: migration 008 builds its triggers from this list.
 */
export interface Register {
  table: string;
  /** Chinese name used in findings. */
  label: string;
  /** SQL over the row (`t.` prefix) naming it uniquely. */
  key: string;
  columns: readonly string[];
}

export const REGISTERS: readonly Register[] = [
  { table: 'entries', label: '积分记录', key: 'seq', columns: ['hash'] },
  { table: 'reviews', label: '审核记录', key: 'seq', columns: ['hash'] },
  {
    table: 'stock_moves',
    label: '库存流水',
    key: 'id',
    columns: ['id', 'goods_id', 'kind', 'quantity', 'date', 'donor_kind', 'donor_name', 'cost_fen', 'reason', 'redemption_id', 'operator_id', 'created_at'],
  },
  {
    table: 'redemptions',
    label: '兑换记录',
    key: 'id',
    columns: ['id', 'number', 'idem_key', 'cart_hash', 'household_id', 'collector', 'total', 'available_before', 'available_after', 'entry_seq', 'date', 'operator_id', 'created_at'],
  },
  {
    table: 'redemption_lines',
    label: '兑换明细',
    key: "redemption_id || '-' || line_no",
    columns: ['redemption_id', 'line_no', 'goods_id', 'name', 'unit', 'price', 'quantity'],
  },
  { table: 'redemption_voids', label: '作废记录', key: 'redemption_id', columns: ['redemption_id', 'reason', 'entry_seq', 'date', 'operator_id', 'created_at'] },
  { table: 'month_closures', label: '月度结账记录', key: 'month', columns: ['month', 'operator_id', 'created_at'] },
  {
    table: 'publications',
    label: '公示登记',
    key: 'id',
    // the PDF itself is covered by its sha256 column
    columns: ['id', 'kind', 'period', 'period_label', 'title', 'params', 'paper', 'publicity_from', 'publicity_to', 'operator_id', 'issued_at', 'file_name', 'pages', 'sha256'],
  },
  { table: 'audit_log', label: '操作日志', key: 'id', columns: ['id', 'at', 'operator_id', 'operator_name', 'method', 'label', 'summary'] },
];

/** SQL for a row's canonical JSON, what its link hashes: the trigger, the village's check and the package check use it alike. */
export const canonicalSql = (r: Register, alias: string) => `json_array(${r.columns.map((c) => `${alias}.${c}`).join(', ')})`;
const keySql = (r: Register, alias: string) => r.key.replace(/\b(seq|id|month|redemption_id|line_no)\b/g, `${alias}.$1`);

/** The INSERT that links NEW to its register's head; used inside AFTER INSERT triggers. */
function linkSql(r: Register): string {
  return `INSERT INTO chain_links (register, seq, row_key, prev_hash, hash)
    SELECT '${r.table}', coalesce(h.seq, 0) + 1, ${keySql(r, 'NEW')}, coalesce(h.hash, '${GENESIS}'),
           cunji_chain_hash(coalesce(h.hash, '${GENESIS}'), ${canonicalSql(r, 'NEW')})
    FROM (SELECT 1) one LEFT JOIN (SELECT seq, hash FROM chain_links WHERE register = '${r.table}' ORDER BY seq DESC LIMIT 1) h ON 1;`;
}

/**
 * The chain triggers. A month closure also records, in the same statement,
 * the head of every register at that moment (its anchor) — after its own link.
 */
export function chainTriggersSql(): string {
  return REGISTERS.map((r) => {
    const anchor =
      r.table === 'month_closures'
        ? `INSERT INTO closure_anchors (month, register, seq, hash)
             SELECT NEW.month, l.register, l.seq, l.hash FROM chain_links l
             WHERE l.seq = (SELECT max(seq) FROM chain_links m WHERE m.register = l.register);`
        : '';
    return `CREATE TRIGGER ${r.table}_chain AFTER INSERT ON ${r.table} BEGIN ${linkSql(r)} ${anchor} END;`;
  }).join('\n');
}

/** Links the rows that existed before migration 008, in their natural order. */
export function backfillLinks(db: Database.Database, r: Register): void {
  const insert = db.prepare('INSERT INTO chain_links (register, seq, row_key, prev_hash, hash) VALUES (?, ?, ?, ?, ?)');
  let prev = GENESIS;
  let seq = 0;
  const order = r.table === 'redemption_lines' ? 't.redemption_id, t.line_no' : `t.${r.key}`;
  for (const [key, canonical] of db.prepare(`SELECT ${keySql(r, 't')}, ${canonicalSql(r, 't')} FROM ${r.table} t ORDER BY ${order}`).raw().all() as [unknown, string][]) {
    const hash = chainHash(prev, canonical);
    insert.run(r.table, ++seq, key, prev, hash);
    prev = hash;
  }
}

/** Recomputes one register's chain against its rows; returns Chinese findings (empty when intact). */
export function verifyRegister(db: Database.Database, r: Register): string[] {
  const rows = new Map<unknown, string>(
    db.prepare(`SELECT ${keySql(r, 't')}, ${canonicalSql(r, 't')} FROM ${r.table} t`).raw().all() as [unknown, string][],
  );
  const findings: string[] = [];
  let prev = GENESIS;
  let expected = 1;
  for (const l of db.prepare('SELECT seq, row_key AS key, prev_hash AS prevHash, hash FROM chain_links WHERE register = ? ORDER BY seq').iterate(r.table) as Iterable<{
    seq: number;
    key: unknown;
    prevHash: string;
    hash: string;
  }>) {
    const canonical = rows.get(l.key);
    rows.delete(l.key);
    if (l.seq !== expected) findings.push(`${r.label}：登记链第 ${expected} 号缺失（序号不连续）`);
    else if (l.prevHash !== prev) findings.push(`${r.label}：登记链第 ${l.seq} 号与前一号接不上`);
    else if (canonical === undefined) findings.push(`${r.label}：第 ${l.seq} 号登记的记录（${String(l.key)}）不见了，可能被删除`);
    else if (chainHash(prev, canonical) !== l.hash) findings.push(`${r.label}：第 ${l.seq} 号登记的记录（${String(l.key)}）内容与哈希不符，可能被改动过`);
    if (findings.length > 0) return findings;
    prev = l.hash;
    expected++;
  }
  for (const key of rows.keys()) findings.push(`${r.label}：记录（${String(key)}）不在登记链上，可能是事后插入的`);
  return findings.slice(0, 20);
}

/** Every closure's anchor must still match the chains: history before a close cannot be rewritten unnoticed. */
export function verifyAnchors(db: Database.Database): string[] {
  const rows = db
    .prepare(
      `SELECT a.month, a.register, a.seq, a.hash, l.hash AS now FROM closure_anchors a
       LEFT JOIN chain_links l ON l.register = a.register AND l.seq = a.seq ORDER BY a.month, a.register`,
    )
    .all() as { month: string; register: string; seq: number; hash: string; now: string | null }[];
  const label = (t: string) => REGISTERS.find((r) => r.table === t)?.label ?? t;
  const findings = rows
    .filter((a) => a.now !== a.hash)
    .map((a) => `${a.month} 月结账时记下的${label(a.register)}第 ${a.seq} 号${a.now === null ? '已不存在' : '已被改写'}（结账锚点不符）`);
  const closed = db.prepare('SELECT month FROM month_closures WHERE month NOT IN (SELECT month FROM closure_anchors)').pluck().all() as string[];
  return findings.concat(closed.map((m) => `${m} 月结账记录没有锚点`)).slice(0, 20);
}

/** Stock cache equals the sum of each item's stock moves. */
export function verifyStock(db: Database.Database): string[] {
  const rows = db
    .prepare(
      `SELECT g.id, g.name, coalesce(s.stock, 0) AS cached, coalesce((SELECT sum(quantity) FROM stock_moves m WHERE m.goods_id = g.id), 0) AS computed
       FROM goods g LEFT JOIN goods_stock s ON s.goods_id = g.id`,
    )
    .all() as { id: number; name: string; cached: number; computed: number }[];
  return rows.filter((r) => r.cached !== r.computed).map((r) => `商品“${r.name}”的库存 ${r.cached} 与库存流水合计 ${r.computed} 不一致`);
}

/** Every register, the anchors and the stock cache (the points ledger and balances are checked by the ledger). */
export function verifyRegisters(db: Database.Database): string[] {
  const hasChains = db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'chain_links'").get();
  if (!hasChains) return [];
  return [...REGISTERS.flatMap((r) => verifyRegister(db, r)), ...verifyAnchors(db), ...verifyStock(db)];
}

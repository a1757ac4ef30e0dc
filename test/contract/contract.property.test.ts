import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Database } from 'better-sqlite3';
import { api } from '../../electron/core/contract/index.js';
import type { Endpoint } from '../../electron/core/contract/endpoint.js';
import { isCalendarDate, localDate, month } from '../../electron/core/contract/fields.js';
import { FIELD_LABELS } from '../../electron/core/contract/labels.js';
import { ledgerVillage } from '../ledger/fixture.js';

/** A zod schema's definition, as far as this walk needs it. */
interface Def {
  type: string;
  shape?: Record<string, Schema>;
  innerType?: Schema;
  in?: Schema;
  out?: Schema;
  element?: Schema;
  options?: Schema[];
  left?: Schema;
  right?: Schema;
  values?: unknown[];
}
interface Schema {
  _zod: { def: Def };
}

const WRAPPERS = ['optional', 'nullable', 'default', 'prefault', 'catch', 'readonly', 'nonoptional'];
const unwrap = (s: Schema): Schema => {
  let cur = s;
  for (;;) {
    const d = cur._zod.def;
    if (WRAPPERS.includes(d.type) && d.innerType) cur = d.innerType;
    else if (d.type === 'pipe' && d.in) cur = d.in;
    else return cur;
  }
};
const isSame = (s: Schema, target: unknown) => unwrap(s) === (target as Schema);

interface Field {
  handler: string;
  path: string[];
  schema: Schema;
  /** Literal siblings (a union's `kind`), without which the field is never reached. */
  siblings: Record<string, unknown>;
}

/** Every named field of every handler's input, nested ones included (arrays are walked into). */
function fieldsOf(handler: string, schema: Schema, path: string[] = [], out: Field[] = []): Field[] {
  const s = unwrap(schema);
  const d = s._zod.def;
  if (d.type === 'object' && d.shape) {
    const siblings: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(d.shape)) {
      const c = unwrap(child)._zod.def;
      if (c.type === 'literal') siblings[key] = c.values?.[0];
    }
    for (const [key, child] of Object.entries(d.shape)) {
      out.push({ handler, path: [...path, key], schema: child, siblings });
      fieldsOf(handler, child, [...path, key], out);
    }
  } else if (d.type === 'array' && d.element) fieldsOf(handler, d.element, path, out);
  else if (d.type === 'union' && d.options) for (const o of d.options) fieldsOf(handler, o, path, out);
  else if (d.type === 'intersection' && d.left && d.right) {
    fieldsOf(handler, d.left, path, out);
    fieldsOf(handler, d.right, path, out);
  }
  return out;
}

const endpoints = Object.entries(api as Record<string, Endpoint>);
const fields = endpoints.flatMap(([name, ep]) => fieldsOf(name, ep.input as unknown as Schema));
const dateFields = fields.filter((f) => isSame(f.schema, localDate));
const monthFields = fields.filter((f) => isSame(f.schema, month));
const where = (f: Field) => `${f.handler} 的字段 ${f.path.join('.')}`;

/** Everything stored, table by table: a refused call must leave it byte for byte. */
function tableHashes(db: Database): Map<string, string> {
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all() as string[];
  return new Map(tables.map((t) => [t, createHash('sha256').update(JSON.stringify(db.prepare(`SELECT * FROM "${t}"`).raw().all())).digest('hex')]));
}
const dump = (db: Database): string => JSON.stringify([...tableHashes(db)]);
/** The tables whose rows differ between two dumps. */
const changedTables = (a: string, b: string): string[] => {
  const before = new Map(JSON.parse(a) as [string, string][]);
  return (JSON.parse(b) as [string, string][]).filter(([t, h]) => before.get(t) !== h).map(([t]) => t);
};

/** Input with one field set to a value, everything else left out (but a union's discriminator). */
function withField({ path, siblings }: Field, value: unknown): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  let cur = root;
  path.forEach((key, i) => {
    if (i === path.length - 1) Object.assign(cur, siblings, { [key]: value });
    else cur = (cur[key] = {}) as Record<string, unknown>;
  });
  return root;
}

// Acronyms a Chinese office uses as they are (Q as in 2026-Q1); any other Latin word is English.
const ACRONYMS = new Set(['PIN', 'PDF', 'Excel', 'JPG', 'PNG', 'WEBP', 'MB', 'KB', 'U', 'ID', 'Q']);
const KEYS = new Set(fields.flatMap((f) => f.path));
function englishWords(message: string, fed: unknown): string[] {
  const fedText = typeof fed === 'string' ? fed : JSON.stringify(fed) ?? '';
  const rest = fedText ? message.split(fedText).join(' ') : message;
  // the fed value's own keys may be named back (有不认识的项目：…)
  // whole words only: A4 or 2026-Q1 are values, not English
  return (rest.match(/\b[A-Za-z]+\b/g) ?? []).filter((w) => !ACRONYMS.has(w) && !KEYS.has(w) && !fedText.includes(w));
}

/**
 * Write handlers whose date fields are not held to the village's window, and why.
 * A new write handler with a date must be added to WINDOWED (and the test below) or here.
 */
const OTHER_DATES: Record<string, string> = {
  'roster.cadres.save': '任职起止日期可以早于本村开始使用本系统',
  'checklist.loadTemplates': '通过清单的会议可以早于本村开始使用本系统',
  'checklist.adopt': '通过清单的会议可以早于本村开始使用本系统',
  'checklist.xlsx.import': '通过清单的会议可以早于本村开始使用本系统',
  'transfer.adoptLists': '通过乡镇下发清单的会议可以早于本村开始使用本系统',
  'ledger.saveSettings': '补录起始日期本身（不能晚于今天，另有测试）',
  'publications.preview': '要公示的那一周，只读',
  'publications.plan': '要公示的那一周：由 checkIssuable 检查期间（issuable.test.ts）',
  'publications.issue': '要公示的那一周：由 checkIssuable 检查期间（issuable.test.ts）',
  'objections.record': '村民提出异议的日期，登记时补记',
  'shop.report.export': '报表期间，只读',
  'shop.handover.mark': '交付日期：检查日期范围且不早于兑换日期（一笔待交付的兑换才能登记，见 test/shop/handover.test.ts）',
};

/** Write handlers that put a dated record on the ledger or the stock, with a valid input around the date. */
type Village = Awaited<ReturnType<typeof ledgerVillage>> & { goodsId: number };
const WINDOWED: Record<string, { ahead?: boolean; input: (v: Village, date: string) => Record<string, unknown> }> = {
  'ledger.record': { input: (v, date) => ({ itemId: v.item('参加志愿服务').id, date, householdIds: [v.households[0]] }) },
  'ledger.correct': { input: (_v, date) => ({ seq: 1, points: 5, reason: '核实', date }) },
  'ledger.clear': { input: (_v, date) => ({ date }) },
  'ledger.inspect': {
    input: (v, date) => ({ groupId: v.groups[0]!.id, date, itemId: v.item('人居环境入户巡查评分').id, cadreId: v.cadres[0], grades: [{ householdId: v.households[0], grade: '优秀' }] }),
  },
  'ledger.activity.create': { ahead: true, input: (v, date) => ({ name: '植树', date, itemId: v.item('参与人居环境整治/大扫除').id, cadreId: v.cadres[0] }) },
  'shop.stock.in': { input: (v, date) => ({ goodsId: v.goodsId, kind: 'purchase', quantity: 5, date }) },
  'shop.stock.take': { input: (v, date) => ({ goodsId: v.goodsId, counted: 3, reason: '盘点', date }) },
};

describe('the contract', () => {
  it('has date and month fields to test (the walk sees the schemas)', () => {
    expect(endpoints.length).toBeGreaterThan(100);
    expect(dateFields.map(where)).toContain('ledger.record 的字段 date');
    expect(monthFields.map(where)).toContain('ledger.closeMonth 的字段 month');
  });

  it('names every input field in Chinese (add a missing key to contract/labels.ts)', () => {
    const missing = [...new Set(fields.filter((f) => !(f.path[f.path.length - 1]! in FIELD_LABELS)).map(where))];
    expect(missing, `这些字段没有中文名称：\n${missing.join('\n')}`).toEqual([]);
  });

  it('refuses an impossible date in every date field of every handler, naming the date', () => {
    const impossible = fc
      .tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 }))
      .map(([y, m, d]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`)
      .filter((s) => !isCalendarDate(s));
    const named = fc.constantFrom('2026-02-30', '2026-13-01', '2026-11-31', '0000-00-00', '9999-99-99', '2025-02-29');
    fc.assert(
      fc.property(fc.constantFrom(...dateFields), fc.oneof(impossible, named), (f, date) => {
        const r = (api as Record<string, Endpoint>)[f.handler]!.input.safeParse(withField(f, date));
        const issue = r.success ? undefined : r.error.issues.find((i) => i.path.join('.') === f.path.join('.'));
        expect(issue?.message, `${where(f)} 接受了不存在的日期 ${date}`).toMatch(`“${date}”不存在`);
      }),
      { numRuns: 400 },
    );
  });

  it('refuses an impossible month in every month field', () => {
    fc.assert(
      fc.property(fc.constantFrom(...monthFields), fc.oneof(fc.constantFrom('2026-00', '2026-13', '0000-01', '9999-12'), fc.integer({ min: 13, max: 99 }).map((m) => `2026-${m}`)), (f, m) => {
        const r = (api as Record<string, Endpoint>)[f.handler]!.input.safeParse(withField(f, m));
        expect(r.success ? [] : r.error.issues.filter((i) => i.path.join('.') === f.path.join('.')), `${where(f)} 接受了不存在的月份 ${m}`).not.toEqual([]);
      }),
    );
  });

  it('holds every dated write to the window, or says why not', () => {
    const dated = [...new Set(dateFields.filter((f) => (api as Record<string, Endpoint>)[f.handler]!.mode !== 'read').map((f) => f.handler))];
    const unexplained = dated.filter((h) => !(h in WINDOWED) && !(h in OTHER_DATES));
    expect(unexplained, `这些写操作带日期，却既不检查日期范围也没有说明原因：${unexplained.join('、')}`).toEqual([]);
  });

  it('refuses a real date before the village window or after today (a planned activity: after the grace), changing nothing', async () => {
    const v = await ledgerVillage();
    const goods = await v.core.call(v.admin, 'shop.goods.save', { name: '洗衣粉', price: 100, category: '日化', unit: '袋', barcode: '', tracked: true, lowStock: 0 });
    const village: Village = { ...v, goodsId: goods.id };
    const seed = await v.core.call(v.admin, 'ledger.record', { itemId: v.item('参加志愿服务').id, date: '2026-03-02', householdIds: [v.households[0]!] });
    await v.core.call(v.reviewer, 'ledger.review', { seqs: seed.seqs, decision: 'approved' });
    const { windowFrom } = await v.core.call(v.admin, 'ledger.settings', {});
    const day = (d: Date) => d.toISOString().slice(0, 10);
    // the frozen clock's today is 2026-03-15; activities may be planned 30 days ahead
    const before = fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date(`${windowFrom}T00:00:00Z`), noInvalidDate: true }).map(day).filter((d) => d < windowFrom);
    const after = (ahead: boolean) => fc.date({ min: new Date(ahead ? '2026-04-15T00:00:00Z' : '2026-03-16T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true }).map(day);
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...Object.keys(WINDOWED)).chain((h) => fc.tuple(fc.constant(h), fc.oneof(before, after(WINDOWED[h]!.ahead === true)))),
        async ([handler, date]) => {
          const was = dump(v.core.db);
          const r = await v.core.invoke(v.admin, handler, WINDOWED[handler]!.input(village, date));
          expect(r.ok, `${handler} 接受了范围以外的日期 ${date}`).toBe(false);
          expect(r.ok ? '' : r.error.message, `${handler}：${date}`).toMatch(/早于本村开始使用的日期|还没有到|太远了/);
          expect(dump(v.core.db), `${handler} 拒绝了 ${date} 却改动了数据`).toBe(was);
        },
      ),
      { numRuns: 150 },
    );
    // the same inputs inside the window are taken: the refusals above are about the date
    for (const [handler, { input }] of Object.entries(WINDOWED)) {
      if (handler === 'ledger.clear') continue; // would need the year to be over
      const r = await v.core.invoke(v.admin, handler, input(village, '2026-03-14'));
      expect(r.ok ? 'ok' : r.error.message, handler).toBe('ok');
    }
  }, 120_000);

  it('refuses a wrong type, an empty and an oversize value in every field of every handler in Chinese, changing nothing', async () => {
    const v = await ledgerVillage();
    const { core, admin } = v;
    const bad: [string, unknown][] = [
      ['wrong type', { wrong: true }],
      ['number for text', 12345],
      ['text for number', '十二'],
      ['empty', ''],
      // longer than any text field but files (which are refused for their other missing parts)
      ['oversize', '村'.repeat(5_001)],
      ['huge number', 1e15],
      ['fraction', 1.5],
      ['impossible date', '2026-02-30'],
    ];
    const problems: string[] = [];
    for (const f of fields) {
      for (const [what, value] of bad) {
        const before = dump(core.db);
        const r = await core.invoke(admin, f.handler, withField(f, value));
        if (r.ok) continue; // a value this field may take: the handler ran on it
        const changed = changedTables(before, dump(core.db));
        if (changed.length > 0) problems.push(`${where(f)}（${what}）：被拒绝却改动了数据（${changed.join('、')}）`);
        if (r.error.code === 'INTERNAL') problems.push(`${where(f)}（${what}）：内部错误`);
        const words = englishWords(r.error.message, value);
        if (words.length > 0) problems.push(`${where(f)}（${what}）：提示含英文 ${words.join(' ')} —— ${r.error.message}`);
      }
    }
    expect(problems, problems.join('\n')).toEqual([]);
  }, 300_000);
});

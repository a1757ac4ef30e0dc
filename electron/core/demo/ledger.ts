import type { Database } from 'better-sqlite3';
import type { Role } from '../contract/endpoint.js';
import type { ItemRow } from '../contract/checklist.js';
import type { OperatorInfo } from '../contract/system.js';
import { CHECKLIST_CODES } from '../contract/checklist.js';
import { assignItem, listChecklists, loadTemplates } from '../checklist/items.js';
import { TEMPLATES } from '../checklist/templates.js';
import { createActivity, finishActivity, finishInspection, markAttendance } from '../ledger/events.js';
import { recordScores, type Recorder } from '../ledger/record.js';
import { closeMonth, reviewEntries } from '../ledger/review.js';
import { insertOperator } from '../operators/operators.js';
import { hashPin } from '../operators/pin.js';
import { lastDayOfMonth } from '../publications/periods.js';
import { writeSetting } from '../village/village.js';
import { BACKFILL_FROM_SETTING } from '../village/window.js';

export interface LedgerDemoOptions {
  /** The demo's today (`YYYY-MM-DD`): the twelve months up to it get records; its own month stays open with pending entries. */
  today: string;
  /** `isoWithOffset` of the demo's now, for operators created here. */
  now: string;
}

const REJECT_REASONS = ['核实时该户不在家，巡查结果不成立', '重复录入', '照片与事由不符', '经村务监督委员会核实，不符合加分条件'];
const DEDUCTION_NOTES = ['门前垃圾经两次劝导仍未清理', '在村道旁焚烧秸秆', '宅前乱堆建筑材料'];

/** The demo's clerk and reviewer (PIN 1234), so review is done by someone other than the recorder. */
function demoOperator(db: Database, name: string, roles: Role[], now: string): OperatorInfo {
  const found = db.prepare('SELECT id FROM operators WHERE name = ?').get(name) as { id: number } | undefined;
  const id = found?.id ?? insertOperator(db, name, hashPin('1234'), roles, now);
  return { id, name, roles };
}

/** The `count` months up to today's, oldest first: the demo year. */
export function monthsUpTo(today: string, count: number): string[] {
  const y = Number(today.slice(0, 4));
  const m = Number(today.slice(5, 7));
  return Array.from({ length: count }, (_, i) => {
    const k = y * 12 + (m - 1) - (count - 1 - i);
    return `${Math.floor(k / 12)}-${String((k % 12) + 1).padStart(2, '0')}`;
  });
}

/**
 * A year of scoring for the demo village, made with the ledger's own
 * functions: lists adopted in January, duty items assigned to the cadres,
 * monthly inspection rounds per group, activities with attendance, one-off
 * awards and deductions, reviewed and closed months (a few rejections), and
 * the current month open with pending entries. Runs inside the caller's
 * transaction; expects the roster (households, cadres) to be seeded first.
 */
/**
 * Every duty item gets a named person, as 山竹沟村 did (逐一责任到人): the
 * 党建 list to the 书记 (兼主任), supervision items to the 监委会 member and
 * nothing else to them, the rest in turn to the other two-committee members
 * and the work team; the last item is left for the warning on the duty page.
 */
function assignByPost(db: Database, items: ItemRow[]): (i: ItemRow) => number {
  const cadres = db.prepare("SELECT id, post FROM cadres WHERE to_date IS NULL AND post <> '村小组长' ORDER BY id").all() as { id: number; post: string }[];
  // A village without those posts (as in some tests) still gets every item assigned in turn.
  const secretary = cadres.find((c) => c.post === '书记') ?? cadres[0];
  if (!secretary) throw new Error('demo: seed the roster (cadres) before the ledger');
  const supervisor = cadres.find((c) => c.post === '监委会');
  const rest = cadres.filter((c) => c !== secretary && c !== supervisor).map((c) => c.id);
  const others = rest.length ? rest : [secretary.id];
  const postOf = new Map(Object.values(TEMPLATES).flatMap((t) => t.items.map((i) => [i.name, i.post] as const)));
  const duty = items.filter((i) => i.subject === 'cadre');
  const owner = new Map<number, number>();
  let turn = 0;
  for (const i of duty.slice(0, -1)) {
    const id = postOf.get(i.name) === '监委会' && supervisor ? supervisor.id : i.checklistCode === 'party' ? secretary.id : (others[turn++ % others.length] as number);
    owner.set(i.id, id);
    assignItem(db, i.id, id);
  }
  return (i) => owner.get(i.id) ?? secretary.id;
}

export function seedLedger(db: Database, rng: () => number, opts: LedgerDemoOptions): void {
  const int = (min: number, max: number) => min + Math.floor(rng() * (max - min + 1));
  const pick = <T>(xs: readonly T[]): T => xs[int(0, xs.length - 1)] as T;
  const sample = <T>(xs: readonly T[], p: number) => xs.filter(() => rng() < p);

  const clerk = demoOperator(db, '李文书', ['clerk'], opts.now);
  const reviewer = demoOperator(db, '赵监委', ['reviewer'], opts.now);
  const months = monthsUpTo(opts.today, 12);
  const year = months[0]!.slice(0, 4);
  // The year of records is dated before the demo's set-up day, as an office entering its paper ledger would (补录).
  writeSetting(db, BACKFILL_FROM_SETTING, `${months[0]}-01`);
  const at = (date: string): Recorder => ({ operatorId: clerk.id, now: `${date}T16:30:00.000+08:00`, dataDir: '' });

  if (listChecklists(db, false).length === 0) {
    loadTemplates(db, CHECKLIST_CODES, { kind: 'representatives', date: `${year}-01-06`, attendance: 48, note: '村民代表大会表决通过积分制实施方案及六张清单' }, clerk.id, `${year}-01-06T15:00:00.000+08:00`);
  }
  const items = listChecklists(db, false).flatMap((l) => l.items);
  const item = (name: string): ItemRow => {
    const found = items.find((i) => i.name === name);
    if (!found) throw new Error(`demo: checklist item ${name} missing`);
    return found;
  };
  const cadreOf = assignByPost(db, items);

  const weekly = items.filter((i) => i.subject === 'cadre' && i.cadence === 'weekly');
  const groups = db.prepare('SELECT id FROM groups ORDER BY sort').all() as { id: number }[];
  const households = (gid: number | null) =>
    (db.prepare("SELECT id FROM households WHERE status = 'active' AND (? IS NULL OR group_id = ?) ORDER BY number").all(gid, gid) as { id: number }[]).map((h) => h.id);
  const all = households(null);
  const inspectionItem = item('人居环境入户巡查评分');
  const grades = inspectionItem.grades!.map((g) => g.label);
  const gradeOf = () => {
    const x = rng();
    return x < 0.35 ? grades[0]! : x < 0.8 ? grades[1]! : x < 0.95 ? grades[2]! : grades[3]!;
  };
  const lastDay = (month: string) => (month === opts.today.slice(0, 7) ? Number(opts.today.slice(8, 10)) : 28);
  const day = (month: string, from = 1) => `${month}-${String(int(Math.min(from, lastDay(month)), lastDay(month))).padStart(2, '0')}`;
  const record = (name: string, date: string, householdIds: number[], note = '', quantity = 1) =>
    householdIds.length ? recordScores(db, { itemId: item(name).id, date, householdIds, memberId: null, cadreId: null, quantity, grade: null, note, photo: null, sourceType: householdIds.length > 1 ? 'batch' : 'manual' }, at(date)).seqs : [];
  const credit = (name: string, date: string, note: string) => {
    const i = item(name);
    return recordScores(db, { itemId: i.id, date, householdIds: [], memberId: null, cadreId: cadreOf(i), quantity: 1, grade: null, note, photo: null, sourceType: 'manual' }, at(date)).seqs;
  };

  months.forEach((month, index) => {
    const open = index === months.length - 1;
    const seqs: number[] = [];
    if (month.endsWith('-01')) seqs.push(...record('户基础分（每年）', `${month}-02`, all, '年度基础分'));
    // The current month has one round so far; closed months have one per group.
    for (const g of open ? groups.slice(0, 1) : groups) {
      const date = day(month, 5);
      const graded = households(g.id).map((householdId) => ({ householdId, grade: gradeOf() }));
      const inspector = cadreOf(item('组织人居环境入户巡查'));
      seqs.push(...finishInspection(db, { groupId: g.id, date, itemId: inspectionItem.id, cadreId: inspector, dutyItemId: item('组织人居环境入户巡查').id, grades: graded, note: '', confirmRepeat: false }, at(date)).seqs);
    }
    const cleanup = createActivity(
      db,
      { name: `${Number(month.slice(5))}月环境卫生大扫除`, date: day(month), itemId: item('参与人居环境整治/大扫除').id, cadreId: cadreOf(item('组织人居环境大扫除')), dutyItemId: item('组织人居环境大扫除').id, confirmRepeat: false },
      at(month + '-01'),
    );
    for (const h of sample(all, 0.3)) markAttendance(db, cleanup.id, h, true);
    seqs.push(...finishActivity(db, cleanup.id, '', at(cleanup.date)).seqs);
    seqs.push(...record('参加志愿服务', day(month), sample(all, 0.03), '村道清扫志愿服务'));
    seqs.push(...record('门前屋后清扫', day(month), sample(all, 0.1), '', int(1, 3)));
    seqs.push(...record('帮扶邻里/照顾老人', day(month), sample(all, 0.01), '照顾独居老人'));
    for (const h of sample(all, 0.004)) seqs.push(...record('垃圾堆放经劝导不清理', day(month), [h], pick(DEDUCTION_NOTES)));
    if (index === 3) seqs.push(...record('配合道路拓宽拆除围墙/让出宅基地', day(month), households(groups[1]!.id).slice(0, 19), '拓宽村道让出宅基地'));
    if (index === 7) seqs.push(...record('子女考上本科', `${month}-20`, sample(all, 0.01), '子女考取本科院校'));
    seqs.push(...credit('组织召开“三会一课”', day(month), '支部党员大会'));
    for (let k = int(1, 3); k > 0; k--) seqs.push(...credit('调解矛盾纠纷', day(month), '调解邻里纠纷'));
    seqs.push(...credit('按时完成村务公开（每月10日前）', `${month}-08`, '村务公开栏更新'));
    seqs.push(...credit('村务监督委员会监督村务公开和财务', `${month}-09`, '审核村务公开和财务收支'));
    // every Monday of a closed month, the 29th to 31st too, so each week of the year has its duties
    for (const week of mondaysOf(month, open ? lastDay(month) : Number(lastDayOfMonth(month).slice(8)))) {
      for (const w of weekly) if (rng() < 0.8) seqs.push(...credit(w.name, week, '本周完成'));
    }
    if (open) return;
    const rejected = seqs.filter(() => rng() < 0.01);
    const now = `${month}-28T10:00:00.000+08:00`;
    for (const seq of rejected) reviewEntries(db, { seqs: [seq], decision: 'rejected', reason: pick(REJECT_REASONS) }, reviewer, now);
    reviewEntries(db, { seqs: seqs.filter((s) => !rejected.includes(s)), decision: 'approved', reason: '' }, reviewer, now);
    closeMonth(db, month, opts.today, reviewer, now);
  });
}

/** The Mondays of a month up to a day, where the weekly duties of the demo are recorded. */
function mondaysOf(month: string, lastDay: number): string[] {
  const out: string[] = [];
  for (let d = 1; d <= lastDay; d++) {
    const date = `${month}-${String(d).padStart(2, '0')}`;
    if (new Date(`${date}T00:00:00Z`).getUTCDay() === 1) out.push(date);
  }
  return out;
}

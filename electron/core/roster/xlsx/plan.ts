import type { Database } from 'better-sqlite3';
import type { z } from 'zod';
import { idCardProblem, normalizeIdCard, toHalfWidth } from '../../contract/identity.js';
import {
  GENDER_LABELS,
  HEAD,
  HOUSEHOLD_STATUS_LABELS,
  HOUSEHOLD_STATUSES,
  RELATIONS,
  type GroupRow,
  type HouseholdStatus,
  type householdInput,
} from '../../contract/roster.js';
import { IMPORT_FIELD_LABELS, IMPORT_FIELDS, type ImportField, type ImportMapping, type ImportProblem } from '../../contract/roster-import.js';
import { householdIdByNumber, idCardHolder, listGroups, memberProblems } from '../households.js';
import type { SheetRow } from './sheet.js';

type HouseholdInput = z.output<typeof householdInput>;
type Member = HouseholdInput['members'][number];
type Relation = (typeof RELATIONS)[number];

/** One household of the sheet: what would be saved, and whether every row of it passed. */
export interface PlannedHousehold {
  firstRow: number;
  /** The roster's household with the same 户号: the sheet may update it, never duplicate it. */
  existingId: number | null;
  input: HouseholdInput;
  status: HouseholdStatus;
  valid: boolean;
}

export interface ImportPlan {
  households: PlannedHousehold[];
  problems: ImportProblem[];
}

/** 政治面貌 “中共党员”/“中共预备党员”/“党员”, or 是否党员 “是”; 群众, 共青团员 and blanks are not. */
export const isPartyMember = (text: string): boolean => /^(中共)?(预备)?党员$|^是$/.test(text.replace(/\s/g, ''));

interface MemberRow {
  row: number;
  member: Member;
}

interface Block {
  number: string;
  headName: string;
  rows: MemberRow[];
  raw: SheetRow[];
}

const RELATION_WORDS: Record<string, Relation> = {
  户主: HEAD, 本人: HEAD, 户主本人: HEAD,
  配偶: '配偶', 妻: '配偶', 妻子: '配偶', 夫: '配偶', 丈夫: '配偶', 之妻: '配偶', 之夫: '配偶',
  子: '子', 儿子: '子', 长子: '子', 次子: '子', 三子: '子', 四子: '子', 之子: '子',
  女: '女', 女儿: '女', 长女: '女', 次女: '女', 三女: '女', 四女: '女', 之女: '女',
  儿媳: '儿媳', 媳妇: '儿媳', 女婿: '女婿',
  孙子: '孙子', 孙: '孙子', 孙女: '孙女', 外孙: '孙子', 外孙女: '孙女',
  父亲: '父亲', 父: '父亲', 母亲: '母亲', 母: '母亲',
  兄弟姐妹: '兄弟姐妹', 兄: '兄弟姐妹', 弟: '兄弟姐妹', 姐: '兄弟姐妹', 妹: '兄弟姐妹', 哥哥: '兄弟姐妹', 弟弟: '兄弟姐妹', 姐姐: '兄弟姐妹', 妹妹: '兄弟姐妹',
};

/** Office sheets say 长子, 妻, 本人 …; anything unrecognised is kept as 其他 rather than refused. */
export function toRelation(raw: string): Relation {
  const w = raw.replace(/\s/g, '');
  return RELATION_WORDS[w] ?? ((RELATIONS as readonly string[]).includes(w) ? (w as Relation) : '其他');
}

const CN_DIGITS = '〇一二三四五六七八九';

/** The number inside a group name: 第一村小组, 一组, 1组, 第12组 → 1, 1, 1, 12. */
function groupOrdinal(name: string): number | null {
  const s = toHalfWidth(name);
  const arabic = /\d+/.exec(s);
  if (arabic) return Number(arabic[0]);
  const cn = /[〇一二三四五六七八九十]+/.exec(s)?.[0];
  if (!cn) return null;
  if (!cn.includes('十')) return cn.length === 1 ? CN_DIGITS.indexOf(cn) : null;
  const [tens, ones] = cn.split('十');
  return (tens ? CN_DIGITS.indexOf(tens) : 1) * 10 + (ones ? CN_DIGITS.indexOf(ones) : 0);
}

/** Finds the group a sheet names, by exact name or by its number when only one group carries it. */
export function matchGroup(groups: readonly GroupRow[], raw: string): GroupRow | null {
  const bare = (s: string) => toHalfWidth(s).replace(/\s/g, '');
  const exact = groups.find((g) => bare(g.name) === bare(raw));
  if (exact) return exact;
  const n = groupOrdinal(raw);
  if (n === null) return null;
  const same = groups.filter((g) => groupOrdinal(g.name) === n);
  return same.length === 1 ? (same[0] ?? null) : null;
}

function parseGender(raw: string): 'male' | 'female' | null | undefined {
  const s = raw.toLowerCase();
  if (!s) return null;
  if (['男', '男性', 'm', 'male'].includes(s)) return 'male';
  if (['女', '女性', 'f', 'female'].includes(s)) return 'female';
  return undefined;
}

function parseStatus(raw: string): HouseholdStatus | undefined {
  if (!raw) return 'active';
  return HOUSEHOLD_STATUSES.find((s) => HOUSEHOLD_STATUS_LABELS[s] === raw);
}

/**
 * Turns sheet rows into households and lists every problem. A household is
 * written over one row, or several (member rows under the head row, 户号
 * repeated or left blank, or grouped by 户主姓名). Any problem on any of its
 * rows keeps the whole household out, so a half household is never imported.
 */
export function planImport(db: Database, rows: readonly SheetRow[], mapping: ImportMapping, defaultGroupId: number | null, thisYear: number): ImportPlan {
  const problems: ImportProblem[] = [];
  const bad = new Set<number>();
  const problem = (row: number, field: ImportField | '', reason: string) => {
    problems.push({ row, field: field ? IMPORT_FIELD_LABELS[field] : '', reason });
    bad.add(row);
  };
  const get = (r: SheetRow, f: ImportField) => cell(r, mapping, f);

  if (!mapping.name && !mapping.headName) {
    return { households: [], problems: [{ row: rows[0]?.row ?? 1, field: '姓名', reason: '请指定“姓名”或“户主姓名”在哪一列' }] };
  }

  const blocks: Block[] = [];
  let current: Block | null = null;
  const mappedCols = Object.values(mapping).filter((c): c is number => Boolean(c));
  for (const r of rows) {
    // Rows with nothing in the mapped columns (a 制表人 footer under 序号) and header rows repeated per printed page are not people.
    const present = mappedCols.flatMap((c) => r.cells.get(c) ?? []);
    if (present.length === 0 || (present.length >= 2 && present.every(isHeaderWord))) continue;
    const number = toHalfWidth(get(r, 'number')).replace(/\s/g, '');
    const headName = personName(get(r, 'headName'));
    const name = personName(get(r, 'name')) || (mapping.name ? '' : headName);
    const relationRaw = get(r, 'relation');
    let relation: Relation | null = relationRaw ? toRelation(relationRaw) : null;
    if (!relation && (!mapping.name || (headName && name === headName))) relation = HEAD;

    let starts: boolean;
    if (number) starts = current?.number !== number;
    else if (headName) starts = current?.headName !== headName;
    else starts = relation === HEAD || !current;
    if (starts) {
      current = { number, headName: headName || (relation === HEAD ? name : ''), rows: [], raw: [] };
      blocks.push(current);
    }
    const block = current as Block;
    block.raw.push(r);
    if (!relation) {
      if (starts) relation = HEAD;
      else {
        problem(r.row, 'relation', '请填写与户主关系');
        relation = '其他';
      }
    }
    // 长子, 次女, 妻 are kept as written beside the relation they stand for
    const word = relationRaw.replace(/\s/g, '');
    const member = readMember(r, name, relation, mapping, problem, thisYear);
    block.rows.push({ row: r.row, member: { ...member, relationDetail: word && word !== relation ? word.slice(0, 10) : '' } });
  }

  const groups = listGroups(db);
  const numbersSeen = new Map<string, number>();
  const idsSeen = new Map<string, number>();
  const households: PlannedHousehold[] = blocks.map((b) => {
    const firstRow = b.raw[0]?.row ?? 0;
    const first = (f: ImportField) => b.raw.map((r) => get(r, f)).find(Boolean) ?? '';
    const rowOf = (f: ImportField) => b.raw.find((r) => get(r, f))?.row ?? firstRow;

    let existingId: number | null = null;
    if (b.number) {
      if (b.number.length > 20) problem(firstRow, 'number', '户号不能超过 20 位');
      const seen = numbersSeen.get(b.number);
      if (seen !== undefined) problem(firstRow, 'number', `户号 ${b.number} 在表中重复（第 ${seen} 行已用过）`);
      // A corrected sheet imported again names the households already in the roster: they are not problems.
      else existingId = householdIdByNumber(db, b.number);
      numbersSeen.set(b.number, firstRow);
    }

    let groupId = defaultGroupId ?? 0;
    const groupRaw = first('group');
    if (groupRaw) {
      const g = matchGroup(groups, groupRaw);
      if (g) groupId = g.id;
      else problem(rowOf('group'), 'group', `村小组“${groupRaw}”不存在（本村有：${groups.map((x) => x.name).join('、')}）`);
    } else if (!defaultGroupId) problem(firstRow, 'group', '未填写村小组');

    const statusRaw = first('status');
    const status = parseStatus(statusRaw);
    if (!status) problem(rowOf('status'), 'status', `状态应为${HOUSEHOLD_STATUSES.map((s) => `“${HOUSEHOLD_STATUS_LABELS[s]}”`).join('、')}之一`);

    const members = b.rows.map((m) => m.member);
    if (members.length > 30) problem(firstRow, '', '一户最多 30 名成员');
    for (const p of memberProblems(members)) {
      if (p.index === null) {
        const heads = b.rows.filter((m) => m.member.relation === HEAD).map((m) => m.row);
        problem(heads[1] ?? firstRow, 'relation', p.code === 'TWO_HEADS' ? `这一户有 ${heads.length} 名户主（第 ${heads.join('、')} 行）` : '这一户没有户主');
      } else problem(b.rows[p.index]?.row ?? firstRow, p.field, p.reason);
    }
    for (const { row, member } of b.rows) {
      if (!member.idCard || idCardProblem(member.idCard)) continue;
      // A repeat inside one household is already a member problem; here only repeats across households count.
      const seen = idsSeen.get(member.idCard);
      const holder = idCardHolder(db, member.idCard, null);
      if (seen !== undefined && !b.rows.some((m) => m.row === seen)) problem(row, 'idCard', `身份证号与第 ${seen} 行重复`);
      // Holder in the household whose 户号 is already taken: that problem says it all.
      else if (holder && holder.number !== b.number) problem(row, 'idCard', `身份证号已登记在户号 ${holder.number}（${holder.name}）`);
      if (seen === undefined) idsSeen.set(member.idCard, row);
    }

    const notes = [...new Set(b.raw.map((r) => get(r, 'note')).filter(Boolean))].join('；');
    return {
      firstRow,
      existingId,
      status: status ?? 'active',
      valid: b.raw.every((r) => !bad.has(r.row)),
      input: { groupId, number: b.number, address: first('address').slice(0, 100), note: notes.slice(0, 500), members },
    };
  });

  problems.sort((a, b) => a.row - b.row);
  return { households, problems };
}

const HEADER_WORDS = new Set<string>(IMPORT_FIELDS.flatMap((f) => f.headers));
const isHeaderWord = (text: string) => HEADER_WORDS.has(text.replace(/\s/g, ''));

/** 张 三 → 张三: spaces inside a Chinese name are typing slips; a Latin name keeps its spaces. */
function personName(raw: string): string {
  return /[\u3400-\u9fff]/.test(raw) ? raw.replace(/\s+/g, '') : raw;
}

function cell(r: SheetRow, mapping: ImportMapping, f: ImportField): string {
  const col = mapping[f];
  return col ? (r.cells.get(col) ?? '') : '';
}

function readMember(
  r: SheetRow,
  name: string,
  relation: Relation,
  mapping: ImportMapping,
  problem: (row: number, field: ImportField, reason: string) => void,
  thisYear: number,
): Member {
  const get = (row: SheetRow, f: ImportField) => cell(row, mapping, f);
  if (!name) problem(r.row, 'name', '缺少姓名');
  else if (Array.from(name).length > 20) problem(r.row, 'name', '姓名不能超过 20 个字');

  const idCol = get(r, 'idCard');
  let idCard = idCol ? normalizeIdCard(idCol) : null;
  if (idCard && r.lossy.has(mapping.idCard ?? 0)) {
    problem(r.row, 'idCard', '身份证号被 Excel 存成了数字，后几位已丢失；请把该列设为“文本”后重新填写');
    idCard = null;
  }
  const validId = idCard && !idCardProblem(idCard) ? idCard : null;

  let gender = parseGender(get(r, 'gender'));
  if (gender === undefined) {
    problem(r.row, 'gender', `性别应为“${GENDER_LABELS.male}”或“${GENDER_LABELS.female}”`);
    gender = null;
  }
  // The 17th digit of an ID number is odd for men.
  if (gender === null && validId) gender = Number(validId[16]) % 2 === 1 ? 'male' : 'female';

  let birthYear: number | null = null;
  const birthRaw = toHalfWidth(get(r, 'birthYear'));
  if (birthRaw) {
    const y = /(18|19|20)\d{2}/.exec(birthRaw);
    birthYear = y ? Number(y[0]) : null;
    if (!birthYear || birthYear < 1890 || birthYear > thisYear) {
      problem(r.row, 'birthYear', `出生年份“${birthRaw}”看不懂，应写成如 1985 或 1985-06-01`);
      birthYear = null;
    }
  } else if (validId) birthYear = Number(validId.slice(6, 10));

  return { name: name.slice(0, 20), relation, gender, birthYear, idCard, phone: get(r, 'phone') || null, partyMember: isPartyMember(get(r, 'politics')) };
}

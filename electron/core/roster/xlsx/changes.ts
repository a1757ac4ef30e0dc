import type { Database } from 'better-sqlite3';
import type { z } from 'zod';
import { normalizePhone } from '../../contract/identity.js';
import { GENDER_LABELS, HEAD, type GroupRow, type householdInput, type MemberDetail } from '../../contract/roster.js';
import { getHousehold, memberProblems } from '../households.js';

type HouseholdInput = z.output<typeof householdInput>;
type Member = HouseholdInput['members'][number];

export interface HouseholdUpdate {
  /** Readable lines for the preview; never an ID-card or phone number. */
  changes: string[];
  /** What `updateHousehold` is given: the roster's household with the sheet's values laid over it. */
  merged: HouseholdInput;
  /** Set when the sheet's household is not the roster's, or the result would break a roster rule. */
  problem: { field: string; reason: string } | null;
}

const gender = (g: Member['gender']) => (g ? GENDER_LABELS[g] : '未填');

/**
 * What re-importing a sheet would change in a household already in the
 * roster. Members are matched by name; a blank cell never erases what the
 * roster knows, and members the sheet leaves out are kept (they may have
 * points: removing a person is done in the roster, on purpose).
 */
export function householdUpdate(db: Database, id: number, sheet: HouseholdInput, groups: readonly GroupRow[]): HouseholdUpdate {
  const before = getHousehold(db, id);
  const changes: string[] = [];
  const oldHead = before.members.find((m) => m.relation === HEAD)?.name ?? '';
  const newHead = sheet.members.find((m) => m.relation === HEAD)?.name ?? '';
  if (newHead && !before.members.some((m) => m.name === newHead)) {
    const reason = `户号 ${before.number} 在花名册中是${oldHead}户，表中户主是${newHead}，不是同一户（请核对户号）`;
    return { changes, merged: sheet, problem: { field: '户号', reason } };
  }
  const groupName = (gid: number) => groups.find((g) => g.id === gid)?.name ?? '';
  if (sheet.groupId && sheet.groupId !== before.groupId) changes.push(`村小组：${groupName(before.groupId)} → ${groupName(sheet.groupId)}`);
  const address = sheet.address || before.address;
  if (address !== before.address) changes.push(`门牌地址：${before.address || '未填'} → ${address}`);
  const note = sheet.note || before.note;
  if (note !== before.note) changes.push('备注已更新');

  const members: Member[] = [];
  const matched = new Set<number>();
  for (const m of sheet.members) {
    const old = before.members.find((o) => o.name === m.name && !matched.has(o.id));
    if (!old) {
      changes.push(`新增成员：${m.name}（${m.relation}）`);
      members.push(m);
      continue;
    }
    matched.add(old.id);
    const next: Member = {
      id: old.id,
      name: old.name,
      relation: m.relation,
      relationDetail: m.relationDetail ?? old.relationDetail,
      gender: m.gender ?? old.gender,
      birthYear: m.birthYear ?? old.birthYear,
      idCard: m.idCard ?? old.idCard,
      phone: m.phone?.trim() ? normalizePhone(m.phone) : old.phone,
      partyMember: m.partyMember || old.partyMember,
    };
    const what = memberChanges(old, next);
    if (what.length) changes.push(`${m.name}：${what.join('，')}`);
    members.push(next);
  }
  // the roster's own relations came through the same contract
  for (const o of before.members) if (!matched.has(o.id)) members.push({ ...o, relation: o.relation as Member['relation'] });

  const broken = memberProblems(members)[0];
  const problem = broken ? { field: '', reason: `与花名册中户号 ${before.number} 的成员对不上：${broken.reason}（请在花名册中修改这一户）` } : null;
  return { changes, merged: { groupId: sheet.groupId || before.groupId, number: before.number, address, note, members }, problem };
}

function memberChanges(old: MemberDetail, next: Member): string[] {
  const out: string[] = [];
  const said = (relation: string, detail: string | undefined) => detail || relation;
  if (said(next.relation, next.relationDetail) !== said(old.relation, old.relationDetail)) {
    out.push(`与户主关系 ${said(old.relation, old.relationDetail)} → ${said(next.relation, next.relationDetail)}`);
  }
  if (next.gender !== old.gender) out.push(`性别 ${gender(old.gender)} → ${gender(next.gender)}`);
  if (next.birthYear !== old.birthYear) out.push(`出生年份 ${old.birthYear ?? '未填'} → ${next.birthYear ?? '未填'}`);
  // numbers are said to change, never shown: the preview is on a shared office screen
  if (next.idCard !== old.idCard) out.push(old.idCard ? '身份证号更正' : '补填身份证号');
  if (next.phone !== old.phone) out.push(old.phone ? '联系电话更改' : '补填联系电话');
  if (next.partyMember !== old.partyMember) out.push('登记为党员');
  return out;
}

import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import { UserError } from '../api/errors.js';
import { isoWithOffset, localDate } from '../api/time.js';
import { adoptListJson, listChecklists } from '../checklist/items.js';
import { parseChecklistTemplate, TEMPLATES, type ChecklistTemplate } from '../checklist/templates.js';
import { CHECKLIST_CODES, CHECKLIST_LABELS, type ChecklistCode, type ItemRow, type meetingInput } from '../contract/checklist.js';
import type { FileResult } from '../contract/result.js';
import type { AdoptedLists } from '../contract/transfer.js';
import { readVillage } from '../village/village.js';
import { fingerprintOf, keepVillageKey, signingKey, signText, verifyText } from './keys.js';

/**
 * 政府事务清单 handed down by the township: its 依法履职 and 依法协助 lists as
 * one signed JSON file (`<乡镇>-政府事务清单-<YYYYMMDD>.cunjilist`), signed with
 * the township's own key. A village adopts it as a new version of each list
 * with its own meeting; items keep their owners where they keep their names.
 */
export const LIST_PACKAGE_EXTENSION = '.cunjilist';
const HANDED_DOWN: readonly ChecklistCode[] = ['duty', 'assist'];
const MAX_BYTES = 2 * 1024 * 1024;
type Meeting = z.output<typeof meetingInput>;

const packageSchema = z.object({
  format: z.literal('cunji-lists'),
  version: z.literal(1),
  township: z.string(),
  county: z.string(),
  issuedAt: z.string(),
  lists: z.array(z.unknown()),
  publicKey: z.string(),
  fingerprint: z.string(),
  signature: z.string(),
});
type ListPackage = z.output<typeof packageSchema>;

const canonical = (p: Omit<ListPackage, 'signature'>) => JSON.stringify(['cunji-lists', 1, p.township, p.county, p.issuedAt, p.lists, p.publicKey, p.fingerprint]);

/** An item as the township holds it, in the template shape a village adopts. */
const asTemplateItem = (i: ItemRow) => ({
  category: i.category,
  name: i.name,
  cadence: i.cadence,
  evidence: i.evidence,
  partyOnly: i.partyOnly,
  points: i.points,
  grades: i.grades,
  unit: i.unit,
  capMonth: i.capMonth,
  capYear: i.capYear,
  noteRequired: i.noteRequired,
  photoRequired: i.photoRequired,
});

/** The township's own lists where it has adopted them, otherwise the shipped templates. */
function townshipLists(db: Database): ChecklistTemplate[] {
  const own = new Map(listChecklists(db, false).map((l) => [l.code, l]));
  return HANDED_DOWN.map((code) => {
    const list = own.get(code);
    return list ? parseChecklistTemplate({ code, name: list.name, items: list.items.map(asTemplateItem) }) : TEMPLATES[code];
  });
}

/** Builds the signed file; a first key is kept and audited in the caller's transaction, like a village's first export. */
export function buildListPackage(db: Database, now: Date, audit: (line: string) => void): FileResult {
  const self = readVillage(db);
  if (!self || self.installation !== 'township') throw new UserError('NOT_A_TOWNSHIP', '只有乡镇安装可以下发政府事务清单');
  const { key, isNew } = signingKey(db);
  if (isNew) {
    keepVillageKey(db, key, isoWithOffset(now));
    audit(`生成乡镇签名密钥，指纹 ${key.fingerprint}`);
  }
  const body = { format: 'cunji-lists' as const, version: 1 as const, township: self.township, county: self.county, issuedAt: isoWithOffset(now), lists: townshipLists(db), publicKey: key.publicKey, fingerprint: key.fingerprint };
  const pkg: ListPackage = { ...body, signature: signText(canonical(body), key.privateKey) };
  const fileName = `${self.township.replace(/[\\/:*?"<>|\s]/g, '')}-政府事务清单-${localDate(now).replaceAll('-', '')}${LIST_PACKAGE_EXTENSION}`;
  return { fileName, mime: 'application/json', dataBase64: Buffer.from(JSON.stringify(pkg, null, 1), 'utf8').toString('base64') };
}

const notAPackage = () => new UserError('LISTS_FOREIGN', '这不是乡镇下发的政府事务清单文件（.cunjilist），没有导入。');

/** Checks the file (shape, signature, fingerprint, township and county) before anything is written. */
function readListPackage(dataBase64: string, self: { township: string; county: string }): { pkg: ListPackage; lists: ChecklistTemplate[] } {
  const bytes = Buffer.from(dataBase64, 'base64');
  if (bytes.length === 0 || bytes.length > MAX_BYTES) throw notAPackage();
  let pkg: ListPackage;
  try {
    pkg = packageSchema.parse(JSON.parse(bytes.toString('utf8')));
  } catch {
    throw notAPackage();
  }
  const { signature, ...body } = pkg;
  if (fingerprintOf(pkg.publicKey) !== pkg.fingerprint || !verifyText(canonical(body), signature, pkg.publicKey)) {
    throw new UserError('LISTS_BAD_SIGNATURE', '清单文件的签名不正确：内容被改动过，或不是乡镇的密钥签的。没有导入。');
  }
  if (pkg.township !== self.township || pkg.county !== self.county) {
    throw new UserError('LISTS_OTHER_TOWNSHIP', `这份清单是${pkg.county}${pkg.township}下发的，本村属于${self.county}${self.township}，没有导入。`);
  }
  let lists: ChecklistTemplate[];
  try {
    lists = pkg.lists.map(parseChecklistTemplate);
  } catch {
    throw notAPackage();
  }
  if (lists.length === 0 || lists.some((l) => !HANDED_DOWN.includes(l.code))) throw notAPackage();
  return { pkg, lists };
}

/**
 * Adopts a handed-down file as a new version of the village's 依法履职 and
 * 依法协助 lists, with the village's own meeting (the caller's transaction).
 * A list the village has not taken up yet is created.
 */
export function adoptHandedDown(db: Database, dataBase64: string, meeting: Meeting, operatorId: number, now: Date): AdoptedLists {
  const self = readVillage(db);
  if (!self || self.installation !== 'village') throw new UserError('NOT_A_VILLAGE', '只有村级安装可以导入乡镇下发的清单');
  const { pkg, lists } = readListPackage(dataBase64, self);
  const at = isoWithOffset(now);
  const adopted = lists.map((list) => {
    if (!db.prepare('SELECT 1 FROM checklists WHERE code = ?').get(list.code)) {
      db.prepare('INSERT INTO checklists (code, name, sort) VALUES (?, ?, ?)').run(list.code, CHECKLIST_LABELS[list.code], CHECKLIST_CODES.indexOf(list.code) + 1);
    }
    const version = adoptListJson(db, list, meeting, operatorId, at);
    return { name: CHECKLIST_LABELS[list.code], version: version.version, items: list.items.length };
  });
  return { township: pkg.township, issuedOn: pkg.issuedAt.slice(0, 10), fingerprint: pkg.fingerprint, lists: adopted };
}

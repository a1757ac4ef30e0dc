import { describe, expect, it } from 'vitest';
import { ADMIN, setUpVillage } from '../helpers.js';
import { setUpTownship } from '../transfer/helpers.js';

const MEETING = { kind: 'representatives', date: '2026-03-10', attendance: 38, note: '' } as const;
const PUBLICITY = '按时完成村务公开（每月10日前）';

/** A township that adopted the shipped 依法履职/依法协助 lists and raised one item to 3 points. */
async function townshipWithLists() {
  const t = await setUpTownship();
  const lists = await t.core.call(ADMIN, 'checklist.loadTemplates', { codes: ['duty', 'assist'], meeting: { ...MEETING, date: '2026-03-01' } });
  const item = lists.find((l) => l.code === 'duty')!.items.find((i) => i.name === PUBLICITY)!;
  await t.core.call(ADMIN, 'checklist.saveItem', { id: item.id, checklistId: item.checklistId, category: item.category, name: item.name, cadence: item.cadence, evidence: item.evidence, values: { points: 3, unit: item.unit } });
  return t;
}

/** A village that has the duty list with 王书记 owning the publicity item. */
async function villageWithOwner() {
  const v = await setUpVillage();
  const lists = await v.core.call(ADMIN, 'checklist.loadTemplates', { codes: ['duty'], meeting: { ...MEETING, date: '2026-01-05' } });
  const cadre = await v.core.call(ADMIN, 'roster.cadres.save', { name: '王书记', post: '书记', fromDate: '2025-01-01' });
  const item = lists[0]!.items.find((i) => i.name === PUBLICITY)!;
  await v.core.call(ADMIN, 'checklist.assign', { itemId: item.id, cadreId: cadre.id });
  return { ...v, itemId: item.id, cadreId: cadre.id };
}

const versions = (v: { core: { db: import('better-sqlite3').Database } }) => v.core.db.prepare('SELECT count(*) FROM checklist_versions').pluck().get();

describe('the township hands down its 政府事务清单', () => {
  it('a village adopts it as a new version with its own meeting, keeping its owners', async () => {
    const t = await townshipWithLists();
    const file = await t.core.call(ADMIN, 'township.exportLists', {});
    expect(file.fileName).toBe('打安镇-政府事务清单-20260315.cunjilist');
    const v = await villageWithOwner();
    const adopted = await v.core.call(ADMIN, 'transfer.adoptLists', { file: { fileName: file.fileName, dataBase64: file.dataBase64 }, meeting: MEETING });
    expect(adopted.lists).toEqual([
      { name: '依法履职清单', version: 2, items: expect.any(Number) },
      { name: '依法协助清单', version: 1, items: expect.any(Number) },
    ]);
    const lists = await v.core.call(ADMIN, 'checklist.lists', {});
    const duty = lists.find((l) => l.code === 'duty')!;
    expect(duty.versions[0]).toMatchObject({ version: 2, meetingDate: '2026-03-10', attendance: 38 });
    expect(duty.items.find((i) => i.id === v.itemId)).toMatchObject({ points: 3, cadreId: v.cadreId, cadreName: '王书记' });
    expect(lists.map((l) => l.code)).toContain('assist');
    expect(v.core.db.prepare('SELECT summary FROM audit_log ORDER BY id DESC LIMIT 1').pluck().get()).toMatch(/采用打安镇2026-03-15下发的政府事务清单/);
  });

  it('refuses a changed file or one from another township, and changes nothing', async () => {
    const t = await townshipWithLists();
    const file = await t.core.call(ADMIN, 'township.exportLists', {});
    const v = await villageWithOwner();
    const before = versions(v);
    const text = Buffer.from(file.dataBase64, 'base64').toString('utf8');
    const changed = Buffer.from(text.replace('"points": 3', '"points": 30'), 'utf8').toString('base64');
    expect(changed).not.toBe(file.dataBase64);
    await expect(v.core.call(ADMIN, 'transfer.adoptLists', { file: { fileName: file.fileName, dataBase64: changed }, meeting: MEETING })).rejects.toThrow(/签名不正确/);
    v.core.db.prepare("UPDATE village SET township = '七坊镇'").run();
    await expect(v.core.call(ADMIN, 'transfer.adoptLists', { file, meeting: MEETING })).rejects.toThrow('这份清单是白沙黎族自治县打安镇下发的，本村属于白沙黎族自治县七坊镇');
    await expect(v.core.call(ADMIN, 'transfer.adoptLists', { file: { fileName: 'x.cunjilist', dataBase64: Buffer.from('{}').toString('base64') }, meeting: MEETING })).rejects.toThrow(/不是乡镇下发的/);
    expect(versions(v)).toBe(before);
  });
});

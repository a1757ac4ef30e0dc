import { describe, expect, it } from 'vitest';
import { setUpVillage, ADMIN, tempDir } from '../helpers.js';
import { addHouseholds, dbFileHash, exportTo, importFile, setUpTownship } from '../transfer/helpers.js';

/** A package from 测试村 of 七坊镇, 白沙黎族自治县 — not the township's own 打安镇. */
async function foreignPackage() {
  const v = await setUpVillage();
  v.core.db.prepare("UPDATE village SET township = '七坊镇'").run();
  await addHouseholds(v.core, 2);
  return (await exportTo(v.core, tempDir())).path!;
}

describe('a village of another township or county', () => {
  it('is refused, naming both, and nothing is written', async () => {
    const file = await foreignPackage();
    const t = await setUpTownship();
    const before = dbFileHash(t.core, t.dataDir);
    const outcome = await importFile(t.core, file);
    expect(outcome).toMatchObject({ status: 'refused', acceptable: { villageName: '测试村', township: '七坊镇', county: '白沙黎族自治县' } });
    expect(outcome.message).toContain('白沙黎族自治县七坊镇');
    expect(outcome.message).toContain('本乡镇（白沙黎族自治县打安镇）');
    expect(dbFileHash(t.core, t.dataDir)).toBe(before);
  });

  it('is imported once the township admin has accepted it (confirmed and audited)', async () => {
    const file = await foreignPackage();
    const t = await setUpTownship();
    const { acceptable } = await importFile(t.core, file);
    await expect(t.core.call(ADMIN, 'township.acceptVillage', { ...acceptable!, confirm: false as never })).rejects.toThrow(/请先确认接收该村/);
    await t.core.call(ADMIN, 'township.acceptVillage', { ...acceptable!, confirm: true });
    expect(t.core.db.prepare('SELECT summary FROM audit_log ORDER BY id DESC LIMIT 1').pluck().get()).toContain('接收白沙黎族自治县七坊镇的测试村');
    expect((await importFile(t.core, file)).status).toBe('imported');
  });

  it('accepted for one township, it is asked about again when it moves to yet another', async () => {
    const file = await foreignPackage();
    const t = await setUpTownship();
    const { acceptable } = await importFile(t.core, file);
    await t.core.call(ADMIN, 'township.acceptVillage', { ...acceptable!, township: '青松乡', confirm: true });
    expect((await importFile(t.core, file)).status).toBe('refused');
  });
});

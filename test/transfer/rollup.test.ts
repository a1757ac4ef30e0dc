import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { percentText, permille } from '../../electron/core/contract/township.js';
import { postEntry } from '../../electron/core/ledger/entries.js';
import { verifyPackage } from '../../electron/core/transfer/verify.js';
import { ledgerVillage } from '../ledger/fixture.js';
import { ADMIN, tempDir } from '../helpers.js';
import { exportTo, importFile, setUpTownship } from './helpers.js';

/** 6 households; 2 take part in March 2026, 1 only in December 2025; one redemption; 2 duty items, 1 done. */
async function villageWithLedger() {
  const v = await ledgerVillage();
  const { core, clerk, reviewer, households, cadres, item } = v;
  const volunteer = item('参加志愿服务').id;
  const march = await core.call(clerk, 'ledger.record', { itemId: volunteer, date: '2026-03-02', householdIds: households.slice(0, 3) });
  await core.call(reviewer, 'ledger.review', { seqs: march.seqs.slice(0, 2), decision: 'approved' });
  await core.call(reviewer, 'ledger.review', { seqs: [march.seqs[2]!], decision: 'rejected', reason: '核实不符' });
  const december = await core.call(clerk, 'ledger.record', { itemId: volunteer, date: '2025-12-20', householdIds: [households[3]!] });
  await core.call(reviewer, 'ledger.review', { seqs: december.seqs, decision: 'approved' });
  core.db.transaction(() =>
    postEntry(core.db, {
      date: '2026-03-14', subject: 'household', householdId: households[0]!, points: -10, kind: 'spend',
      sourceType: 'redemption', sourceId: 1, note: '积分超市兑换', status: 'approved', operatorId: 1, createdAt: '2026-03-14T10:00:00.000+08:00',
    }),
  )();
  await core.call(ADMIN, 'checklist.assign', { itemId: item('调解矛盾纠纷').id, cadreId: cadres[0]! });
  await core.call(ADMIN, 'checklist.assign', { itemId: item('组织人居环境大扫除').id, cadreId: cadres[1]! });
  const duty = await core.call(clerk, 'ledger.record', { itemId: item('调解矛盾纠纷').id, date: '2026-03-13', cadreId: cadres[0]!, note: '调解王李两家宅基地纠纷' });
  await core.call(reviewer, 'ledger.review', { seqs: duty.seqs, decision: 'approved' });
  return v;
}

describe('township roll-up from the ledger', () => {
  it('carries entries without notes and the ledger chain head', async () => {
    const v = await villageWithLedger();
    const r = await exportTo(v.core, tempDir());
    const head = v.core.db.prepare('SELECT hash FROM entries ORDER BY seq DESC LIMIT 1').get() as { hash: string };
    const pkg = verifyPackage(r.path!);
    expect(pkg.manifest.ledgerHead).toBe(head.hash);
    expect(pkg.manifest.tables.find((t) => t.name === 'entries')?.rows).toBe(6);
    expect(readFileSync(r.path!).toString('utf8')).not.toContain('调解王李两家');
  });

  it('participation, points issued and redeemed, duty completion for a year, a month and another year', async () => {
    const v = await villageWithLedger();
    const r = await exportTo(v.core, tempDir());
    const t = await setUpTownship();
    expect((await importFile(t.core, r.path!)).status).toBe('imported');

    const year = await t.core.call(ADMIN, 'township.dashboard', { period: '2026' });
    expect(year.villages[0]).toMatchObject({ households: 6, participating: 2, issued: 30, redeemed: 10, dutyItems: 2, dutyDone: 1 });
    expect(year.totals).toMatchObject({ villages: 1, households: 6, participating: 2, issued: 30, redeemed: 10, dutyItems: 2, dutyDone: 1 });
    const march = await t.core.call(ADMIN, 'township.dashboard', { period: '2026-03' });
    expect(march.villages[0]).toMatchObject({ participating: 2, issued: 30, redeemed: 10, dutyDone: 1 });
    const feb = await t.core.call(ADMIN, 'township.dashboard', { period: '2026-02' });
    expect(feb.villages[0]).toMatchObject({ participating: 0, issued: 0, redeemed: 0, dutyDone: 0 });
    const last = await t.core.call(ADMIN, 'township.dashboard', { period: '2025' });
    expect(last.villages[0]).toMatchObject({ participating: 1, issued: 15, redeemed: 0 });

    const detail = await t.core.call(ADMIN, 'township.village', { uid: year.villages[0]!.uid, period: '2026' });
    expect(detail.months).toEqual([{ month: '2026-03', issued: 30, redeemed: 10, participating: 2 }]);
    expect(detail.cadres).toEqual([
      { name: '李主任', post: '主任', dutyItems: 1, dutyDone: 1, points: 3 },
      { name: '陈委员', post: '委员', dutyItems: 1, dutyDone: 0, points: 0 },
    ]);
    expect(detail.groups.reduce((n, g) => n + g.participating, 0)).toBe(2);
  });

  it('ranks villages by participation rate', async () => {
    const busy = await villageWithLedger();
    const quiet = await ledgerVillage();
    const t = await setUpTownship();
    await importFile(t.core, (await exportTo(quiet.core, tempDir())).path!);
    await importFile(t.core, (await exportTo(busy.core, tempDir())).path!);
    const d = await t.core.call(ADMIN, 'township.dashboard', { period: '2026' });
    expect(d.villages.map((x) => x.participating)).toEqual([2, 0]);
  });

  it('exports the ranking as .xlsx with a total row', async () => {
    const v = await villageWithLedger();
    const t = await setUpTownship();
    await importFile(t.core, (await exportTo(v.core, tempDir())).path!);
    const file = await t.core.call(ADMIN, 'township.exportXlsx', { period: '2026' });
    expect(file.fileName).toBe('打安镇各村汇总-2026.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(file.dataBase64, 'base64') as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    const row = (n: number) => (ws.getRow(n).values as unknown[]).slice(1, 10);
    expect(row(1)).toEqual(['排名', '村', '在册户数', '参与户数', '参与率', '发放积分', '兑换积分', '干部职责完成', '职责完成率']);
    expect(row(2)).toEqual([1, '测试村', 6, 2, '33.3%', 30, 10, '1 / 2', '50.0%']);
    expect(row(3).slice(1)).toEqual(['合计（1 个村）', 6, 2, '33.3%', 30, 10, '1 / 2', '50.0%']);
  });

  it('formats rates in integers, rounding half up', () => {
    expect(permille(3, 4)).toBe(750);
    expect(permille(2, 3)).toBe(667);
    expect(percentText(1, 3)).toBe('33.3%');
    expect(percentText(85, 100)).toBe('85.0%');
    expect(percentText(0, 0)).toBe('—');
  });
});

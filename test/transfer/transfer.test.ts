import Database from 'better-sqlite3';
import fc from 'fast-check';
import { copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../electron/core/api/errors.js';
import { exportPackage } from '../../electron/core/transfer/export.js';
import { verifyPackage } from '../../electron/core/transfer/verify.js';
import { ADMIN, closeAfterTest, setUpVillage, tempDir } from '../helpers.js';
import { addHouseholds, dbFileHash, exportTo, forgeWithAnotherKey, idCard, importFile, phone, setUpTownship } from './helpers.js';

async function villageWithPackage(households = 3) {
  const v = await setUpVillage();
  await addHouseholds(v.core, households);
  await v.core.call(ADMIN, 'roster.cadres.save', { name: '王书记', post: '书记', phone: '13800138000', fromDate: '2025-01-01' });
  const stick = tempDir('cunji-stick-');
  const result = await exportTo(v.core, stick);
  return { ...v, stick, result, file: result.path! };
}

describe('village export', () => {
  it('writes <村名>-<YYYYMM>-<序号>.cunji as a SQLite file with a signed manifest', async () => {
    const { core, result, file } = await villageWithPackage();
    expect(result.fileName).toBe('测试村-202603-001.cunji');
    const pkg = new Database(file, { readonly: true });
    const m = pkg.prepare('SELECT village_name, township, sequence, period, previous_hash, fingerprint FROM manifest').get();
    expect(m).toEqual({ village_name: '测试村', township: '打安镇', sequence: 1, period: '2026-03', previous_hash: '', fingerprint: result.fingerprint });
    expect(pkg.prepare('SELECT name, rows FROM manifest_tables ORDER BY name').all()).toEqual([
      { name: 'cadres', rows: 1 },
      { name: 'chain_links' },
      { name: 'closure_anchors', rows: 0 },
      { name: 'closures', rows: 0 },
      { name: 'entries', rows: 0 },
      { name: 'groups', rows: 3 },
      { name: 'households', rows: 3 },
      { name: 'items', rows: 0 },
      { name: 'publications', rows: 0 },
    ].map((r) => expect.objectContaining(r)));
    pkg.close();
    const status = await core.call(ADMIN, 'transfer.status', {});
    expect(status.fingerprint).toMatch(/^([0-9A-F]{4} ){7}[0-9A-F]{4}$/);
    expect(status.nextFileName).toBe('测试村-202603-002.cunji');

    const second = await exportTo(core, tempDir());
    expect(verifyPackage(second.path!).manifest.previousHash).toBe(verifyPackage(file).packageHash);
  });

  it('carries no ID-card number, phone number or private key anywhere in the file', async () => {
    const { core, file } = await villageWithPackage(4);
    const bytes = readFileSync(file);
    const text = bytes.toString('utf8');
    const secrets = [...Array.from({ length: 10 }, (_, i) => idCard(i)), ...Array.from({ length: 10 }, (_, i) => phone(i)), '13800138000'];
    // the village database really holds them, so absence in the package means something
    expect((core.db.prepare('SELECT count(*) AS n FROM members WHERE id_card IS NOT NULL AND phone IS NOT NULL').get() as { n: number }).n).toBe(8);
    for (const s of secrets) expect(text.includes(s)).toBe(false);
    expect(text).not.toContain('PRIVATE KEY');
    const key = core.db.prepare('SELECT private_key FROM transfer_key').get() as { private_key: string };
    expect(text).not.toContain(key.private_key.split('\n')[1]);
  });

  it('a full stick gets a plain message, leaves no file and does not use up the sequence number', async () => {
    const v = await setUpVillage();
    await addHouseholds(v.core, 2);
    const stick = tempDir('cunji-stick-');
    await expect(exportPackage(v.core.db, v.dataDir, v.clock.now(), { kind: 'folder', path: stick }, null, { capacityBytes: 5000 })).rejects.toThrow(/U 盘空间不够/);
    expect(readdirSync(stick)).toEqual([]);
    expect((await v.core.call(ADMIN, 'transfer.status', {})).exports).toEqual([]);
    const again = await exportTo(v.core, stick);
    expect(again.sequence).toBe(1);
    expect(readdirSync(stick)).toEqual(['测试村-202603-001.cunji']);
  });

  it('a pulled stick (folder gone) is a plain message', async () => {
    const v = await setUpVillage();
    await expect(exportTo(v.core, join(tempDir(), 'gone'))).rejects.toThrow(/U 盘可能已经拔出/);
  });

  it('hands the file over for download in the web build', async () => {
    const v = await setUpVillage();
    const r = await v.core.call(ADMIN, 'transfer.export', { target: { kind: 'download' } });
    expect(r.path).toBeNull();
    expect(Buffer.from(r.file!.dataBase64, 'base64').toString('latin1', 0, 15)).toBe('SQLite format 3');
  });
});

describe('township import', () => {
  it('imports, trusts the key on first use and rolls up; the same package again changes nothing', async () => {
    const village = await villageWithPackage(3);
    const t = await setUpTownship();
    const first = await importFile(t.core, village.file);
    expect(first).toMatchObject({ status: 'imported', villageName: '测试村', sequence: 1, firstContact: true, fingerprint: village.result.fingerprint });
    expect(first.message).toContain(village.result.fingerprint);
    const audit = t.core.db.prepare('SELECT summary FROM audit_log ORDER BY id DESC LIMIT 1').get() as { summary: string };
    expect(audit.summary).toContain('导入测试村第 1 号数据包');
    const d = await t.core.call(ADMIN, 'township.dashboard', { period: '2026' });
    expect(d.villages).toMatchObject([{ name: '测试村', households: 3, groups: 3, cadres: 1, sequence: 1, packageDate: '2026-03-15', stale: false }]);

    const before = dbFileHash(t.core, t.dataDir);
    const again = await importFile(t.core, village.file);
    expect(again.status).toBe('duplicate');
    expect(again.message).toMatch(/^已导入/);
    expect(dbFileHash(t.core, t.dataDir)).toBe(before);
  });

  it('keeps only the newest package per village and records a receipt for each', async () => {
    const village = await villageWithPackage(2);
    const t = await setUpTownship();
    await importFile(t.core, village.file);
    await addHouseholds(village.core, 3, 10);
    village.clock.advance(86_400_000 * 30);
    const second = await exportTo(village.core, tempDir());
    expect((await importFile(t.core, second.path!)).status).toBe('imported');
    const d = await t.core.call(ADMIN, 'township.dashboard', { period: '2026' });
    expect(d.totals).toMatchObject({ villages: 1, households: 5, cadres: 1, stale: 0 });
    const detail = await t.core.call(ADMIN, 'township.village', { uid: d.villages[0]!.uid, period: '2026' });
    expect(detail.receipts.map((r) => r.sequence)).toEqual([2, 1]);
    expect(detail.groups.reduce((n, g) => n + g.households, 0)).toBe(5);
  });

  it('warns when a village has not sent a package for more than 45 days', async () => {
    const village = await villageWithPackage(1);
    const t = await setUpTownship();
    await importFile(t.core, village.file);
    t.clock.advance(86_400_000 * 46);
    const d = await t.core.call(ADMIN, 'township.dashboard', { period: '2026' });
    expect(d.villages[0]).toMatchObject({ daysSincePackage: 46, stale: true });
  });

  describe('refuses bad packages and leaves the township database byte-identical', () => {
    async function expectRefused(file: string, status: 'refused' | 'alarm', reason: RegExp, prepare?: (t: Awaited<ReturnType<typeof setUpTownship>>) => Promise<void>) {
      const t = await setUpTownship();
      if (prepare) await prepare(t);
      const before = dbFileHash(t.core, t.dataDir);
      const outcome = await importFile(t.core, file);
      expect(outcome.status).toBe(status);
      expect(outcome.message).toMatch(reason);
      expect(dbFileHash(t.core, t.dataDir)).toBe(before);
    }

    it('bit-flipped in a row', async () => {
      const { file } = await villageWithPackage();
      const bytes = readFileSync(file);
      const at = bytes.indexOf(Buffer.from('户主2'));
      expect(at).toBeGreaterThan(0);
      bytes[at + 3]! ^= 0x01;
      const bad = join(tempDir(), 'flipped.cunji');
      writeFileSync(bad, bytes);
      await expectRefused(bad, 'refused', /已损坏/);
    });

    it('bit-flipped in the manifest', async () => {
      const { file } = await villageWithPackage();
      const bytes = readFileSync(file);
      const at = bytes.indexOf(Buffer.from('2026-03-15T'));
      expect(at).toBeGreaterThan(0);
      bytes[at + 9]! ^= 0x02; // day 15 → 17
      const bad = join(tempDir(), 'flipped.cunji');
      writeFileSync(bad, bytes);
      await expectRefused(bad, 'refused', /签名不正确/);
    });

    it('truncated', async () => {
      const { file } = await villageWithPackage();
      const bytes = readFileSync(file);
      const bad = join(tempDir(), 'short.cunji');
      writeFileSync(bad, bytes.subarray(0, bytes.length - 4096));
      await expectRefused(bad, 'refused', /不完整/);
      writeFileSync(bad, bytes.subarray(0, 50));
      await expectRefused(bad, 'refused', /不是本系统导出的数据包/);
    });

    it('re-signed with another key after a change', async () => {
      const { file } = await villageWithPackage();
      const forged = join(tempDir(), '测试村-202603-001.cunji');
      forgeWithAnotherKey(file, forged);
      // a consistent forgery passes the file checks: only the trusted key tells it apart
      expect(verifyPackage(forged).manifest.sequence).toBe(1);
      await expectRefused(forged, 'alarm', /另一把密钥/, async (t) => {
        await importFile(t.core, file);
      });
    });

    it('replayed (an older package after a newer one)', async () => {
      const village = await villageWithPackage();
      const second = await exportTo(village.core, tempDir());
      await expectRefused(village.file, 'refused', /旧数据包/, async (t) => {
        await importFile(t.core, village.file);
        await importFile(t.core, second.path!);
      });
    });

    it('older sequence never imported before', async () => {
      const village = await villageWithPackage();
      const second = await exportTo(village.core, tempDir());
      await expectRefused(village.file, 'refused', /旧数据包/, async (t) => {
        await importFile(t.core, second.path!);
      });
    });

    it('same sequence with different content is an alarm', async () => {
      const village = await villageWithPackage();
      // a copy of the village database exports the same sequence number with other rows
      village.core.db.pragma('wal_checkpoint(TRUNCATE)');
      const twinDir = tempDir();
      copyFileSync(join(village.dataDir, 'cunji.sqlite'), join(twinDir, 'cunji.sqlite'));
      const { createCore } = await import('../../electron/core/app.js');
      const twin = closeAfterTest(createCore({ dataDir: twinDir, clock: village.clock, log: () => {} }));
      twin.sessions.set(ADMIN, { id: 1, name: '王书记', roles: ['admin'] });
      const a = await exportTo(village.core, tempDir());
      await addHouseholds(twin, 1, 50);
      const b = await exportTo(twin, tempDir());
      twin.db.close();
      expect(a.sequence).toBe(b.sequence);
      await expectRefused(b.path!, 'alarm', /内容不同/, async (t) => {
        await importFile(t.core, village.file);
        await importFile(t.core, a.path!);
      });
    });

    it('foreign files: text, a village database, another SQLite file', async () => {
      const village = await villageWithPackage();
      const dir = tempDir();
      writeFileSync(join(dir, 'a.cunji'), '这不是数据包');
      await expectRefused(join(dir, 'a.cunji'), 'refused', /不是本系统导出的数据包/);
      village.core.db.pragma('wal_checkpoint(TRUNCATE)');
      await expectRefused(join(village.dataDir, 'cunji.sqlite'), 'refused', /村里的数据库文件/);
      const other = new Database(join(dir, 'b.cunji'));
      other.exec('CREATE TABLE t (x)');
      other.close();
      await expectRefused(join(dir, 'b.cunji'), 'refused', /其他程序/);
    });
  });

  it('never accepts changed content, wherever a bit flips', async () => {
    const { file } = await villageWithPackage(5);
    const bytes = readFileSync(file);
    const original = verifyPackage(file).packageHash;
    const probe = join(tempDir(), 'probe.cunji');
    fc.assert(
      fc.property(fc.integer({ min: 0, max: bytes.length * 8 - 1 }), (bit) => {
        const copy = Buffer.from(bytes);
        copy[bit >> 3]! ^= 1 << (bit & 7);
        writeFileSync(probe, copy);
        let accepted: string;
        try {
          accepted = verifyPackage(probe).packageHash;
        } catch (e) {
          // refused with a reason is fine; any other error is a crash the township would see
          if (!(e instanceof UserError) || !e.code.startsWith('PACKAGE_')) throw e;
          return;
        }
        // accepted only when the flip hit bytes that carry no content (free space in a page)
        expect(accepted).toBe(original);
      }),
      { numRuns: 200 },
    );
  });

  it('scans a folder (a stick) and imports every package in it, refusing the bad one', async () => {
    const village = await villageWithPackage(2);
    writeFileSync(join(village.stick, 'broken.cunji'), 'junk');
    const t = await setUpTownship();
    const outcomes = await t.core.call(ADMIN, 'township.scan', { folder: village.stick });
    expect(outcomes.map((o) => [o.fileName, o.status])).toEqual([
      ['broken.cunji', 'refused'],
      ['测试村-202603-001.cunji', 'imported'],
    ]);
    await expect(t.core.call(ADMIN, 'township.scan', { folder: join(village.stick, 'nope') })).rejects.toThrow(/打不开文件夹/);
  });

  it('a village installation refuses to import', async () => {
    const { core, file } = await villageWithPackage();
    expect((await importFile(core, file)).message).toMatch(/村级安装/);
  });
});

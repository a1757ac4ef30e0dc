import Database from 'better-sqlite3';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chainHash } from '../../electron/core/db/chain-hash.js';
import { rowHash } from '../../electron/core/ledger/chain.js';
import { buildPackage, recordExport } from '../../electron/core/transfer/build.js';
import { digestTable } from '../../electron/core/transfer/digest.js';
import { canonicalManifest, tablesOf } from '../../electron/core/transfer/format.js';
import { HEADS_OF_PACKAGE_SQL, packageChainsHold } from '../../electron/core/transfer/history.js';
import { signText } from '../../electron/core/transfer/keys.js';
import { readManifest, verifyPackage } from '../../electron/core/transfer/verify.js';
import { ledgerVillage } from '../ledger/fixture.js';
import { ADMIN, tempDir } from '../helpers.js';
import { dbFileHash, exportTo, importFile, setUpTownship } from '../transfer/helpers.js';

type Db = Awaited<ReturnType<typeof ledgerVillage>>['core']['db'];

/** A village with approved entries in December 2025 and March 2026. */
async function village() {
  const v = await ledgerVillage();
  const volunteer = v.item('参加志愿服务').id;
  const march = await v.core.call(v.clerk, 'ledger.record', { itemId: volunteer, date: '2026-03-02', householdIds: v.households.slice(0, 3) });
  await v.core.call(v.reviewer, 'ledger.review', { seqs: march.seqs, decision: 'approved' });
  const december = await v.core.call(v.clerk, 'ledger.record', { itemId: volunteer, date: '2025-12-20', householdIds: [v.households[3]!] });
  await v.core.call(v.reviewer, 'ledger.review', { seqs: december.seqs, decision: 'approved' });
  return v;
}

/**
 * What a village could do between two packages with the database open in a
 * SQLite tool: drop the guards, rewrite entry 1's note, and recompute every
 * later hash and the entries' chain links, so its own 数据校验 still passes.
 */
function rewriteFirstEntry(db: Db): void {
  db.exec('DROP TRIGGER entries_no_update; DROP TRIGGER chain_links_no_update;');
  db.prepare("UPDATE entries SET note = '改过的说明' WHERE seq = 1").run();
  let prev = '0'.repeat(64);
  for (const row of db.prepare('SELECT * FROM entries ORDER BY seq').all() as (Record<string, unknown> & { seq: number })[]) {
    const hash = rowHash('entries', prev, row);
    db.prepare('UPDATE entries SET prev_hash = ?, hash = ? WHERE seq = ?').run(prev, hash, row.seq);
    prev = hash;
  }
  let linkPrev = '0'.repeat(64);
  const hashes = db.prepare('SELECT hash FROM entries ORDER BY seq').pluck().all() as string[];
  hashes.forEach((h, i) => {
    const link = chainHash(linkPrev, JSON.stringify([h]));
    db.prepare("UPDATE chain_links SET prev_hash = ?, hash = ? WHERE register = 'entries' AND seq = ?").run(linkPrev, link, i + 1);
    linkPrev = link;
  });
}

describe('the township remembers every chain head it has seen', () => {
  it('refuses a package whose history before a known head was rewritten, and writes nothing', async () => {
    const v = await village();
    const t = await setUpTownship();
    expect((await importFile(t.core, (await exportTo(v.core, tempDir())).path!)).status).toBe('imported');
    const heads = t.core.db.prepare("SELECT seq FROM township_chain_heads WHERE register = 'entries'").pluck().all();
    expect(heads).toEqual([4]);

    rewriteFirstEntry(v.core.db);
    // the village's own check cannot see it: the chain was recomputed from the rewritten row on
    expect((await v.core.call(ADMIN, 'ledger.verify', {})).ok).toBe(true);
    const second = await exportTo(v.core, tempDir());
    expect(verifyPackage(second.path!).manifest.sequence).toBe(2);

    const before = dbFileHash(t.core, t.dataDir);
    const outcome = await importFile(t.core, second.path!);
    expect(outcome.status).toBe('alarm');
    expect(outcome.message).toMatch(/测试村第 2 号数据包改写了已报送过的历史（积分记录第 4 号与之前报送的不同）/);
    expect(dbFileHash(t.core, t.dataDir)).toBe(before);
  });

  it('takes the next package when history only grew, and remembers the new heads too', async () => {
    const v = await village();
    const t = await setUpTownship();
    await importFile(t.core, (await exportTo(v.core, tempDir())).path!);
    const more = await v.core.call(v.clerk, 'ledger.record', { itemId: v.item('参加志愿服务').id, date: '2026-03-03', householdIds: [v.households[5]!] });
    await v.core.call(v.reviewer, 'ledger.review', { seqs: more.seqs, decision: 'approved' });
    expect((await importFile(t.core, (await exportTo(v.core, tempDir())).path!)).status).toBe('imported');
    expect(t.core.db.prepare("SELECT seq FROM township_chain_heads WHERE register = 'entries' ORDER BY seq").pluck().all()).toEqual([4, 5]);
  });
});

describe('the heads the township takes from a package', () => {
  it('are the newest link of each register with its own hash, read in one pass of the keyless chain_links', () => {
    // a package's chain_links is a plain copy without a key; links in no particular order
    const db = new Database(':memory:');
    db.prepare('ATTACH DATABASE ? AS pkg').run(join(tempDir(), 'links.cunji'));
    db.exec('CREATE TABLE pkg.chain_links (register TEXT NOT NULL, seq INTEGER NOT NULL, prev_hash TEXT NOT NULL, hash TEXT NOT NULL)');
    const link = db.prepare('INSERT INTO pkg.chain_links VALUES (?, ?, ?, ?)');
    for (const [register, seq] of [['entries', 2], ['audit_log', 1], ['entries', 3], ['stock_moves', 1], ['entries', 1], ['audit_log', 2]] as const) {
      link.run(register, seq, `${register}-${seq - 1}`, `${register}-${seq}`);
    }
    expect(db.prepare(`${HEADS_OF_PACKAGE_SQL} ORDER BY register`).all()).toEqual([
      { register: 'audit_log', seq: 2, hash: 'audit_log-2' },
      { register: 'entries', seq: 3, hash: 'entries-3' },
      { register: 'stock_moves', seq: 1, hash: 'stock_moves-1' },
    ]);
    // a max() looked up per link read every link again for each one: minutes for a village of ten years
    const plan = (db.prepare(`EXPLAIN QUERY PLAN ${HEADS_OF_PACKAGE_SQL}`).all() as { detail: string }[]).map((r) => r.detail);
    expect(plan.filter((d) => d.startsWith('SCAN'))).toHaveLength(1);
    expect(plan.join('\n')).not.toMatch(/CORRELATED|SUBQUERY/);
    db.close();
  });
});

describe('a package whose chains do not hold together', () => {
  it('is refused even when signed with the village key (old links beside rewritten rows)', async () => {
    const v = await village();
    const file = (await exportTo(v.core, tempDir())).path!;
    const privateKey = v.core.db.prepare('SELECT private_key FROM transfer_key').pluck().get() as string;
    const pkg = new Database(file);
    pkg.prepare("UPDATE entries SET hash = 'f' || substr(hash, 2) WHERE seq = 1").run();
    const { manifest } = readManifest(pkg);
    const resigned = { ...manifest, tables: tablesOf(2).map((t) => digestTable(pkg, t)) };
    for (const t of resigned.tables) pkg.prepare('UPDATE manifest_tables SET rows = ?, sha256 = ? WHERE name = ?').run(t.rows, t.sha256, t.name);
    pkg.prepare('UPDATE manifest SET signature = ?').run(signText(canonicalManifest(resigned), privateKey));
    pkg.close();
    expect(() => verifyPackage(file)).toThrow(/数据包已损坏/);
  });
});

describe('the chain check of a package', () => {
  /** A package with entries, reviews and a closed month (so anchors), and a way to spoil a copy of it. */
  async function packageFile(): Promise<(spoil?: (pkg: Database.Database) => void) => boolean> {
    const v = await village();
    await v.core.call(ADMIN, 'ledger.closeMonth', { month: '2025-12' });
    const file = (await exportTo(v.core, tempDir())).path!;
    let n = 0;
    return (spoil) => {
      const copy = join(tempDir(), `spoiled-${++n}.cunji`);
      copyFileSync(file, copy);
      const pkg = new Database(copy);
      try {
        spoil?.(pkg);
        return packageChainsHold(pkg);
      } finally {
        pkg.close();
      }
    };
  }

  it('holds for an untouched package and fails for each way its links can be spoiled', async () => {
    const check = await packageFile();
    expect(check()).toBe(true);
    // a link missing from the middle of a register
    expect(check((p) => p.exec("DELETE FROM chain_links WHERE register = 'entries' AND seq = 2"))).toBe(false);
    // a link that does not name the hash before it
    expect(check((p) => p.exec("UPDATE chain_links SET prev_hash = hash WHERE register = 'reviews' AND seq = 2"))).toBe(false);
    // the first link of a register not starting from GENESIS
    expect(check((p) => p.exec("UPDATE chain_links SET prev_hash = 'f' || substr(prev_hash, 2) WHERE register = 'entries' AND seq = 1"))).toBe(false);
    // an entry whose own hash the entries chain does not link
    expect(check((p) => p.exec("UPDATE entries SET hash = 'f' || substr(hash, 2) WHERE seq = (SELECT max(seq) FROM entries)"))).toBe(false);
    // an entry slipped in at the tail without a link, and the last link without its entry
    expect(check((p) => p.exec("INSERT INTO entries SELECT seq + 100, date, subject, household_id, cadre_id, item_id, points, kind, source_type, status, hash FROM entries WHERE seq = 1"))).toBe(false);
    expect(check((p) => p.exec('DELETE FROM entries WHERE seq = (SELECT max(seq) FROM entries)'))).toBe(false);
    // a month-closure anchor that no longer lies on its chain
    expect(check((p) => p.exec("UPDATE closure_anchors SET hash = 'f' || substr(hash, 2) WHERE register = 'entries'"))).toBe(false);
  });
});

describe('packages of the older format', () => {
  /** A package as the previous program wrote it (format 1), handed over like a real export. */
  function oldPackage(v: Awaited<ReturnType<typeof village>>): string {
    const file = join(tempDir(), 'old.cunji');
    recordExport(v.core.db, buildPackage(v.core.db, file, v.clock.now(), 1), null);
    return file;
  }

  it('still import (without closures or publications); after a newer one, an older-format package is an alarm', async () => {
    const v = await village();
    const t = await setUpTownship();
    const first = oldPackage(v);
    expect(verifyPackage(first).manifest.formatVersion).toBe(1);
    expect((await importFile(t.core, first)).status).toBe('imported');
    const d = await t.core.call(ADMIN, 'township.dashboard', { period: '2026' });
    expect(d.villages[0]).toMatchObject({ name: '测试村', sequence: 1, participating: 3 });

    expect((await importFile(t.core, (await exportTo(v.core, tempDir())).path!)).status).toBe('imported');
    const third = oldPackage(v);
    const before = dbFileHash(t.core, t.dataDir);
    const outcome = await importFile(t.core, third);
    expect(outcome).toMatchObject({ status: 'alarm', sequence: 3 });
    expect(outcome.message).toMatch(/旧版程序导出/);
    expect(dbFileHash(t.core, t.dataDir)).toBe(before);
  });
});

import type { Database } from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/core/db/connection.js';
import { closeDbAfterTest, tempDir } from '../helpers.js';

/**
 * A file at version `from` with an operator, a group and a household in it, then upgraded to
 * exactly `to` — the step a village's real file takes, with later migrations out of the way.
 */
function upgradeStep(from: number, to: number): Database {
  const file = join(tempDir(), 'cunji.sqlite');
  const old = openDatabase(file, { targetVersion: from });
  old.prepare("INSERT INTO operators (name, pin_hash, roles, created_at) VALUES ('王书记', 'x', 'admin', '2026-03-01T08:00:00+08:00')").run();
  old.prepare("INSERT INTO groups (name, sort) VALUES ('第一村小组', 1)").run();
  old.prepare("INSERT INTO households (number, group_id, head_name, created_at, updated_at) VALUES ('01001', 1, '张三', 'x', 'x')").run();
  old.close();
  const db = closeDbAfterTest(openDatabase(file, { targetVersion: to }));
  expect(db.pragma('user_version', { simple: true })).toBe(to);
  // what was there before survives the step
  expect(db.prepare('SELECT name FROM operators').pluck().all()).toEqual(['王书记']);
  expect(db.prepare('SELECT head_name FROM households').pluck().all()).toEqual(['张三']);
  return db;
}

describe('migration 003 (audit)', () => {
  it('adds an empty audit log that takes rows and refuses to change or lose them', () => {
    const db = upgradeStep(2, 3);
    expect(db.prepare('SELECT count(*) FROM audit_log').pluck().get()).toBe(0);
    db.prepare("INSERT INTO audit_log (at, operator_id, operator_name, method, label, summary) VALUES ('2026-03-01T09:00:00+08:00', 1, '王书记', 'roster.households.create', '新增农户', '张三')").run();
    expect(() => db.prepare("UPDATE audit_log SET operator_name = '别人'").run()).toThrow('append-only');
    expect(() => db.prepare('DELETE FROM audit_log').run()).toThrow('append-only');
    expect(db.prepare('SELECT operator_name, summary FROM audit_log').all()).toEqual([{ operator_name: '王书记', summary: '张三' }]);
  });
});

describe('migration 005 (publications)', () => {
  it('adds the publication register and objections: append-only, tied to real rows, one resolution each', () => {
    const db = upgradeStep(4, 5);
    db.prepare(
      `INSERT INTO publications (kind, period, period_label, title, params, paper, operator_id, issued_at, file_name, pages, sha256, pdf)
       VALUES ('monthly', '2026-03', '2026年3月', '村民积分月公示', '{}', 'A4', 1, 'x', 'a.pdf', 1, 'ab', x'25504446')`,
    ).run();
    expect(() => db.prepare("UPDATE publications SET title = '改'").run()).toThrow('publications is append-only');
    expect(() => db.prepare('DELETE FROM publications').run()).toThrow('publications is append-only');
    const objection = db.prepare(
      "INSERT INTO objections (publication_id, household_id, raised_by, raised_on, content, operator_id, recorded_at) VALUES (?, ?, '张三', '2026-04-02', '漏记', 1, 'x')",
    );
    expect(() => objection.run(99, 1)).toThrow(/FOREIGN KEY/);
    expect(() => objection.run(1, 99)).toThrow(/FOREIGN KEY/);
    objection.run(1, 1);
    expect(db.prepare('SELECT entry_seqs FROM objections').pluck().get()).toBe('[]');
    const resolve = db.prepare("INSERT INTO objection_resolutions (objection_id, outcome, reason, operator_id, resolved_at) VALUES (1, ?, '经核实', 1, 'x')");
    expect(() => resolve.run('ignored')).toThrow(/CHECK constraint/);
    resolve.run('dismissed');
    expect(() => resolve.run('corrected')).toThrow(/UNIQUE|PRIMARY KEY/);
    expect(() => db.prepare("UPDATE objection_resolutions SET outcome = 'corrected'").run()).toThrow('objection_resolutions is append-only');
    expect(() => db.prepare('DELETE FROM objections').run()).toThrow('objections is append-only');
  });
});

describe('migration 007 (township)', () => {
  it('adds one signing key per village file, the export history and the township tables keyed by village', () => {
    const db = upgradeStep(6, 7);
    const key = db.prepare("INSERT INTO transfer_key (id, public_key, private_key, fingerprint, created_at) VALUES (?, 'pub', 'priv', 'FP', 'x')");
    key.run(1);
    expect(() => key.run(2)).toThrow(/CHECK constraint/);
    db.prepare("INSERT INTO transfer_exports (sequence, period, file_name, package_hash, created_at, operator_id) VALUES (1, '2026-03', '测试村-202603-001.cunji', 'h', 'x', 1)").run();
    expect(() => db.prepare("INSERT INTO transfer_exports (sequence, period, file_name, package_hash, created_at) VALUES (1, '2026-03', 'b', 'h', 'x')").run()).toThrow(
      /UNIQUE|PRIMARY KEY/,
    );

    const receipt = db.prepare(
      "INSERT INTO township_receipts (village_uid, sequence, period, file_name, file_sha256, package_hash, imported_at) VALUES ('v1', ?, '2026-03', 'a.cunji', 's', 'h', 'x')",
    );
    expect(() => receipt.run(1)).toThrow(/FOREIGN KEY/);
    db.prepare(
      `INSERT INTO township_villages (uid, name, township, county, public_key, fingerprint, first_seen_at, sequence, period, package_created_at, package_hash, imported_at)
       VALUES ('v1', '山竹沟村', '打安镇', '白沙黎族自治县', 'pub', 'FP', 'x', 1, '2026-03', 'x', 'h', 'x')`,
    ).run();
    receipt.run(1);
    expect(() => receipt.run(1)).toThrow(/UNIQUE/);
    const entry = db.prepare(
      "INSERT INTO township_entries (village_uid, seq, date, subject, points, kind, source_type, status, hash) VALUES (?, 1, '2026-03-02', 'household', 15, 'award', 'manual', 'approved', 'h')",
    );
    entry.run('v1');
    expect(() => entry.run('v1')).toThrow(/UNIQUE|PRIMARY KEY/);
    expect(() => entry.run('v2')).toThrow(/FOREIGN KEY/);
  });
});

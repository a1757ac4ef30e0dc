import Database from 'better-sqlite3';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { APPLICATION_ID, DatabaseOpenError, openDatabase } from '../../electron/core/db/connection.js';
import { LATEST_VERSION, migrations } from '../../electron/core/db/migrations/index.js';
import { tempDir } from '../helpers.js';

describe('database open and migrations', () => {
  it('creates a fresh database at the latest version with durable pragmas', () => {
    const file = join(tempDir(), 'cunji.sqlite');
    const db = openDatabase(file);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    db.close();
  });

  it('numbers migrations in strictly increasing order', () => {
    const versions = migrations.map((m) => m.version);
    expect(versions[0]).toBe(1);
    versions.slice(1).forEach((v, i) => expect(v).toBeGreaterThan(versions[i]!));
  });

  it('upgrades from the previous version and backs up first', () => {
    const dir = tempDir();
    const file = join(dir, 'cunji.sqlite');
    // versions may have gaps while branches land in parallel
    const previous = migrations.at(-2)?.version ?? 1;
    openDatabase(file, { targetVersion: previous }).close();
    const db = openDatabase(file);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    db.close();
    if (LATEST_VERSION > previous) {
      const backups = readdirSync(join(dir, 'backups'));
      expect(backups.some((f) => f.startsWith(`before-migration-v${previous}`))).toBe(true);
    }
  });

  it('refuses a file written by a newer version and leaves it untouched', () => {
    const file = join(tempDir(), 'cunji.sqlite');
    openDatabase(file).close();
    const raw = new Database(file);
    raw.pragma(`user_version = ${LATEST_VERSION + 1}`);
    raw.close();
    expect(() => openDatabase(file)).toThrow(DatabaseOpenError);
    const again = new Database(file, { readonly: true });
    expect(again.pragma('user_version', { simple: true })).toBe(LATEST_VERSION + 1);
    again.close();
  });

  it('refuses a SQLite file of another program', () => {
    const file = join(tempDir(), 'other.sqlite');
    const raw = new Database(file);
    raw.pragma('application_id = 12345');
    raw.exec('CREATE TABLE t (x)');
    raw.close();
    expect(() => openDatabase(file)).toThrow(/其他程序/);
  });

  it('refuses an unmarked SQLite file that already has tables', () => {
    const file = join(tempDir(), 'other.sqlite');
    const raw = new Database(file);
    raw.exec('CREATE TABLE t (x)');
    raw.close();
    expect(() => openDatabase(file)).toThrow(/其他程序/);
  });

  it('refuses a zero-byte file and a non-SQLite file without changing them', () => {
    const dir = tempDir();
    const empty = join(dir, 'empty.sqlite');
    writeFileSync(empty, '');
    expect(() => openDatabase(empty)).toThrow(/0 字节/);
    const text = join(dir, 'text.sqlite');
    writeFileSync(text, 'hello, this is not a database at all, just text padding it out to be over one hundred bytes long.....');
    expect(() => openDatabase(text)).toThrow(/格式不对/);
    expect(existsSync(`${text}-wal`)).toBe(false);
  });
});

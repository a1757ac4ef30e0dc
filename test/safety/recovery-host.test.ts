import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startRecoveryHost } from '../../electron/core/backup/recovery-host.js';
import { backupsDir, createBackup } from '../../electron/core/backup/store.js';
import { DatabaseOpenError, DB_FILE_NAME, openDatabase } from '../../electron/core/db/connection.js';
import { setUpVillage } from '../helpers.js';

describe('web recovery page', () => {
  it('offers the newest verified backup and installs it only with the secret, keeping the damaged file', async () => {
    const v = await setUpVillage();
    await v.core.call(v.session, 'roster.households.create', { groupId: 1, members: [{ name: '张三', relation: '户主' }] });
    const backup = createBackup(v.core.db, backupsDir(v.dataDir), 'auto', new Date(2026, 2, 15, 8));
    v.core.db.close();
    const file = join(v.dataDir, DB_FILE_NAME);
    writeFileSync(file, 'SQLite format 3\0'.padEnd(4096, '!'));
    let error: unknown;
    try {
      openDatabase(file);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DatabaseOpenError);

    const host = await startRecoveryHost({ dataDir: v.dataDir, error: error as DatabaseOpenError, secret: 's3cret-s3cret-s3cret' });
    try {
      const origin = new URL(host.url).origin;
      expect((await fetch(`${origin}/`)).status).toBe(401);
      const html = await (await fetch(host.url)).text();
      expect(html).toContain('数据库无法打开');
      expect(html).toContain(backup.name);

      const post = (body: Record<string, string>, headers: Record<string, string> = {}) =>
        fetch(`${origin}/recovery/restore`, { method: 'POST', body: new URLSearchParams(body), headers });
      expect((await post({ token: 'wrong', name: backup.name })).status).toBe(401);
      expect((await post({ token: 's3cret-s3cret-s3cret', name: backup.name }, { origin: 'http://evil.example' })).status).toBe(403);
      expect(readFileSync(file, 'latin1')).toContain('!!!!');

      const ok = await post({ token: 's3cret-s3cret-s3cret', name: backup.name });
      expect(await ok.text()).toContain('已从备份恢复');
      await host.recovered;
    } finally {
      await host.close().catch(() => {});
    }
    const db = openDatabase(file);
    expect(db.prepare('SELECT head_name FROM households').pluck().all()).toEqual(['张三']);
    db.close();
    const aside = readdirSync(v.dataDir).find((n) => n.startsWith('damaged-'))!;
    expect(readFileSync(join(v.dataDir, aside, DB_FILE_NAME), 'latin1')).toContain('!!!!');
  });
});

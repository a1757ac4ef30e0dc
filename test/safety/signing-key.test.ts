import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ADMIN, setUpVillage, tempDir } from '../helpers.js';

const keys = (db: import('better-sqlite3').Database) => db.prepare('SELECT fingerprint FROM transfer_key').pluck().all() as string[];
const auditLines = (db: import('better-sqlite3').Database) => db.prepare("SELECT summary FROM audit_log WHERE method = 'transfer.export'").pluck().all() as string[];

describe('the village signing key', () => {
  it('is not made by a failed export, and is stored with an audit line by the first one handed over', async () => {
    const { core } = await setUpVillage();
    await expect(core.call(ADMIN, 'transfer.export', { target: { kind: 'folder', path: join(tempDir(), 'gone') } })).rejects.toThrow(/U 盘可能已经拔出/);
    expect(keys(core.db)).toEqual([]);
    expect(auditLines(core.db)).toEqual([]);

    const first = await core.call(ADMIN, 'transfer.export', { target: { kind: 'folder', path: tempDir('cunji-stick-') } });
    expect(keys(core.db)).toEqual([first.fingerprint]);
    const [line] = auditLines(core.db);
    expect(line).toContain(`生成本村数据包签名密钥，指纹 ${first.fingerprint}`);

    const second = await core.call(ADMIN, 'transfer.export', { target: { kind: 'download' } });
    expect(second.fingerprint).toBe(first.fingerprint);
    expect(auditLines(core.db)[1]).not.toContain('签名密钥');
  });
});

import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { setUpVillage, tempDir } from '../helpers.js';
import { addHouseholds, setUpTownship } from './helpers.js';

const cli = (...args: string[]) => spawnSync(resolve('node_modules/.bin/tsx'), [resolve('scripts/cli.ts'), ...args], { encoding: 'utf8' });

describe('npm run cunji', () => {
  it('exports, verifies and imports on the same core; refusals set the exit code', async () => {
    const v = await setUpVillage();
    await addHouseholds(v.core, 2);
    v.core.db.close();
    const t = await setUpTownship();
    t.core.db.close();
    const stick = tempDir('cunji-stick-');

    const exported = cli('export', stick, '--data-dir', v.dataDir);
    expect(exported.stdout).toMatch(/已写入并核对：.*测试村-\d{6}-001\.cunji/);
    expect(exported.status).toBe(0);

    writeFileSync(join(stick, 'bad.cunji'), 'junk');
    const verified = cli('verify', stick);
    expect(verified.stdout).toMatch(/通过 .*\n.*测试村（打安镇）第 1 号/);
    expect(verified.stdout).toMatch(/拒绝 .*bad\.cunji\n.*不是本系统导出的数据包/);
    expect(verified.status).toBe(1);

    const imported = cli('import', stick, '--data-dir', t.dataDir);
    expect(imported.stdout).toMatch(/导入 .*测试村-\d{6}-001\.cunji\n.*首次导入该村/);
    expect(imported.status).toBe(1); // bad.cunji was refused
    expect(cli('import', join(stick, exported.stdout.match(/测试村-\d{6}-001\.cunji/)![0]), '--data-dir', t.dataDir).stdout).toContain('已有');
  });
});

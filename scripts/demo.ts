/**
 * `npm run demo -- --data-dir DIR [--seed N] [--force]` — fills a data folder
 * with a realistic demo village, the same for the same seed.
 */
import { existsSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DB_FILE_NAME } from '../electron/core/db/connection.js';
import { createDemo, DEMO_VILLAGE } from '../electron/core/demo/index.js';

const { values } = parseArgs({
  options: { 'data-dir': { type: 'string' }, seed: { type: 'string', default: '1' }, force: { type: 'boolean', default: false } },
});
if (!values['data-dir']) {
  console.error('用法：npm run demo -- --data-dir 目录 [--seed 数字] [--force]');
  process.exit(2);
}
const seed = Number(values.seed);
if (!Number.isSafeInteger(seed)) {
  console.error(`--seed 应为整数：${values.seed}`);
  process.exit(2);
}
const dataDir = resolve(values['data-dir']);
const dbFile = join(dataDir, DB_FILE_NAME);
if (existsSync(dbFile)) {
  if (!values.force) {
    console.error(`${dbFile} 已有数据库，没有改动。要用演示数据覆盖它，请加 --force。`);
    process.exit(1);
  }
  for (const f of [dbFile, `${dbFile}-wal`, `${dbFile}-shm`]) rmSync(f, { force: true });
}

await createDemo(dataDir, { seed, weeklyNotices: true });
console.log(`演示数据已生成（种子 ${seed}）：${DEMO_VILLAGE.villageName}，${DEMO_VILLAGE.groups.length} 个村小组
数据目录：${dataDir}
登录：操作员“${DEMO_VILLAGE.admin.name}”，PIN ${DEMO_VILLAGE.admin.pin}
启动网页版：npm run web -- --data-dir ${values['data-dir']}`);

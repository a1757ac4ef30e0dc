/**
 * `npm run cunji -- <command>` — transfer packages from the command line, for county IT staff.
 *
 *   export FOLDER            write this village's next package into FOLDER (e.g. a USB stick)
 *   import FILE|FOLDER ...   import packages into this township installation
 *   verify FILE ...          check packages (signature, every hash, format) without importing
 *
 * Flags: --data-dir DIR (default ./.data, the same as `npm run web`). Exit code 1 when anything was refused.
 * Same core functions as the app: nothing here decides what is valid.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createCore } from '../electron/core/app.js';
import { systemClock } from '../electron/core/api/context.js';
import { UserError } from '../electron/core/api/errors.js';
import { DB_FILE_NAME } from '../electron/core/db/connection.js';
import { importFromPath } from '../electron/core/township/handlers.js';
import { exportPackage } from '../electron/core/transfer/export.js';
import { PACKAGE_EXTENSION } from '../electron/core/transfer/format.js';
import { verifyPackage } from '../electron/core/transfer/verify.js';

const USAGE = `用法：npm run cunji -- <命令> [参数] [--data-dir 数据目录]
  export 文件夹            导出本村的下一个数据包到该文件夹（如 U 盘）
  import 文件或文件夹 ...   把数据包导入本乡镇的汇总数据库
  verify 文件 ...          只核对数据包（签名、每张表的哈希、格式），不导入`;

const { values, positionals } = parseArgs({ allowPositionals: true, options: { 'data-dir': { type: 'string', default: '.data' }, help: { type: 'boolean', short: 'h' } } });
const [command, ...args] = positionals;
const dataDir = resolve(values['data-dir']);

/** Files named on the command line, with folders expanded to the packages inside. */
function packageFiles(paths: string[]): string[] {
  return paths.flatMap((p) =>
    existsSync(p) && statSync(p).isDirectory()
      ? readdirSync(p).filter((n) => n.endsWith(PACKAGE_EXTENSION) && !n.startsWith('.')).sort().map((n) => join(p, n))
      : [p],
  );
}

function openCore() {
  if (!existsSync(join(dataDir, DB_FILE_NAME))) {
    console.error(`数据目录 ${dataDir} 里没有本系统的数据库。请用 --data-dir 指定安装的数据目录。`);
    process.exit(2);
  }
  return createCore({ dataDir });
}

async function main(): Promise<number> {
  if (values.help || !command || args.length === 0 || !['export', 'import', 'verify'].includes(command)) {
    console.log(USAGE);
    return command ? 2 : 0;
  }
  if (command === 'verify') {
    let failed = 0;
    for (const file of packageFiles(args)) {
      try {
        const { manifest: m, fileSha256 } = verifyPackage(file);
        console.log(`通过  ${file}\n      ${m.villageName}（${m.township}）第 ${m.sequence} 号，${m.period}，导出于 ${m.createdAt}\n      密钥指纹 ${m.fingerprint}\n      文件 SHA-256 ${fileSha256}`);
        for (const t of m.tables) console.log(`      ${t.name}: ${t.rows} 行`);
      } catch (error) {
        if (!(error instanceof UserError)) throw error;
        failed++;
        console.log(`拒绝  ${file}\n      ${error.message}`);
      }
    }
    return failed ? 1 : 0;
  }
  const core = openCore();
  try {
    if (command === 'export') {
      const r = await exportPackage(core.db, dataDir, systemClock.now(), { kind: 'folder', path: resolve(args[0]!) }, null);
      console.log(`已写入并核对：${r.path}\n本村密钥指纹：${r.fingerprint}`);
      return 0;
    }
    let refused = 0;
    for (const file of packageFiles(args)) {
      const o = await importFromPath({ db: core.db, dataDir, clock: systemClock }, file, null);
      if (o.status === 'refused' || o.status === 'alarm') refused++;
      console.log(`${{ imported: '导入', duplicate: '已有', refused: '拒绝', alarm: '警告' }[o.status]}  ${file}\n      ${o.message}`);
    }
    return refused ? 1 : 0;
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    console.error(error.message);
    return 1;
  } finally {
    core.db.close();
  }
}

process.exitCode = await main();

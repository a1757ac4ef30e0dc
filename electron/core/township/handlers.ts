import { copyFileSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Ctx } from '../api/context.js';
import type { DomainHandlers } from '../api/dispatcher.js';
import { UserError } from '../api/errors.js';
import { isoWithOffset } from '../api/time.js';
import { townshipApi, type ImportOutcome } from '../contract/township.js';
import { findRemovableDrives } from '../transfer/drives.js';
import { PACKAGE_EXTENSION } from '../transfer/format.js';
import { importPackage } from '../transfer/import.js';
import { buildListPackage } from '../transfer/lists.js';
import { withTempFile } from '../transfer/temp.js';
import { readVillage } from '../village/village.js';
import { dashboard, villageDetail } from './rollup.js';
import { dashboardWorkbook } from './xlsx.js';

/** Imports a package from a path: copied into the data folder first, so the stick can be pulled and nothing changes under the check. */
export async function importFromPath(ctx: Pick<Ctx, 'db' | 'dataDir' | 'clock'> & Partial<Pick<Ctx, 'tx' | 'audit'>>, path: string, operatorId: number | null): Promise<ImportOutcome> {
  return withTempFile(ctx.dataDir, (temp) => {
    try {
      copyFileSync(path, temp);
    } catch {
      return {
        fileName: basename(path),
        status: 'refused' as const,
        message: '读不到这个文件，U 盘可能已经拔出。',
        villageName: null,
        sequence: null,
        fingerprint: null,
        firstContact: false,
        acceptable: null,
      };
    }
    return importPackage(ctx.db, temp, basename(path), { now: isoWithOffset(ctx.clock.now()), operatorId, tx: ctx.tx, audit: ctx.audit });
  });
}

function packagesIn(folder: string): string[] {
  try {
    return readdirSync(folder)
      .filter((n) => n.endsWith(PACKAGE_EXTENSION) && !n.startsWith('.'))
      .sort()
      .map((n) => join(folder, n));
  } catch {
    throw new UserError('FOLDER_MISSING', `打不开文件夹“${folder}”，请确认 U 盘已插好、路径正确。`);
  }
}

export const townshipHandlers: DomainHandlers<keyof typeof townshipApi> = {
  'township.import': async (input, ctx) => {
    const results: ImportOutcome[] = [];
    for (const f of input.files) {
      results.push(
        await withTempFile(ctx.dataDir, (temp) => {
          writeFileSync(temp, Buffer.from(f.dataBase64, 'base64'));
          return importPackage(ctx.db, temp, f.fileName, { now: isoWithOffset(ctx.clock.now()), operatorId: ctx.operator?.id ?? null, tx: ctx.tx, audit: ctx.audit });
        }),
      );
    }
    return results;
  },
  'township.scan': async (input, ctx) => {
    const folders = input.folder ? [input.folder] : (await findRemovableDrives()).map((d) => d.path);
    if (folders.length === 0) throw new UserError('NO_DRIVE', '没有找到 U 盘。请插好 U 盘，或直接填写数据包所在的文件夹。');
    const files = folders.flatMap(packagesIn);
    if (files.length === 0) throw new UserError('NO_PACKAGES', '这里没有 .cunji 数据包。');
    const results: ImportOutcome[] = [];
    for (const f of files) results.push(await importFromPath(ctx, f, ctx.operator?.id ?? null));
    return results;
  },
  'township.dashboard': (input, ctx) => dashboard(ctx.db, input.period, ctx.clock.now()),
  'township.village': (input, ctx) => villageDetail(ctx.db, input.uid, input.period, ctx.clock.now()),
  'township.acceptVillage': (input, ctx) => {
    const self = readVillage(ctx.db);
    if (!self || self.installation !== 'township') throw new UserError('NOT_A_TOWNSHIP', '只有乡镇安装可以接收村');
    ctx.db
      .prepare(
        `INSERT INTO township_accepted_villages (village_uid, village_name, township, county, operator_id, accepted_at) VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT(village_uid) DO UPDATE SET village_name = excluded.village_name, township = excluded.township, county = excluded.county,
           operator_id = excluded.operator_id, accepted_at = excluded.accepted_at`,
      )
      .run(input.uid, input.villageName, input.township, input.county, ctx.operator?.id ?? null, isoWithOffset(ctx.clock.now()));
    ctx.audit(`接收${input.county}${input.township}的${input.villageName}（村编号 ${input.uid}），今后导入其数据包`);
    return { ok: true as const };
  },
  'township.exportLists': (_input, ctx) => {
    const file = buildListPackage(ctx.db, ctx.clock.now(), ctx.audit);
    ctx.audit(`下发政府事务清单（${file.fileName}）`);
    return file;
  },
  'township.exportXlsx': (input, ctx) => dashboardWorkbook(dashboard(ctx.db, input.period, ctx.clock.now()), readVillage(ctx.db)?.township ?? ''),
};

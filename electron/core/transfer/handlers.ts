import type { DomainHandlers } from '../api/dispatcher.js';
import { transferApi, type ExportRow } from '../contract/transfer.js';
import { localMonth } from '../api/time.js';
import { UserError } from '../api/errors.js';
import { readVillage } from '../village/village.js';
import { findRemovableDrives } from './drives.js';
import { exportPackage } from './export.js';
import { packageFileName } from './format.js';
import { readVillageKey } from './keys.js';

export const transferHandlers: DomainHandlers<keyof typeof transferApi> = {
  'transfer.status': (_input, ctx) => {
    const village = readVillage(ctx.db);
    if (!village || village.installation !== 'village') throw new UserError('NOT_A_VILLAGE', '只有村级安装可以导出数据包');
    const exports = ctx.db
      .prepare('SELECT sequence, period, file_name AS fileName, created_at AS createdAt FROM transfer_exports ORDER BY sequence DESC')
      .all() as ExportRow[];
    const next = (exports[0]?.sequence ?? 0) + 1;
    return {
      fingerprint: readVillageKey(ctx.db)?.fingerprint ?? null,
      nextFileName: packageFileName(village.name, localMonth(ctx.clock.now()), next),
      exports,
    };
  },
  'transfer.drives': () => findRemovableDrives(),
  'transfer.export': (input, ctx) =>
    exportPackage(ctx.db, ctx.dataDir, ctx.clock.now(), input.target, ctx.operator?.id ?? null, { tx: ctx.tx, audit: ctx.audit }),
};

import type { DomainHandlers } from '../api/dispatcher.js';
import { transferApi, type ExportRow } from '../contract/transfer.js';
import { localMonth } from '../api/time.js';
import { UserError } from '../api/errors.js';
import { readVillage } from '../village/village.js';
import { findRemovableDrives } from './drives.js';
import { exportPackage } from './export.js';
import { packageFileName } from './format.js';
import { readVillageKey } from './keys.js';
import { adoptHandedDown } from './lists.js';
import { operatorOf } from '../api/context.js';

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
  'transfer.adoptLists': ({ file, meeting }, ctx) => {
    const adopted = adoptHandedDown(ctx.db, file.dataBase64, meeting, operatorOf(ctx).id, ctx.clock.now());
    ctx.audit(
      `采用${adopted.township}${adopted.issuedOn}下发的政府事务清单（${file.fileName}，密钥指纹 ${adopted.fingerprint}）：` +
        adopted.lists.map((l) => `${l.name}第 ${l.version} 版`).join('、'),
    );
    return adopted;
  },
};

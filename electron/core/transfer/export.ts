import type { Database } from 'better-sqlite3';
import { readFileSync } from 'node:fs';
import type { z } from 'zod';
import type { ExportResult, exportTarget } from '../contract/transfer.js';
import { buildPackage, plainTx, recordExport, type Tx } from './build.js';
import { writeVerified, type WriteOptions } from './drives.js';
import { withTempFile } from './temp.js';

/**
 * Builds the next package in the data folder, then hands it over — written
 * and verified on the chosen drive, or returned for download — and only then
 * records it, so a failed write does not use up a sequence number.
 */
export function exportPackage(
  db: Database,
  dataDir: string,
  now: Date,
  target: z.output<typeof exportTarget>,
  operatorId: number | null,
  options: WriteOptions & { tx?: Tx; audit?: (line: string) => void } = {},
): Promise<ExportResult> {
  return withTempFile(dataDir, (temp) => {
    const built = buildPackage(db, temp, now);
    const bytes = readFileSync(temp);
    const base = { fileName: built.fileName, sequence: built.manifest.sequence, fingerprint: built.manifest.fingerprint };
    let result: ExportResult;
    if (target.kind === 'folder') {
      const written = writeVerified(bytes, target.path, built.fileName, options);
      result = { ...base, path: written.path, file: null };
    } else {
      result = { ...base, path: null, file: { fileName: built.fileName, mime: 'application/vnd.sqlite3', dataBase64: bytes.toString('base64') } };
    }
    (options.tx ?? plainTx(db))(() => {
      options.audit?.(`导出数据包 ${built.fileName}（${result.path ? `写入 ${result.path}` : '下载'}）`);
      if (built.newKey) options.audit?.(`生成本村数据包签名密钥，指纹 ${built.newKey.fingerprint}`);
      recordExport(db, built, operatorId);
    });
    return result;
  });
}

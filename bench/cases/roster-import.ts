import ExcelJS from 'exceljs';
import { join } from 'node:path';
import { createCore } from '../../electron/core/app.js';
import type { Core } from '../../electron/core/api/dispatcher.js';
import { createDemo, DEMO_VILLAGE } from '../../electron/core/demo/index.js';
import { interleave, type BenchCase } from '../harness.js';

const SESSION = 'bench-session-000001';

async function adminCore(dataDir: string) {
  const core = createCore({ dataDir, log: () => {} });
  const [op] = await core.call(SESSION, 'auth.operators', {});
  await core.call(SESSION, 'auth.login', { operatorId: op!.id, pin: DEMO_VILLAGE.admin.pin });
  return core;
}

/**
 * Roster import of an office sheet of ~5,000 member rows (the demo village's
 * own export, so the rows are realistic and valid) into a fresh village.
 * Floor: exceljs reading the same workbook plus a raw INSERT of the same rows.
 */
export const rosterImport: BenchCase = {
  id: 'roster-import',
  title: '花名册导入 5,000 行 xlsx / roster import of 5,000 rows',
  async run({ quick, workDir }) {
    const source = join(workDir, 'source');
    await createDemo(source, { seed: 7, households: quick ? 40 : 1320 });
    const src = await adminCore(source);
    const file = await src.call(SESSION, 'roster.xlsx.export', {});
    src.db.close();

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(file.dataBase64, 'base64') as unknown as ExcelJS.Buffer);
    const rows = wb.worksheets[0]!.rowCount - 1;

    let i = 0;
    const fresh = async () => {
      const dir = join(workDir, `target-${i++}`);
      const core = createCore({ dataDir: dir, log: () => {} });
      await core.call(SESSION, 'setup.complete', { ...DEMO_VILLAGE, groups: [...DEMO_VILLAGE.groups] });
      return core;
    };
    const n = quick ? 1 : 5;
    // Each run imports into a freshly set-up village, made untimed before it.
    let target: Core;
    const { subject, floor } = await interleave(
      n,
      {
        before: async () => (target = await fresh()),
        run: async () => {
          const result = await target.call(SESSION, 'roster.xlsx.import', { file: { fileName: file.fileName, dataBase64: file.dataBase64 } });
          target.db.close();
          if (result.members !== rows) throw new Error(`imported ${result.members} of ${rows} rows`);
        },
      },
      {
        before: async () => (target = await fresh()),
        run: async () => {
          const book = new ExcelJS.Workbook();
          await book.xlsx.load(Buffer.from(file.dataBase64, 'base64') as unknown as ExcelJS.Buffer);
          const sheet = book.worksheets[0]!;
          const now = new Date().toISOString();
          const insH = target.db.prepare("INSERT INTO households (number, group_id, created_at, updated_at) VALUES (?, 1, ?, ?)");
          const insM = target.db.prepare('INSERT INTO members (household_id, name, relation) VALUES (?, ?, ?)');
          target.db.transaction(() => {
            let household = 0;
            sheet.eachRow((row, r) => {
              if (r === 1) return;
              const number = String(row.getCell(1).value ?? r);
              const name = String(row.getCell(4).value ?? '');
              const head = r === 2 || String(sheet.getRow(r - 1).getCell(1).value) !== number;
              if (head) household = Number(insH.run(`${number}-${r}`, now, now).lastInsertRowid);
              insM.run(household, name, head ? '户主' : '其他');
            });
          })();
          target.db.close();
        },
      },
      quick ? 0 : 1,
    );
    return { status: 'measured', subject, floor, floorLabel: 'exceljs read + raw INSERT of the same rows', size: `${rows} rows` };
  },
};

import ExcelJS from 'exceljs';
import type { FileResult } from '../contract/result.js';
import type { TownshipDashboard } from '../contract/township.js';

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The dashboard as one sheet, a row per village and a total row, for the township's own reports. */
export async function dashboardWorkbook(d: TownshipDashboard, township: string, today: string): Promise<FileResult> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('各村汇总');
  ws.columns = [
    { header: '排名', key: 'rank', width: 6 },
    { header: '村', key: 'name', width: 16 },
    { header: '在册户数', key: 'households', width: 10 },
    { header: '村小组', key: 'groups', width: 8 },
    { header: '在任干部', key: 'cadres', width: 10 },
    { header: '数据包序号', key: 'sequence', width: 11 },
    { header: '最近数据包日期', key: 'packageDate', width: 15 },
    { header: '距今天数', key: 'days', width: 10 },
    { header: '状态', key: 'state', width: 14 },
  ];
  d.villages.forEach((v, i) =>
    ws.addRow({
      rank: i + 1,
      name: v.name,
      households: v.households,
      groups: v.groups,
      cadres: v.cadres,
      sequence: v.sequence,
      packageDate: v.packageDate,
      days: v.daysSincePackage,
      state: v.stale ? '超过 45 天未报送' : '正常',
    }),
  );
  ws.addRow({ name: '合计', households: d.totals.households, cadres: d.totals.cadres });
  ws.getRow(1).font = { bold: true };
  ws.getRow(ws.rowCount).font = { bold: true };
  const buffer = await wb.xlsx.writeBuffer();
  return { fileName: `${township}各村汇总-${today}.xlsx`, mime: XLSX_MIME, dataBase64: Buffer.from(buffer).toString('base64') };
}

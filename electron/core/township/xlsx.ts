import ExcelJS from 'exceljs';
import type { FileResult } from '../contract/result.js';
import { percentText, STALE_AFTER_DAYS, type RollupTotals, type TownshipDashboard, type VillageSummary } from '../contract/township.js';

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

type Figures = Pick<VillageSummary, 'households' | 'participating' | 'issued' | 'redeemed' | 'dutyItems' | 'dutyDone'>;

const figures = (f: Figures) => ({
  households: f.households,
  participating: f.participating,
  rate: percentText(f.participating, f.households),
  issued: f.issued,
  redeemed: f.redeemed,
  duty: `${f.dutyDone} / ${f.dutyItems}`,
  dutyRate: percentText(f.dutyDone, f.dutyItems),
});

/** The dashboard as one sheet: a row per village in rank order and a total row, for the township's own reports. */
export async function dashboardWorkbook(d: TownshipDashboard, township: string): Promise<FileResult> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(`${d.period} 各村汇总`);
  ws.columns = [
    { header: '排名', key: 'rank', width: 6 },
    { header: '村', key: 'name', width: 16 },
    { header: '在册户数', key: 'households', width: 10 },
    { header: '参与户数', key: 'participating', width: 10 },
    { header: '参与率', key: 'rate', width: 9 },
    { header: '发放积分', key: 'issued', width: 11 },
    { header: '兑换积分', key: 'redeemed', width: 11 },
    { header: '干部职责完成', key: 'duty', width: 13 },
    { header: '职责完成率', key: 'dutyRate', width: 11 },
    { header: '最近数据包日期', key: 'packageDate', width: 15 },
    { header: '状态', key: 'state', width: 16 },
  ];
  d.villages.forEach((v, i) =>
    ws.addRow({
      rank: i + 1,
      name: v.name,
      ...figures(v),
      packageDate: v.packageDate,
      state: v.stale ? `超过 ${STALE_AFTER_DAYS} 天未报送` : '正常',
    }),
  );
  const t: RollupTotals = d.totals;
  ws.addRow({ name: `合计（${t.villages} 个村）`, ...figures(t) });
  ws.getRow(1).font = { bold: true };
  ws.getRow(ws.rowCount).font = { bold: true };
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  const buffer = await wb.xlsx.writeBuffer();
  return { fileName: `${township}各村汇总-${d.period}.xlsx`, mime: XLSX_MIME, dataBase64: Buffer.from(buffer).toString('base64') };
}

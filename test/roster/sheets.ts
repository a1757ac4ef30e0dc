import ExcelJS from 'exceljs';
import { idCardCheckChar } from '../helpers.js';

export type Cell = string | number | Date | null;

/** An .xlsx file (as the API takes it) with the given rows on its first sheet. */
export async function xlsxFile(rows: Cell[][], fileName = '花名册.xlsx'): Promise<{ fileName: string; dataBase64: string }> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Sheet1');
  for (const r of rows) ws.addRow(r);
  return { fileName, dataBase64: Buffer.from(await wb.xlsx.writeBuffer()).toString('base64') };
}

export async function readXlsx(dataBase64: string): Promise<string[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(dataBase64, 'base64') as unknown as ExcelJS.Buffer);
  const out: string[][] = [];
  wb.worksheets[0]!.eachRow((r) => out.push((r.values as unknown[]).slice(1).map((v) => (v === null || v === undefined ? '' : String(v)))));
  return out;
}

/** A valid 18-digit ID number born on `yyyymmdd`, `seq` making it unique (odd last sequence digit: male). */
export const validId = (yyyymmdd: string, seq: number) => {
  const body = `469003${yyyymmdd}${String(seq).padStart(3, '0')}`;
  return body + idCardCheckChar(body);
};

import { describe, expect, it } from 'vitest';
import { monthlyWallPublication, wallSheets } from '../../electron/core/pdf/documents/monthlyWall.js';
import type { HouseholdPointsData } from '../../electron/core/pdf/documents/householdPoints.js';
import { renderPdf } from '../../electron/core/pdf/engine.js';
import * as fx from './fixtures.js';
import { flat, pageCount, pageOnePng, pageSizePts, pdfText } from './pdf-tools.js';

/** The households alone: the cadres' duty block follows on a sheet of its own (last test). */
const households = (n: number): HouseholdPointsData => ({ ...fx.pointsData(n), cadres: [] });

/** Some heads with names long enough to wrap in their cell: the measure must count the extra line. */
function withLongNames(data: HouseholdPointsData): HouseholdPointsData {
  return { ...data, groups: data.groups.map((g) => ({ ...g, rows: g.rows.map((r, i) => (i % 7 === 0 ? { ...r, headName: `${r.headName}阿卜杜热合曼` } : r)) })) };
}

describe('monthly publication, A3 wall version', () => {
  it('puts a village of 563 households on 8 landscape A3 sheets (17 A4 pages), every household once', async () => {
    const data = households(563);
    const b = await renderPdf(monthlyWallPublication(data, fx.OPTIONS));
    pageOnePng(b, 'pdf-monthly-wall');
    expect(pageSizePts(b)).toEqual({ width: 1191, height: 842 });
    expect(wallSheets(data)).toHaveLength(8);
    // the sheets measured are the sheets printed: no column spilled over
    expect(pageCount(b)).toBe(8);
    const text = flat(pdfText(b));
    for (const r of data.groups.flatMap((g) => g.rows)) expect(text).toContain(`${r.number}${r.headName}`);
    expect(text).toContain('第8页/共8页');
    expect(text).toContain('村务监督委员会（盖章）');
  });

  it('counts a wrapped long name as the lines it takes', async () => {
    for (const n of [60, 250]) {
      const data = withLongNames(households(n));
      const b = await renderPdf(monthlyWallPublication(data, fx.OPTIONS));
      expect(pageCount(b), `${n} households`).toBe(wallSheets(data).length);
    }
  });

  it('fits a small village on one sheet', async () => {
    const data = households(45);
    expect(wallSheets(data)).toHaveLength(1);
    expect(pageCount(await renderPdf(monthlyWallPublication(data, fx.OPTIONS)))).toBe(1);
  });

  it('adds the cadres\' duty block on a sheet of its own, as the A4 version does', async () => {
    const data = fx.pointsData(45);
    const b = await renderPdf(monthlyWallPublication(data, fx.OPTIONS));
    expect(pageCount(b)).toBe(2);
    const text = flat(pdfText(b));
    expect(text).toContain('村干部履职积分');
    for (const c of data.cadres ?? []) expect(text).toContain(c.name);
  });
});

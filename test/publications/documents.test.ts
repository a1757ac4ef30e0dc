import { describe, expect, it } from 'vitest';
import { blackBoard, redBoard } from '../../electron/core/pdf/documents/boards.js';
import { cardSheet } from '../../electron/core/pdf/documents/cardSheet.js';
import { dutyListDocument } from '../../electron/core/pdf/documents/dutyList.js';
import { dutyWeeklyPublication } from '../../electron/core/pdf/documents/dutyWeekly.js';
import { monthlyPublication, quarterlyPublication } from '../../electron/core/pdf/documents/householdPoints.js';
import { statementDocument } from '../../electron/core/pdf/documents/statement.js';
import { PERSONAL_NUMBER, renderPdf } from '../../electron/core/pdf/engine.js';
import { missingCharacters, namesWithMissingCharacters } from '../../electron/core/pdf/fonts.js';
import { pageSet } from '../../electron/core/pdf/layout.js';
import * as fx from './fixtures.js';
import { embeddedFonts, flat, pageCount, pageOnePng, pageSizePts, pdfText, squash } from './pdf-tools.js';

/** Every document of the demo village, rendered once and shared by the checks below. */
const docs = {
  cards: () => cardSheet(fx.cards, fx.OPTIONS),
  monthly: () => monthlyPublication(fx.pointsData(60), fx.OPTIONS),
  quarterly: () => quarterlyPublication(fx.pointsData(30, true), fx.OPTIONS),
  dutyWeekly: () => dutyWeeklyPublication(fx.dutyWeek, fx.OPTIONS),
  dutyList: () => dutyListDocument(fx.dutyList, fx.OPTIONS),
  redA4: () => redBoard(fx.red, { ...fx.OPTIONS, paper: 'A4', maskNames: false }),
  redA3: () => redBoard(fx.red, { ...fx.OPTIONS, paper: 'A3', maskNames: false }),
  black: () => blackBoard(fx.black, { ...fx.OPTIONS, paper: 'A4' }),
  statements: () => statementDocument(fx.statements, fx.OPTIONS),
};
type Name = keyof typeof docs;
const rendered = new Map<Name, Buffer>();
async function pdf(name: Name): Promise<Buffer> {
  let b = rendered.get(name);
  if (!b) {
    b = await renderPdf(docs[name]());
    rendered.set(name, b);
    pageOnePng(b, `pdf-${name}`);
  }
  return b;
}

describe('PDF engine', () => {
  it('embeds only the subset Chinese font, so a page of names stays small', async () => {
    const b = await pdf('cards');
    const fonts = embeddedFonts(b).split('\n').slice(2).filter(Boolean);
    expect(fonts.length).toBeGreaterThan(0);
    for (const line of fonts) expect(line).toMatch(/^[A-Z]{6}\+NotoSansHans-(Regular|Bold)\s+CID Type 0C\s+Identity-H\s+yes yes yes/);
    expect(b.length).toBeLessThan(300_000);
  });

  it('gives identical bytes for the same document made at the same time (reprints)', async () => {
    const again = await renderPdf(docs.monthly());
    expect(again.equals(await pdf('monthly'))).toBe(true);
  });

  it('finds characters the font lacks, instead of printing an empty box', () => {
    expect(missingCharacters('吉𠮷祥')).toEqual(['𠮷']);
    expect(missingCharacters('欧阳娜娜 李堃')).toEqual([]);
    expect(namesWithMissingCharacters(['张三', '𠮷大', '张三', '𠮷大'])).toEqual([{ name: '𠮷大', characters: ['𠮷'] }]);
  });

  it('refuses to print anything that looks like an ID-card or mobile number', async () => {
    const doc = (text: string) => pageSet({ paper: 'A4', frame: null, createdAt: fx.OPTIONS.createdAt, content: [{ text }] });
    await expect(renderPdf(doc('联系电话 13800138000'))).rejects.toThrow(/身份证号或手机号/);
    await expect(renderPdf(doc('身份证 11010519491231002X'))).rejects.toThrow(/身份证号或手机号/);
    await expect(renderPdf(doc('户号 01001，积分 120'))).resolves.toBeInstanceOf(Buffer);
  });

  it('takes the paper size as a parameter: A3 posters and 80 mm receipt rolls', async () => {
    expect(pageSizePts(await pdf('redA3'))).toEqual({ width: 842, height: 1191 });
    expect(pageSizePts(await pdf('redA4'))).toEqual({ width: 595, height: 842 });
    const roll = await renderPdf(pageSet({ paper: 'roll80', frame: null, createdAt: fx.OPTIONS.createdAt, content: ['积分超市兑换小票', '张三 余额 85'] }));
    expect(pageSizePts(roll).width).toBe(227);
    expect(pageSizePts(roll).height).toBeLessThan(200);
  });
});

describe('documents', () => {
  it('every page carries the village, period, print date and 第 N 页 / 共 M 页', async () => {
    for (const name of Object.keys(docs) as Name[]) {
      const b = await pdf(name);
      const n = pageCount(b);
      const text = flat(pdfText(b));
      for (let i = 1; i <= n; i++) expect(text, name).toContain(`第${i}页/共${n}页`);
      expect(text.split('打印日期：2026年4月1日').length - 1, name).toBe(n);
      expect(text.split(`${fx.VILLAGE}·`).length - 1, name).toBeGreaterThanOrEqual(n);
    }
  });

  it('no public document carries an ID-card or mobile number', async () => {
    for (const name of Object.keys(docs) as Name[]) {
      expect(pdfText(await pdf(name)), name).not.toMatch(PERSONAL_NUMBER);
    }
  });

  it('card sheet: 8 cards per A4 page with 户号 and head', async () => {
    const b = await pdf('cards');
    expect(pageCount(b)).toBe(2);
    const text = pdfText(b);
    for (const h of fx.cards.households) {
      expect(text).toContain(h.number);
      expect(text).toContain(h.headName);
    }
    expect(text.split('积分超市 · 农户积分卡').length - 1).toBe(11);
  });

  it('monthly publication: households by group with this month, 累计积分, rank, 公示期 and where to object', async () => {
    const b = await pdf('monthly');
    const text = squash(pdfText(b));
    expect(pageCount(b)).toBeGreaterThanOrEqual(2);
    expect(text).toContain('南岭村村民积分月公示');
    expect(text).toContain('2026年3月');
    expect(flat(text)).toContain('公示期：2026年4月1日至2026年4月7日。如对本户积分有异议，请在公示期内向村务监督委员会（村委会办公室）反映');
    expect(text).toContain('第一村小组（20 户）');
    const rows = fx.pointsData(60).groups.flatMap((g) => g.rows);
    expect(text).toMatch(/排名 户号 户主 加分 扣分 本月积分 累计积分/);
    for (const r of rows) {
      const deducted = r.deducted ? `−${r.deducted}` : '0';
      expect(text).toMatch(new RegExp(`\\b${r.rank} ${r.number} ${r.headName} \\+${r.awarded} ${deducted} \\+${r.points} ${r.cumulative}\\b`));
    }
    // The +/− columns show what the net hides: 张建国's +60 is +70 awarded and −10 deducted.
    expect(text).toMatch(/01001 张建国 \+70 −10 \+60 300/);
    // the month's cadre block: due items done or open and the rate, as on the weekly notice
    expect(text).toMatch(/序号 姓名 职务 应完成事项（按周期） 完成率 本月积分/);
    expect(text).toMatch(/王书记 书记 已完成 组织党员集中学习 \+5 1\/1 100% \+30/);
    expect(text).toMatch(/黄委员 委员 本期没有到期事项 0\/0 — 0/);
  });

  it('quarterly publication: the months, the quarter total and the cadres', async () => {
    const text = squash(pdfText(await pdf('quarterly')));
    expect(text).toContain('积分季度公示');
    expect(text).toContain('2026年第一季度');
    expect(text).toMatch(/排名 户号 户主 1月 2月 3月 加分 扣分 本季积分 累计积分/);
    expect(text).toMatch(/1 01001 张建国 \+40 \+10 \+10 \+70 −10 \+60 300/);
    expect(text).toMatch(/序号 姓名 职务 应完成事项（按周期） 完成率 本季积分/);
    expect(text).toMatch(/王书记 书记 已完成 组织党员集中学习 \+5 1\/1 100% \+86/);
    expect(text).toMatch(/符主任 主任 已完成 环境卫生巡查 \+2 1\/2 50% \+79/);
    expect(text).toContain('未完成 村务公开');
  });

  it('weekly duty publication: each cadre, items due done or open, rate and week total', async () => {
    const text = squash(pdfText(await pdf('dutyWeekly')));
    expect(text).toContain('2026年3月9日至2026年3月15日');
    expect(text).toMatch(/王书记 书记 已完成 组织党员集中学习 \+5 1\/1 100% \+8/);
    expect(text).toContain('已完成 入户走访困难群众 +3');
    expect(text).toMatch(/符主任 主任 已完成 环境卫生巡查 \+2 1\/2 50% \+2/);
    expect(text).toContain('未完成 村务公开');
    expect(text).toMatch(/黄委员 委员 本期没有到期事项 0\/0 — 0/);
    expect(text).toContain('全村本周应完成 3 项，已完成 2 项，完成率 66%');
  });

  it('duty list: every item with its responsible people; unassigned ones stand out', async () => {
    const text = squash(pdfText(await pdf('dutyList')));
    expect(text).toMatch(/组织党员集中学习 \+5 分（每次） 王书记/);
    // a grade table may wrap inside its cell; the responsible people stay on the item's line
    expect(text).toMatch(/环境卫生巡查 优秀 \+3[^\n]* 符主任、黄委员/);
    expect(flat(text)).toContain('优秀+3/合格+1（每');
    expect(text).toMatch(/发展党员 \+3 分（每人） 未指定/);
  });

  it('red board: ranked households and deeds; names masked when the village says so', async () => {
    const text = squash(pdfText(await pdf('redA4')));
    expect(text).toMatch(/第1名 张建国 第一村小组 60/);
    expect(text).toContain('拾金不昧');
    const masked = squash(pdfText(await renderPdf(redBoard(fx.red, { ...fx.OPTIONS, paper: 'A4', maskNames: true }))));
    expect(masked).toMatch(/第1名 张\*国 第一村小组 60/);
    expect(masked).not.toContain('张建国');
    expect(masked).toContain('陈*英');
  });

  it('black board: masked names and counts only, never a full name or a reason', async () => {
    const text = squash(pdfText(await pdf('black')));
    expect(text).toContain('赵*强 第一村小组 2');
    expect(text).toContain('欧**梅');
    expect(text).not.toContain('赵志强');
    const counts = squash(pdfText(await renderPdf(blackBoard({ ...fx.black, mode: 'countsOnly' }, { ...fx.OPTIONS, paper: 'A4' }))));
    expect(counts).toContain('第一村小组 1 2');
    expect(counts).not.toMatch(/赵|欧/);
  });

  it('statements: one household per page with opening, movements and closing balance', async () => {
    const b = await pdf('statements');
    expect(pageCount(b)).toBe(2);
    const text = squash(pdfText(b));
    expect(text).toContain('户号：01001');
    expect(text).toMatch(/期初结余 100/);
    expect(text).toMatch(/2026-02-10 兑换 洗衣粉 ×2 30 80/);
    expect(text).toMatch(/本期合计 \/ 期末结余 15 30 85/);
  });
});

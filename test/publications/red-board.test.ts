import { describe, expect, it } from 'vitest';
import { redBoard, type RedBoardData } from '../../electron/core/pdf/documents/boards.js';
import { renderPdf } from '../../electron/core/pdf/engine.js';
import * as fx from './fixtures.js';
import { pageCount, pageOnePng, pdfText, squash } from './pdf-tools.js';

/** "前 10 名" of a month where 18 households tie on 10th place: 27 households and some deeds, as the demo month had. */
const tied: RedBoardData = {
  ...fx.red,
  households: fx.households(27).map((h, i) => ({ rank: Math.min(i + 1, 10), name: h.headName, groupName: h.groupName, points: i < 9 ? 90 - i : 20 })),
  deeds: Array.from({ length: 6 }, (_, i) => ({ name: `符${'一二三四五六'[i]}妹`, groupName: '第二村小组', deed: '拾金不昧，归还失主现金 2000 元' })),
};

describe('red board with ties', () => {
  for (const paper of ['A3', 'A4'] as const) {
    it(`stays one ${paper} sheet: tied households share their place as 并列 and every name is printed`, async () => {
      const pdf = await renderPdf(redBoard(tied, { ...fx.OPTIONS, paper, maskNames: false }));
      pageOnePng(pdf, `pdf-red-ties-${paper}`);
      expect(pageCount(pdf)).toBe(1);
      const text = squash(pdfText(pdf));
      expect(text).toContain('并列');
      for (const h of tied.households) expect(text).toContain(h.name);
      expect(text).toContain('符六妹');
    });
  }

  it('a board without ties keeps one line per household and no 并列', async () => {
    const text = squash(pdfText(await renderPdf(redBoard(fx.red, { ...fx.OPTIONS, paper: 'A3', maskNames: false }))));
    expect(text).not.toContain('并列');
    expect(text).toMatch(/第1名 张建国 第一村小组 60/);
  });
});

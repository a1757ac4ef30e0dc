import { renderPdf } from '../../electron/core/pdf/engine.js';
import { FONT_FAMILY } from '../../electron/core/pdf/fonts.js';
import { sample, type BenchCase } from '../harness.js';
import { pointsVillage, SESSION as S } from './points-village.js';

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const GIVEN = ['建国', '秀英', '志强', '桂兰', '海燕', '文华', '丽娟', '明', '军', '玉梅'];

/**
 * The monthly household publication of a 1,000-household village with a
 * reviewed month of entries, through the same handler the screen calls.
 * Floor: a bare pdfmake table of the same rows with the same embedded font.
 */
export const publicationPdf: BenchCase = {
  id: 'publication-pdf',
  title: '1,000 户月公示 PDF / monthly publication PDF',
  async run({ quick, workDir }) {
    const households = quick ? 30 : 1000;
    const name = (i: number) => `${SURNAMES[i % SURNAMES.length]}${GIVEN[Math.floor(i / SURNAMES.length) % GIVEN.length]}${i >= SURNAMES.length * GIVEN.length ? '二' : ''}`;
    const { core, ids, itemId } = await pointsVillage(workDir, households, '2026-04-01T09:00:00+08:00', name);
    try {
      const groups = await core.call(S, 'roster.groups.list', {});
      const names = ids.map((_, i) => name(i));
      const seqs: number[] = [];
      const batches: [string, number[]][] = [
        ['2026-03-10', ids.filter((_, i) => i % 3 === 0)],
        ['2026-03-12', ids.filter((_, i) => i % 4 === 1)],
        ['2026-03-14', ids.filter((_, i) => i % 7 === 2)],
      ];
      for (const [date, householdIds] of batches) seqs.push(...(await core.call(S, 'ledger.record', { itemId, date, householdIds })).seqs);
      for (let i = 0; i < seqs.length; i += 2000) await core.call(S, 'ledger.review', { seqs: seqs.slice(i, i + 2000), decision: 'approved' });

      const n = quick ? 1 : 5;
      let pages = 0;
      const subject = await sample(n, async () => {
        pages = (await core.call(S, 'publications.preview', { kind: 'monthly', month: '2026-03' })).pages;
      });
      const body = names.map((head, i) => [String(i + 1), groups[i % groups.length]!.name, head, String(i % 40), String(i % 90), String(i + 1)]);
      const floor = await sample(n, () =>
        renderPdf({
          defaultStyle: { font: FONT_FAMILY, fontSize: 10 },
          content: [{ table: { headerRows: 1, widths: [30, 80, '*', 50, 50, 40], body: [['序号', '村小组', '户主', '本月', '累计', '排名'], ...body] } }],
        }),
      );
      return { status: 'measured', subject, floor, floorLabel: 'bare pdfmake table, same rows and font', size: `${households} households, ${seqs.length} entries, ${pages} pages` };
    } finally {
      core.db.close();
    }
  },
};

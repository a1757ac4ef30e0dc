import { join } from 'node:path';
import { createCore } from '../../electron/core/app.js';
import { renderPdf } from '../../electron/core/pdf/engine.js';
import { FONT_FAMILY } from '../../electron/core/pdf/fonts.js';
import { sample, type BenchCase } from '../harness.js';

const S = 'bench-session-000002';
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
    const core = createCore({ dataDir: join(workDir, 'village'), clock: { now: () => new Date('2026-04-01T09:00:00+08:00') }, log: () => {} });
    try {
      await core.call(S, 'setup.complete', {
        installation: 'village',
        villageName: '基准村',
        township: '打安镇',
        county: '白沙黎族自治县',
        groups: ['第一村小组', '第二村小组', '第三村小组', '第四村小组', '第五村小组', '第六村小组'],
        admin: { name: '王书记', pin: '1234' },
      });
      await core.call(S, 'ledger.saveSettings', { allowSelfApproval: true, clearingDay: null, yearCap: null });
      const groups = await core.call(S, 'roster.groups.list', {});
      const ids: number[] = [];
      const names: string[] = [];
      for (let i = 0; i < households; i++) {
        const name = `${SURNAMES[i % SURNAMES.length]}${GIVEN[Math.floor(i / SURNAMES.length) % GIVEN.length]}${i >= SURNAMES.length * GIVEN.length ? '二' : ''}`;
        names.push(name);
        ids.push((await core.call(S, 'roster.households.create', { groupId: groups[i % groups.length]!.id, members: [{ name, relation: '户主' }] })).id);
      }
      const lists = await core.call(S, 'checklist.loadTemplates', { codes: ['conduct'], meeting: { kind: 'representatives', date: '2026-01-05', attendance: 50, note: '' } });
      const item = (n: string) => lists.flatMap((l) => l.items).find((i) => i.name === n)!.id;
      const seqs: number[] = [];
      const batches: [string, number[]][] = [
        ['参加志愿服务', ids.filter((_, i) => i % 3 === 0)],
        ['参加公益劳动', ids.filter((_, i) => i % 4 === 1)],
        ['配合矛盾纠纷调解', ids.filter((_, i) => i % 7 === 2)],
      ];
      for (const [name, householdIds] of batches) seqs.push(...(await core.call(S, 'ledger.record', { itemId: item(name), date: '2026-03-10', householdIds })).seqs);
      for (let i = 0; i < seqs.length; i += 2000) await core.call(S, 'ledger.review', { seqs: seqs.slice(i, i + 2000), decision: 'approved' });

      const n = quick ? 1 : 5;
      let pages = 0;
      const subject = await sample(n, async () => {
        pages = (await core.call(S, 'publications.preview', { kind: 'monthly', month: '2026-03' })).pages;
      });
      const body = names.map((name, i) => [String(i + 1), groups[i % groups.length]!.name, name, String(i % 40), String(i % 90), String(i + 1)]);
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

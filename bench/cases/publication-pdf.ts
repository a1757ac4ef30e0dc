import { chromium } from '@playwright/test';
import { CHROMIUM } from '../../playwright.config.js';
import { renderPdf } from '../../electron/core/pdf/engine.js';
import { buildDocument } from '../../electron/core/publications/build.js';
import { pointsPublicationData } from '../../electron/core/publications/data.js';
import { monthPeriod } from '../../electron/core/publications/periods.js';
import { interleaveAll, type BenchCase } from '../harness.js';
import { pointsVillage, SESSION as S } from './points-village.js';
import { CHROMIUM_ARGS } from './first-screen.js';

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const GIVEN = ['建国', '秀英', '志强', '桂兰', '海燕', '文华', '丽娟', '明', '军', '玉梅'];
const STAMP = { printDate: '2026-04-01', createdAt: '2026-04-01T09:00:00.000+08:00' };

const escape = (s: string) => s.replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c]!);

/** The same publication as plain HTML: one table per group, the header repeated on each page by the browser. */
function publicationHtml(data: ReturnType<typeof pointsPublicationData>): string {
  const groups = data.groups
    .map(
      (g) =>
        `<h2>${escape(g.name)}</h2><table><thead><tr><th>户号</th><th>户主</th><th>本月</th><th>累计</th><th>排名</th></tr></thead><tbody>` +
        g.rows.map((r) => `<tr><td>${r.number}</td><td>${escape(r.headName)}</td><td>${r.points}</td><td>${r.cumulative}</td><td>${r.rank}</td></tr>`).join('') +
        '</tbody></table>',
    )
    .join('');
  return `<!doctype html><html><head><meta charset="utf-8"><style>
    body { font-family: 'Noto Sans CJK SC', sans-serif; font-size: 10pt; } h1 { text-align: center; font-size: 18pt; }
    table { width: 100%; border-collapse: collapse; } th, td { border: 0.5pt solid #333; padding: 2pt 4pt; } thead { display: table-header-group; }
  </style></head><body><h1>${escape(data.villageName)}村民积分公示（${escape(data.periodLabel)}）</h1>${groups}
  <p>公示期 ${data.publicity.from} 至 ${data.publicity.to}，如有异议请到${escape(data.objectionPlace)}反映。</p></body></html>`;
}

/**
 * The monthly household publication of a 1,000-household village with a
 * reviewed month of entries, through the same handler the screen calls
 * (query, ranking, layout, render, name check, base64). Floors, interleaved:
 * pdfmake rendering the very document definition the handler builds (same
 * pages, same font), and Chromium's `page.pdf` printing the same table.
 */
export const publicationPdf: BenchCase = {
  id: 'publication-pdf',
  title: '1,000 户月公示 PDF / monthly publication PDF',
  async run({ quick, workDir }) {
    const households = quick ? 30 : 1000;
    const name = (i: number) => `${SURNAMES[i % SURNAMES.length]}${GIVEN[Math.floor(i / SURNAMES.length) % GIVEN.length]}${i >= SURNAMES.length * GIVEN.length ? '二' : ''}`;
    const { core, ids, itemId } = await pointsVillage(workDir, households, '2026-04-01T09:00:00+08:00', name);
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: [...CHROMIUM_ARGS] });
    try {
      const seqs: number[] = [];
      const batches: [string, number[]][] = [
        ['2026-03-10', ids.filter((_, i) => i % 3 === 0)],
        ['2026-03-12', ids.filter((_, i) => i % 4 === 1)],
        ['2026-03-14', ids.filter((_, i) => i % 7 === 2)],
      ];
      for (const [date, householdIds] of batches) seqs.push(...(await core.call(S, 'ledger.record', { itemId, date, householdIds })).seqs);
      for (let i = 0; i < seqs.length; i += 2000) await core.call(S, 'ledger.review', { seqs: seqs.slice(i, i + 2000), decision: 'approved' });

      const input = { kind: 'monthly', month: '2026-03', paper: 'A4' } as const;
      const village = (await core.call(S, 'system.status', {})).village!.name;
      const n = quick ? 1 : 5;
      let pages = 0;
      const subject = { run: async () => void (pages = (await core.call(S, 'publications.preview', input)).pages) };
      // pdfmake annotates the definition it lays out, so each floor run gets a fresh one (built untimed).
      let doc = buildDocument(core.db, village, input, STAMP).doc;
      const pdfmakeSide = { before: () => (doc = buildDocument(core.db, village, input, STAMP).doc), run: () => renderPdf(doc) };

      const data = pointsPublicationData(core.db, village, monthPeriod('2026-03'), { from: '2026-04-01', to: '2026-04-07' }, '村委会', false);
      const html = publicationHtml(data);
      const page = await browser.newPage();
      let chromePages = 0;
      const chromeSide = {
        run: async () => {
          await page.setContent(html);
          const pdf = await page.pdf({ format: 'A4', margin: { top: '15mm', bottom: '15mm', left: '12mm', right: '12mm' } });
          chromePages = pdf.toString('latin1').match(/\/Type\s*\/Page\b(?!s)/g)?.length ?? 0;
        },
      };
      // one subject, both floors in the same rounds: the note's pdfmake-to-Chromium ratio is of one run
      const { subject: measured, floors } = await interleaveAll(n, subject, [pdfmakeSide, chromeSide]);
      const pdfmake = { subject: measured, floor: floors[0]! };
      const chrome = { subject: measured, floor: floors[1]! };
      await page.close();
      const size = `${households} households, ${seqs.length} entries, ${pages} pages`;
      return {
        status: 'measured',
        rows: [
          { title: '1,000 户月公示 PDF / monthly publication PDF', size, ...pdfmake, goal: { ratio: 1.2 }, floorLabel: 'bare pdfmake rendering the same document definition (same pages, same font)' },
          {
            title: '月公示 PDF 对 Chromium / same vs Chromium page.pdf',
            size: `${size}; Chromium ${chromePages} pages`,
            ...chrome,
            goal: { ratio: 0.5 },
            floorLabel: 'Chromium page.pdf of the same table (system Noto CJK font)',
            ...(chrome.subject.median > 0.5 * chrome.floor.median
              ? {
                  note:
                    `不可再省的代价：pdfmake 自己排版和生成同一份文件（上一行的下限）就要 ${Math.round(pdfmake.floor.median)} ms，` +
                    `是 Chromium 的 ${Math.round((pdfmake.floor.median / chrome.floor.median) * 100) / 100} 倍；要达到目标只能换掉 PDF 引擎`,
                }
              : {}),
          },
        ],
      };
    } finally {
      await browser.close();
      core.db.close();
    }
  },
};

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCore } from '../electron/core/app.js';

const HOUSEHOLDS = 1000;
const S = 'bench-session';

/** The monthly publication of a 1,000-household village with a reviewed month of entries. */
export async function run(): Promise<Record<string, number | string>> {
  const dataDir = mkdtempSync(join(tmpdir(), 'cunji-bench-'));
  const clock = { now: () => new Date('2026-04-01T09:00:00+08:00') };
  const core = createCore({ dataDir, clock, log: () => {} });
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
    const surnames = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
    const given = ['建国', '秀英', '志强', '桂兰', '海燕', '文华', '丽娟', '明', '军', '玉梅'];
    const ids: number[] = [];
    for (let i = 0; i < HOUSEHOLDS; i++) {
      const name = `${surnames[i % surnames.length]}${given[Math.floor(i / surnames.length) % given.length]}${i >= surnames.length * given.length ? '二' : ''}`;
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

    const t0 = performance.now();
    const r = await core.call(S, 'publications.preview', { kind: 'monthly', month: '2026-03' });
    const ms = Math.round(performance.now() - t0);
    return { households: HOUSEHOLDS, entries: seqs.length, monthlyPublicationMs: ms, pages: r.pages, kilobytes: Math.round(Buffer.byteLength(r.file.dataBase64, 'base64') / 1024) };
  } finally {
    core.db.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

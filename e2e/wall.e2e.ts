import { execFileSync } from 'node:child_process';
import { ALL_ROLES } from '../electron/core/contract/system.js';
import { insertOperator } from '../electron/core/operators/operators.js';
import { hashPin } from '../electron/core/operators/pin.js';
import { expect, openBackfill, screenshot, test, type CunjiApp } from './fixtures.js';
import { PdfPreviewDialog } from './pages/pdf-preview.js';
import { PublicationsPage } from './pages/publications.js';
import { SetupPage } from './pages/setup.js';

const pdfinfo = (file: string) => execFileSync('pdfinfo', [file], { encoding: 'utf8' });
const pdftext = (file: string) => execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');

/**
 * Last month, approved: 7 households with 30 points (5 of them also honoured), then 20 tied
 * on 15 — so 前 10 名 is 27 households, the case that used to spill the A3 board onto a second sheet.
 */
async function seedTies(cunji: CunjiApp) {
  const { core, day } = cunji;
  openBackfill(core);
  core.sessions.set('seed', { id: 1, name: '王书记', roles: [...ALL_ROLES] });
  const groups = await core.call('seed', 'roster.groups.list', {});
  const surnames = ['林', '郭', '何', '高', '罗', '郑', '梁', '谢', '宋', '唐', '许', '韩', '冯', '邓', '曹', '彭', '曾', '肖', '田', '董', '潘', '袁', '蔡', '蒋', '余', '杜', '叶', '程', '魏', '苏'];
  const ids: number[] = [];
  for (const [i, s] of surnames.entries()) {
    const h = await core.call('seed', 'roster.households.create', { groupId: groups[i % groups.length]!.id, members: [{ name: `${s}${['国强', '秀兰', '志明'][i % 3]}`, relation: '户主' }] });
    ids.push(h.id);
  }
  const lists = await core.call('seed', 'checklist.loadTemplates', { codes: ['conduct'], meeting: { kind: 'representatives', date: day.monthsAgo(6, 10), attendance: 45 } });
  const item = (name: string) => lists.flatMap((l) => l.items).find((i) => i.name === name)!.id;
  const date = day.monthsAgo(1, 10);
  const seqs = [
    ...(await core.call('seed', 'ledger.record', { itemId: item('参加志愿服务'), date, householdIds: ids.slice(0, 27) })).seqs,
    ...(await core.call('seed', 'ledger.record', { itemId: item('参加志愿服务'), date: day.monthsAgo(1, 11), householdIds: ids.slice(0, 7) })).seqs,
    ...(await core.call('seed', 'ledger.record', { itemId: item('获市级及以上荣誉'), date, householdIds: ids.slice(0, 5) })).seqs,
  ];
  const reviewer = core.db.transaction(() => insertOperator(core.db, '赵监委', hashPin('1357'), ['reviewer'], '2026-01-01T08:00:00+08:00'))();
  core.sessions.set('seed-reviewer', { id: reviewer, name: '赵监委', roles: ['reviewer'] });
  await core.call('seed-reviewer', 'ledger.review', { seqs, decision: 'approved' });
}

test('wall paper from the UI: the red board with 27 tied households is one A3 sheet; the monthly publication has an A3 landscape wall version', async ({ page, cunji }) => {
  expect(page.viewportSize()).toEqual({ width: 1366, height: 768 });
  await cunji.open(page);
  await new SetupPage(page).complete();
  await expect(page.getByText('王书记，您好')).toBeVisible();
  await seedTies(cunji);

  const pub = new PublicationsPage(page);
  await pub.open();
  await pub.card('红榜').getByRole('radio', { name: 'A3 海报' }).check();
  await pub.generate('红榜');
  const preview = new PdfPreviewDialog(page);
  await preview.expectPages(1);
  await screenshot(page, 'wall-red-board-a3');
  const red = await (await pub.save()).path();
  expect(pdfinfo(red)).toMatch(/Pages:\s+1\n/);
  expect(pdfinfo(red)).toMatch(/Page size:\s+841\.\d+ x 1190\.\d+ pts/);
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', red, 'test-artifacts/wall-red-board-a3-page1']);
  const redText = pdftext(red);
  expect(redText).toContain('并列');
  expect(redText).toContain('获市级及以上荣誉');
  await pub.closePreview();

  await pub.card('村民积分月公示').getByRole('radio', { name: 'A3 上墙版（横向大字）' }).check();
  await pub.generate('村民积分月公示');
  await preview.expectPages(1);
  await screenshot(page, 'wall-monthly-a3');
  const wall = await (await pub.save()).path();
  expect(pdfinfo(wall)).toMatch(/Page size:\s+1190\.\d+ x 841\.\d+ pts/);
  expect(pdfinfo(wall)).toMatch(/Pages:\s+1\n/);
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', wall, 'test-artifacts/wall-monthly-a3-page1']);
  const wallText = pdftext(wall);
  expect(wallText).toContain('村民积分月公示');
  expect(wallText).toContain('林国强');
});

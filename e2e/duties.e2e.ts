import { ALL_ROLES } from '../electron/core/contract/system.js';
import { expect, screenshot, test } from './fixtures.js';
import { clickUntilClosed } from './pages/antd.js';
import { DutiesPage, HomePage } from './pages/duties.js';
import { PdfPreviewDialog } from './pages/pdf-preview.js';
import { ScoringPage } from './pages/ledger.js';
import { SetupPage } from './pages/setup.js';

const MEETING = { kind: 'representatives', date: '2026-01-10', attendance: 45, note: '' } as const;

test('co-owners are picked on 职责分工; scoring a cadre on another’s item asks first; home reminds of the weekly notice', async ({ page, cunji }) => {
  await cunji.open(page);
  await new SetupPage(page).complete();
  cunji.core.sessions.set('seed', { id: 1, name: '王书记', roles: [...ALL_ROLES] });
  const call = cunji.core.call.bind(cunji.core);
  const wang = await call('seed', 'roster.cadres.save', { name: '王海', post: '书记', fromDate: '2024-01-01' });
  const fu = await call('seed', 'roster.cadres.save', { name: '符海燕', post: '委员', fromDate: '2024-01-01' });
  const chen = await call('seed', 'roster.cadres.save', { name: '陈明', post: '委员', fromDate: '2024-01-01' });
  const lists = await call('seed', 'checklist.loadTemplates', { codes: ['party'], meeting: { ...MEETING, date: cunji.day.today } });
  const item = (name: string) => lists.flatMap((l) => l.items).find((i) => i.name === name)!;
  for (const name of ['组织党员集中学习', '党员责任区和党员先锋岗履职']) await call('seed', 'checklist.assign', { itemId: item(name).id, cadreId: wang.id });

  // home: duty items have owners, so last week's cadre notice is asked for
  const todos = await new HomePage(page).open();
  await expect(todos.filter({ hasText: /的干部履职积分周公示还没有发布/ })).toBeVisible();

  const duties = new DutiesPage(page);
  await duties.open();
  await duties.addCoOwner('王海（书记）', '组织党员集中学习', '符海燕');
  await expect.poll(async () => (await call('seed', 'checklist.lists', {})).flatMap((l) => l.items).find((i) => i.name === '组织党员集中学习')?.coOwners.map((c) => c.name)).toEqual(['符海燕']);
  // what was saved is what the screen shows after coming back to it
  await new HomePage(page).open();
  await duties.open();
  await expect(duties.item('王海（书记）', '组织党员集中学习')).toContainText('符海燕');
  await screenshot(page, 'duties-co-owners');

  // the yearly ranking for 评先评优: on screen, as a signed A4 sheet and as .xlsx
  await expect(duties.ranking().getByRole('row', { name: /王海 书记/ })).toBeVisible();
  await duties.ranking().getByRole('button', { name: '打印推荐表' }).click();
  const preview = new PdfPreviewDialog(page);
  await preview.expectPages(1);
  await preview.close();
  expect((await duties.exportRanking()).suggestedFilename()).toBe(`山竹沟村干部履职积分排名及评先评优推荐表-${cunji.day.year}年.xlsx`);

  const entriesOf = async (cadreId: number) => (await call('seed', 'ledger.entries', { cadreId })).total;
  const scoring = new ScoringPage(page);
  await scoring.open();
  // a co-owner is recorded without a question
  await scoring.forCadre('组织党员', '组织党员集中学习（+1）', '符海燕（委员）');
  await expect.poll(() => entriesOf(fu.id)).toBe(1);
  await expect(page.getByRole('dialog')).toBeHidden();
  await scoring.forCadre('党员责任区', '党员责任区和党员先锋岗履职（+1）', '陈明（委员）');
  const dialog = page.getByRole('dialog', { name: '这个事项的责任人不是所选干部' });
  await expect(dialog).toContainText('责任人是王海');
  await screenshot(page, 'scoring-other-owner-confirm');
  await clickUntilClosed(dialog, dialog.getByRole('button', { name: '确认记分' }));
  await expect.poll(() => entriesOf(chen.id)).toBe(1);
});

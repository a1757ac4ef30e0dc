import { expect, screenshot, test } from './fixtures.js';
import { SetupPage } from './pages/setup.js';
import { ShellPage } from './pages/shell.js';

test('every menu item is reachable at 1366×768 and each screen is photographed for review', async ({ page, cunji }) => {
  expect(page.viewportSize()).toEqual({ width: 1366, height: 768 });
  await cunji.open(page);
  await new SetupPage(page).complete();
  const shell = new ShellPage(page);
  const labels = await shell.menuLabels();
  expect(labels.length).toBeGreaterThan(10);
  for (const [i, label] of labels.entries()) {
    await shell.openScreen(label);
    await screenshot(page, `screen-${String(i + 1).padStart(2, '0')}-${label}`);
  }
});

import { defineConfig } from '@playwright/test';

/**
 * E2E runs the real renderer in Debian's Chromium against the web host —
 * never a downloaded browser. Point CUNJI_CHROMIUM at another Chromium/Chrome
 * binary to run elsewhere.
 */
export const CHROMIUM = process.env.CUNJI_CHROMIUM ?? '/usr/bin/chromium';

export default defineConfig<object, { testDate: string }>({
  testDir: 'e2e',
  testMatch: '**/*.e2e.ts',
  // Sized for a 2-core machine that is busy with other work (`.ci/run` checks under a CPU hog):
  // tests wait for states, so a generous bound costs nothing when all is well.
  timeout: 180_000,
  expect: { timeout: 20_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list'], ['./e2e/slowest-reporter.ts']],
  outputDir: 'test-results',
  // Every test lives on a pinned day (e2e/clock.ts); the date-sensitive ones (tagged @date)
  // also live through a January (last month is last year) and a year's last day.
  projects: [
    { name: 'e2e' },
    { name: '15 January', grep: /@date/, use: { testDate: '2027-01-15' } },
    { name: '31 December', grep: /@date/, use: { testDate: '2026-12-31' } },
  ],
  use: {
    locale: 'zh-CN',
    // No timezoneId: the browser and the core share one PC and so one time zone. Forcing
    // Asia/Shanghai on a UTC machine made the page's "today" a day ahead of the core's after 16:00 UTC.
    viewport: { width: 1366, height: 800 },
    screenshot: 'only-on-failure',
    trace: 'off',
    launchOptions: {
      executablePath: CHROMIUM,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
});

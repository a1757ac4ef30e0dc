import { defineConfig } from '@playwright/test';

/**
 * E2E runs the real renderer in Debian's Chromium against the web host —
 * never a downloaded browser. Point CUNJI_CHROMIUM at another Chromium/Chrome
 * binary to run elsewhere.
 */
export const CHROMIUM = process.env.CUNJI_CHROMIUM ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.e2e.ts',
  timeout: 90_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  outputDir: 'test-results',
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

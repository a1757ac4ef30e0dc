import { chromium } from '@playwright/test';
import { join } from 'node:path';
import { CHROMIUM } from '../../playwright.config.js';
import type { BenchCase } from '../harness.js';
import { CHROMIUM_ARGS, coldStartRows } from './first-screen.js';

/**
 * Web host cold start to the first screen on a fresh folder: create and open
 * the database, start the host, load the page and wait for the setup form.
 * Floor, interleaved: the same browser loading a bare page holding the same
 * button from a bare HTTP server; and, to say what stands in the way, the same
 * host and renderer with the core's answers replayed (no database at all).
 * (A village with 1M entries: the redemption case.)
 */
export const coldStart: BenchCase = {
  id: 'web-cold-start',
  title: '网页版冷启动到首屏（空村）/ web host cold start to first screen, empty village',
  async run({ quick, workDir, rendererDir }) {
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: [...CHROMIUM_ARGS] });
    try {
      let i = 0;
      const { rows } = await coldStartRows({
        browser,
        rendererDir,
        dataDir: () => join(workDir, `cold-${i++}`),
        recordDir: join(workDir, 'cold-recorded'),
        button: '完成设置',
        samples: quick ? 2 : 15,
        title: '网页版冷启动到首屏（空村）/ web host cold start to first screen, empty village',
        size: 'empty village',
        goalMs: 1000,
      });
      return { status: 'measured', rows };
    } finally {
      await browser.close();
    }
  },
};

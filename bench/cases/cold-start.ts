import { chromium } from '@playwright/test';
import { join } from 'node:path';
import { CHROMIUM } from '../../playwright.config.js';
import { interleave, type BenchCase } from '../harness.js';
import { barePage, loadBare, openToFirstScreen } from './first-screen.js';

const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

/**
 * Web host cold start to the first screen on a fresh folder: create and open
 * the database, start the host, load the page and wait for the setup form.
 * Floor, interleaved: the same browser loading a bare page holding the same
 * button from a bare HTTP server. (A village with 1M entries: the redemption case.)
 */
export const coldStart: BenchCase = {
  id: 'web-cold-start',
  title: '网页版冷启动到首屏（空村）/ web host cold start to first screen, empty village',
  async run({ quick, workDir, rendererDir }) {
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
    const bare = await barePage('完成设置');
    try {
      let i = 0;
      const { subject, floor } = await interleave(
        quick ? 2 : 15,
        { run: () => openToFirstScreen(browser, rendererDir, join(workDir, `cold-${i++}`), '完成设置') },
        { run: () => loadBare(browser, bare.url, '完成设置') },
      );
      return { status: 'measured', subject, floor, goal: { ms: 1000 }, floorLabel: 'bare page in the same Chromium', size: 'empty village' };
    } finally {
      bare.close();
      await browser.close();
    }
  },
};

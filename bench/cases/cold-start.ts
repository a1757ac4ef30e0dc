import { chromium } from '@playwright/test';
import { join } from 'node:path';
import { CHROMIUM } from '../../playwright.config.js';
import { interleave, round, type BenchCase } from '../harness.js';
import { barePage, CHROMIUM_ARGS, loadBare, openToFirstScreen, replayedHost } from './first-screen.js';

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
    const bare = await barePage('完成设置');
    const replayed = await replayedHost(browser, rendererDir, join(workDir, 'cold-recorded'), '完成设置');
    try {
      let i = 0;
      const n = quick ? 2 : 15;
      const cold = { run: () => openToFirstScreen(browser, rendererDir, join(workDir, `cold-${i++}`), '完成设置') };
      const { subject, floor } = await interleave(n, cold, { run: () => loadBare(browser, bare.url, '完成设置') });
      const renderer = await interleave(n, cold, { run: () => loadBare(browser, replayed.url, '完成设置') });
      const size = 'empty village';
      // the parts, each measured: the bare page, the renderer's own start above it, the database and core above that
      const note =
        `已测：同一网页服务和渲染程序、核心的回答从内存回放（不建也不开数据库）要 ${round(renderer.floor.median)} ms，` +
        `空白页 ${round(floor.median)} ms，所以首屏自己的脚本（React 与 antd）加载和运行要 ${round(renderer.floor.median - floor.median)} ms，` +
        `建库和核心 ${round(renderer.subject.median - renderer.floor.median)} ms`;
      return {
        status: 'measured',
        rows: [
          {
            title: '网页版冷启动到首屏（空村）/ web host cold start to first screen, empty village',
            size,
            subject,
            floor,
            goal: { ms: 1000 },
            floorLabel: 'bare page in the same Chromium',
            ...(subject.median > 1000 ? { note } : {}),
          },
          {
            title: '冷启动 对 同一渲染程序（核心回答回放）/ cold start vs the same host and renderer, core answers replayed',
            size,
            ...renderer,
            floorLabel: 'the same web host and renderer, the core’s answers to the first screen replayed from memory (no database)',
          },
        ],
      };
    } finally {
      await replayed.close();
      bare.close();
      await browser.close();
    }
  },
};

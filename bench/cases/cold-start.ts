import { chromium } from '@playwright/test';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { CHROMIUM } from '../../playwright.config.js';
import { createCore } from '../../electron/core/app.js';
import { startWebHost } from '../../electron/core/transport/web-host.js';
import { sample, type BenchCase } from '../harness.js';

const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

/**
 * Web host cold start to the first screen: open the data folder, start the
 * host, load the page and wait for the setup form. Floor: the same browser
 * loading a bare page from a bare HTTP server.
 */
export const coldStart: BenchCase = {
  id: 'web-cold-start',
  title: '网页版冷启动到首屏 / web host cold start to first screen',
  async run({ quick, workDir, rendererDir }) {
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
    try {
      const n = quick ? 2 : 15;
      let i = 0;
      const subject = await sample(n, async () => {
        const core = createCore({ dataDir: join(workDir, `cold-${i++}`), log: () => {} });
        const host = await startWebHost({ core, staticDir: rendererDir });
        const page = await browser.newPage();
        await page.goto(host.url);
        await page.getByRole('button', { name: '完成设置' }).waitFor();
        await page.close();
        await host.close();
        core.db.close();
      });
      const bare = createServer((_req, res) => {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end('<!doctype html><button>完成设置</button>');
      });
      await new Promise<void>((ok) => bare.listen(0, '127.0.0.1', ok));
      const url = `http://127.0.0.1:${(bare.address() as AddressInfo).port}/`;
      const floor = await sample(n, async () => {
        const page = await browser.newPage();
        await page.goto(url);
        await page.getByRole('button', { name: '完成设置' }).waitFor();
        await page.close();
      });
      bare.close();
      return { status: 'measured', subject, floor, floorLabel: 'bare page in the same Chromium', size: 'empty village' };
    } finally {
      await browser.close();
    }
  },
};

import type { Browser } from '@playwright/test';
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { createCore } from '../../electron/core/app.js';
import { startWebHost } from '../../electron/core/transport/web-host.js';
import type { Core } from '../../electron/core/api/dispatcher.js';
import { interleaveAll, round, type CaseRow, type Measured } from '../harness.js';

/** Debian's Chromium as the e2e tests start it. */
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'] as const;

/** The first screen's button: 完成设置 on a fresh folder, 登录 on a village that is set up. */
export type FirstButton = '完成设置' | '登录';

// antd puts a space between the two characters of a two-character button label.
const named = (button: FirstButton) => new RegExp(`^${[...button].join('\\s*')}$`);

/** Open the data folder, start the host, load the page, wait for the first screen; everything closed again. */
export async function openToFirstScreen(browser: Browser, rendererDir: string, dataDir: string, button: FirstButton): Promise<void> {
  const core = createCore({ dataDir, log: () => {}, deferIntegrityCheck: true });
  const host = await startWebHost({ core, staticDir: rendererDir });
  const page = await browser.newPage();
  await page.goto(host.url);
  await page.getByRole('button', { name: named(button) }).first().waitFor();
  await page.close();
  await host.close();
  core.db.close();
}

/**
 * The same host serving the same renderer, its core's answers replayed from memory: no database is
 * created or opened. Against the subject it shows what the core costs the first screen; against the
 * bare page, what the renderer's own start (its JS for the first screen, React and antd) costs.
 */
export async function replayedHost(browser: Browser, rendererDir: string, dataDir: string, button: FirstButton): Promise<{ url: string; close: () => Promise<void> }> {
  // the answers a real core gives the first screen, recorded once
  const real = createCore({ dataDir, log: () => {}, deferIntegrityCheck: true });
  const answers = new Map<string, unknown>();
  const recorder = { invoke: async (session: string, method: string, input: unknown) => {
    const answer = await real.invoke(session, method, input);
    answers.set(method, answer);
    return answer;
  } } as unknown as Core;
  const recording = await startWebHost({ core: recorder, staticDir: rendererDir });
  const page = await browser.newPage();
  try {
    await page.goto(recording.url);
    await page.getByRole('button', { name: named(button) }).first().waitFor();
  } finally {
    await page.close();
    await recording.close();
    real.db.close();
  }
  const replay = { invoke: async (_session: string, method: string) => answers.get(method) ?? { ok: false, error: { code: 'UNKNOWN', message: method } } } as unknown as Core;
  const host = await startWebHost({ core: replay, staticDir: rendererDir });
  return { url: host.url, close: () => host.close() };
}

/** A bare HTTP server with a page holding only the same button: the floor of any first screen. */
export async function barePage(button: FirstButton): Promise<{ url: string; close: () => void }> {
  const bare = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><button>${button}</button>`);
  });
  await new Promise<void>((ok) => bare.listen(0, '127.0.0.1', ok));
  return { url: `http://127.0.0.1:${(bare.address() as AddressInfo).port}/`, close: () => bare.close() };
}

export async function loadBare(browser: Browser, url: string, button: FirstButton): Promise<void> {
  const page = await browser.newPage();
  await page.goto(url);
  await page.getByRole('button', { name: named(button) }).waitFor();
  await page.close();
}

/** Resident memory of the web host in its own process once the first screen is showing, in MB. */
export async function webHostRss(browser: Browser, rendererDir: string, dataDir: string, button: FirstButton): Promise<number | null> {
  const child = spawn(process.execPath, ['--import', 'tsx', join('bench', 'web-host-child.ts'), dataDir, rendererDir], { stdio: ['ignore', 'pipe', 'inherit'] });
  try {
    const url = await new Promise<string>((ok, fail) => {
      child.stdout.on('data', (b: Buffer) => ok(b.toString().trim().split('\n')[0]!));
      child.on('exit', (code) => fail(new Error(`web host exited with ${code}`)));
    });
    const page = await browser.newPage();
    await page.goto(url);
    await page.getByRole('button', { name: named(button) }).first().waitFor();
    const status = `/proc/${child.pid}/status`;
    // Linux only; elsewhere the figure is left empty rather than guessed.
    const kb = existsSync(status) ? Number(/VmRSS:\s+(\d+)/.exec(readFileSync(status, 'utf8'))?.[1]) : NaN;
    await page.close();
    return Number.isFinite(kb) ? Math.round(kb / 1024) : null;
  } finally {
    child.kill();
  }
}

/**
 * The cold-start rows of a village: its first screen against a bare page (the goal's row) and against
 * the same host and renderer with the core's answers replayed, interleaved; when the goal is missed the
 * first row's note gives the parts, each measured (bare page, the renderer's own start, the core's share).
 */
export async function coldStartRows(o: {
  browser: Browser;
  rendererDir: string;
  /** The folder each subject sample opens (a fresh one for an empty village). */
  dataDir: () => string;
  /** A village like the subject's, opened once to record the core's answers. */
  recordDir: string;
  button: FirstButton;
  samples: number;
  title: string;
  size: string;
  goalMs: number;
}): Promise<{ rows: CaseRow[]; subject: Measured }> {
  const bare = await barePage(o.button);
  const replayed = await replayedHost(o.browser, o.rendererDir, o.recordDir, o.button);
  try {
    const cold = { run: () => openToFirstScreen(o.browser, o.rendererDir, o.dataDir(), o.button) };
    // one run: the subject, the bare page and the replayed renderer in the same rounds, so the parts add up
    const { subject, floors } = await interleaveAll(o.samples, cold, [
      { run: () => loadBare(o.browser, bare.url, o.button) },
      { run: () => loadBare(o.browser, replayed.url, o.button) },
    ]);
    const floor = floors[0]!;
    const renderer = { subject, floor: floors[1]! };
    const note =
      `已测：同一网页服务和渲染程序、核心的回答从内存回放（不开数据库）要 ${round(renderer.floor.median)} ms，` +
      `空白页 ${round(floor.median)} ms，所以首屏自己的脚本（React 与 antd）加载和运行要 ${round(renderer.floor.median - floor.median)} ms，` +
      `打开数据库和核心 ${round(renderer.subject.median - renderer.floor.median)} ms`;
    return {
      subject,
      rows: [
        { title: o.title, size: o.size, subject, floor, goal: { ms: o.goalMs }, floorLabel: 'bare page in the same Chromium', ...(subject.median > o.goalMs ? { note } : {}) },
        {
          title: `${o.title.split('/')[0]!.trim()} 对 同一渲染程序（核心回答回放）/ the same vs the same host and renderer, core answers replayed`,
          size: o.size,
          ...renderer,
          floorLabel: 'the same web host and renderer, the core’s answers to the first screen replayed from memory (no database)',
        },
      ],
    };
  } finally {
    await replayed.close();
    bare.close();
  }
}

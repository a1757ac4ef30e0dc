import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { DB_FILE_NAME, type DatabaseOpenError } from '../db/connection.js';
import { newestVerifiedBackup, recoverFromBackup } from './restore.js';
import { backupsDir } from './store.js';

/**
 * What the web build shows when the database will not open: a page with no
 * script that names the problem and offers the newest verified backup. The
 * damaged file is moved aside, never overwritten. Loopback only, with the
 * same per-launch secret as the app itself.
 */
export interface RecoveryHost {
  url: string;
  port: number;
  /** Resolves once a backup was installed and the recovery host has closed. */
  recovered: Promise<void>;
  close(): Promise<void>;
}

export interface RecoveryOptions {
  dataDir: string;
  error: DatabaseOpenError;
  secret?: string;
  port?: number;
  now?: () => Date;
}

const CSP = "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function page(title: string, body: string): string {
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${escape(title)}</title>
<style>body{font:16px/1.7 "Noto Sans CJK SC","Microsoft YaHei",sans-serif;max-width:640px;margin:60px auto;padding:0 16px;color:#333}
h1{color:#c0392b;font-size:24px}button{font-size:16px;padding:8px 20px;background:#c0392b;color:#fff;border:0;border-radius:6px;cursor:pointer}
.box{background:#fafafa;border:1px solid #eee;border-radius:8px;padding:12px 16px;margin:16px 0}</style></head><body>${body}</body></html>`;
}

export async function startRecoveryHost(options: RecoveryOptions): Promise<RecoveryHost> {
  const secret = options.secret ?? randomBytes(24).toString('base64url');
  const dbFile = join(options.dataDir, DB_FILE_NAME);
  const dir = backupsDir(options.dataDir);
  let origin = '';
  let done: () => void = () => {};
  const recovered = new Promise<void>((ok) => (done = ok));

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      console.error('recovery page failed', error);
      if (!res.headersSent) send(res, 500, page('恢复失败', `<h1>恢复没有完成</h1><p>${escape(String((error as Error).message ?? error))}</p><p>原数据文件没有被覆盖。</p>`));
    });
  });

  const tokenOk = (token: string | null) => {
    const a = Buffer.from(token ?? '');
    const b = Buffer.from(secret);
    return a.length === b.length && timingSafeEqual(a, b);
  };

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', origin);
    if (req.headers.host !== new URL(origin).host) return send(res, 421, page('拒绝访问', '<h1>拒绝访问</h1>'));
    if (req.method === 'POST' && url.pathname === '/recovery/restore') {
      if (req.headers.origin !== undefined && req.headers.origin !== origin) return send(res, 403, page('拒绝访问', '<h1>拒绝访问</h1>'));
      const form = new URLSearchParams(await readBody(req));
      if (!tokenOk(form.get('token'))) return send(res, 401, page('拒绝访问', '<h1>访问凭证无效</h1><p>请使用程序启动时显示的地址打开。</p>'));
      const backup = newestVerifiedBackup(dir);
      if (!backup || backup.name !== form.get('name')) return send(res, 409, page('备份已变化', '<h1>备份列表已变化</h1><p>请返回刷新页面后再试。</p>'));
      const aside = recoverFromBackup(dbFile, join(dir, backup.name), (options.now ?? (() => new Date()))());
      send(
        res,
        200,
        page(
          '已恢复',
          `<meta http-equiv="refresh" content="2;url=/#token=${escape(secret)}"><h1 style="color:#389e0d">已从备份恢复</h1>
<p>使用的备份：${escape(backup.takenAt)}（${escape(backup.name)}）。</p><p>无法打开的原文件已移到：<br>${escape(aside)}</p>
<p>正在打开程序……如果没有自动跳转，请<a href="/#token=${escape(secret)}">点这里</a>。</p>`,
        ),
      );
      res.on('finish', () => void close().then(done));
      return;
    }
    if (req.method !== 'GET' || !tokenOk(url.searchParams.get('token'))) {
      return send(res, 401, page('拒绝访问', '<h1>访问凭证无效</h1><p>请使用程序启动时显示的地址打开。</p>'));
    }
    const backup = newestVerifiedBackup(dir);
    const offer = backup
      ? `<div class="box">最新的可用备份：<b>${escape(backup.takenAt)}</b><br><small>${escape(backup.name)}，已通过完整性校验</small></div>
<form method="post" action="/recovery/restore"><input type="hidden" name="token" value="${escape(secret)}"><input type="hidden" name="name" value="${escape(backup.name)}">
<p>恢复时，无法打开的原文件会先移到数据目录下的 damaged 文件夹保留，不会被删除或覆盖。备份之后录入的数据需要重新录入。</p>
<button type="submit">用这个备份恢复</button></form>`
      : `<div class="box">没有找到可用的备份。原数据文件没有改动，请联系技术人员。</div>`;
    send(res, 200, page('数据库无法打开', `<h1>数据库无法打开</h1><p>${escape(options.error.message)}</p>${offer}`));
  }

  function close(): Promise<void> {
    const closed = new Promise<void>((ok) => server.close(() => ok()));
    // a browser's keep-alive connection would hold the port the app is about to take
    server.closeAllConnections();
    return closed;
  }

  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 0, '127.0.0.1', () => ok());
  });
  const port = (server.address() as AddressInfo).port;
  origin = `http://127.0.0.1:${port}`;
  return { url: `${origin}/?token=${secret}`, port, recovered, close };
}

function send(res: ServerResponse, status: number, html: string): void {
  res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': CSP, 'cache-control': 'no-store', 'referrer-policy': 'no-referrer' });
  res.end(html);
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((ok, fail) => {
    let body = '';
    req.on('data', (c: Buffer) => {
      body += c.toString('utf8');
      if (body.length > 4096) req.destroy(new Error('body too large'));
    });
    req.on('end', () => ok(body));
    req.on('error', fail);
  });
}

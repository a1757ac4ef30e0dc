import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { Core } from '../api/dispatcher.js';

/**
 * The browser transport: serves the built renderer and the same handler map
 * over HTTP on 127.0.0.1 only. A per-launch secret (handed to the page in the
 * URL fragment) and an Origin/Host check keep other web pages on the PC out.
 */
export interface WebHostOptions {
  core: Core;
  /** The built renderer (vite's outDir). */
  staticDir: string;
  port?: number;
  /** Fixed secret for tests; random per launch otherwise. */
  secret?: string;
  maxBodyBytes?: number;
}

export interface WebHost {
  server: Server;
  url: string;
  origin: string;
  secret: string;
  close(): Promise<void>;
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  // the pdf.js worker
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

export const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; worker-src 'self'; frame-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

export const TOKEN_HEADER = 'x-cunji-token';
export const SESSION_HEADER = 'x-cunji-session';

export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const secret = options.secret ?? randomBytes(24).toString('base64url');
  const maxBody = options.maxBodyBytes ?? 40 * 1024 * 1024;
  const staticRoot = resolve(options.staticDir);
  let origin = '';
  let hostHeaders: string[] = [];

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      console.error('web host request failed', error);
      if (!res.headersSent) send(res, 500, { ok: false, error: { code: 'INTERNAL', message: '服务出错' } });
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    // DNS rebinding: only our own loopback host names are served.
    if (!hostHeaders.includes(req.headers.host ?? '')) return send(res, 421, { ok: false, error: { code: 'BAD_HOST', message: '拒绝访问' } });
    const url = new URL(req.url ?? '/', origin);
    // a stray `%` (typed or pasted address) must not surface as a server error
    const pathname = decodePath(url.pathname);
    if (pathname === null) return send(res, 400, { ok: false, error: { code: 'BAD_URL', message: '网址不正确，请使用程序启动时显示的地址' } });
    if (pathname.startsWith('/api/')) return api(req, res, pathname.slice(5));
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, { ok: false, error: { code: 'METHOD', message: '不支持的请求' } });
    return serveStatic(res, pathname);
  }

  async function api(req: IncomingMessage, res: ServerResponse, method: string): Promise<void> {
    if (req.method !== 'POST') return send(res, 405, { ok: false, error: { code: 'METHOD', message: '不支持的请求' } });
    const requestOrigin = req.headers.origin;
    if (requestOrigin !== undefined && requestOrigin !== origin) {
      return send(res, 403, { ok: false, error: { code: 'FOREIGN_ORIGIN', message: '拒绝来自其他网页的请求' } });
    }
    const token = String(req.headers[TOKEN_HEADER] ?? '');
    if (!safeEqual(token, secret)) return send(res, 401, { ok: false, error: { code: 'NO_SECRET', message: '访问凭证无效，请使用启动时显示的地址打开' } });
    const session = String(req.headers[SESSION_HEADER] ?? '');
    if (!/^[A-Za-z0-9_-]{16,64}$/.test(session)) return send(res, 400, { ok: false, error: { code: 'NO_SESSION', message: '缺少会话标识' } });
    let body: unknown;
    try {
      body = JSON.parse((await readBody(req, maxBody)) || '{}');
    } catch (error) {
      if (error instanceof BodyTooLarge) return send(res, 413, { ok: false, error: { code: 'TOO_LARGE', message: tooLargeMessage(maxBody) } });
      return send(res, 400, { ok: false, error: { code: 'BAD_REQUEST', message: '请求内容无法识别' } });
    }
    const result = await options.core.invoke(`web:${session}`, method, body);
    send(res, 200, result);
  }

  function serveStatic(res: ServerResponse, pathname: string): void {
    const rel = normalize(pathname).replace(/^([/\\])+/, '');
    let file = resolve(staticRoot, rel);
    // Path traversal guard: nothing outside the renderer folder is served, and a `..` (even one that
    // normalizes back inside) is refused rather than answered with the app page.
    if (pathname.split(/[/\\]/).includes('..') || (file !== staticRoot && !file.startsWith(staticRoot + sep))) return send(res, 404, { ok: false, error: { code: 'NOT_FOUND', message: '未找到' } });
    if (!existsSync(file) || statSync(file).isDirectory()) file = join(staticRoot, 'index.html');
    if (!existsSync(file)) {
      res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('界面尚未构建：请先运行 npm run build:renderer');
      return;
    }
    res.writeHead(200, {
      'content-type': MIME[extname(file)] ?? 'application/octet-stream',
      'content-security-policy': CSP,
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      'cache-control': 'no-store',
    });
    createReadStream(file).pipe(res);
  }

  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 0, '127.0.0.1', () => ok());
  });
  const port = (server.address() as AddressInfo).port;
  origin = `http://127.0.0.1:${port}`;
  hostHeaders = [`127.0.0.1:${port}`, `localhost:${port}`];
  return {
    server,
    origin,
    secret,
    url: `${origin}/#token=${secret}`,
    close: () =>
      new Promise<void>((ok) => {
        server.close(() => ok());
        // A browser keeps idle keep-alive sockets open; without this, close waits for them to time out.
        server.closeAllConnections();
      }),
  };
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

function decodePath(pathname: string): string | null {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return null;
  }
}

class BodyTooLarge extends Error {}

export const tooLargeMessage = (max: number) => `内容太大（超过 ${Math.floor(max / 1024 / 1024)} MB），没有保存。请换一个小一些的文件`;

/**
 * Reads a body up to `max` bytes. A larger one is read to its end and
 * dropped, so the answer (413) reaches the browser: cutting the connection
 * made the screen say "无法连接" instead of "内容太大".
 */
function readBody(req: IncomingMessage, max: number): Promise<string> {
  return new Promise((ok, fail) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size <= max) chunks.push(c);
      else chunks.length = 0;
    });
    req.on('end', () => (size > max ? fail(new BodyTooLarge()) : ok(Buffer.concat(chunks).toString('utf8'))));
    req.on('error', fail);
  });
}

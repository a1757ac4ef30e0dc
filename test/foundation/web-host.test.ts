import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { afterEach } from 'vitest';
import { startWebHost, type WebHost } from '../../electron/core/transport/web-host.js';
import { setUpVillage, tempDir } from '../helpers.js';

let host: WebHost | null = null;
afterEach(async () => {
  await host?.close();
  host = null;
});

async function start(opts: { maxBodyBytes?: number } = {}) {
  const { core } = await setUpVillage();
  host = await startWebHost({ core, staticDir: tempDir(), ...opts });
  return host;
}

const post = (h: WebHost, headers: Record<string, string>) =>
  fetch(`${h.origin}/api/system.status`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: '{}' });

describe('web host', () => {
  it('answers a malformed % escape with 400 and a Chinese message, not a server error', async () => {
    const h = await start();
    for (const path of ['/%E0%A4%A', '/api/system.%zz']) {
      const res = await fetch(`${h.origin}${path}`, { method: path.startsWith('/api') ? 'POST' : 'GET', headers: { 'x-cunji-token': h.secret, 'x-cunji-session': 'abcdefghijklmnop1234' } });
      expect(res.status, path).toBe(400);
      expect(await res.json()).toMatchObject({ ok: false, error: { code: 'BAD_URL', message: expect.stringContaining('网址不正确') } });
    }
  });

  it('answers an oversize body with 413 saying 内容太大, on a connection that stays usable', async () => {
    const h = await start({ maxBodyBytes: 1024 * 1024 });
    const headers = { 'content-type': 'application/json', 'x-cunji-token': h.secret, 'x-cunji-session': 'abcdefghijklmnop1234' };
    const res = await fetch(`${h.origin}/api/system.status`, { method: 'POST', headers, body: JSON.stringify({ blob: 'x'.repeat(3 * 1024 * 1024) }) });
    expect(res.status).toBe(413);
    expect(await res.json()).toMatchObject({ ok: false, error: { code: 'TOO_LARGE', message: expect.stringContaining('内容太大（超过 1 MB）') } });
    const next = await fetch(`${h.origin}/api/system.status`, { method: 'POST', headers, body: '{}' });
    expect(next.status).toBe(200);
  });

  it('listens on loopback only', async () => {
    const h = await start();
    expect(h.server.address()).toMatchObject({ address: '127.0.0.1' });
  });

  it('answers a request with the secret from its own origin', async () => {
    const h = await start();
    const res = await post(h, { 'x-cunji-token': h.secret, 'x-cunji-session': 'abcdefghijklmnop1234', origin: h.origin });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ ok: true, value: { state: 'login' } });
  });

  it('refuses a request without the secret', async () => {
    const h = await start();
    const res = await post(h, { 'x-cunji-session': 'abcdefghijklmnop1234' });
    expect(res.status).toBe(401);
    const wrong = await post(h, { 'x-cunji-token': 'guess', 'x-cunji-session': 'abcdefghijklmnop1234' });
    expect(wrong.status).toBe(401);
  });

  it('refuses a foreign Origin even with the secret', async () => {
    const h = await start();
    const res = await post(h, { 'x-cunji-token': h.secret, 'x-cunji-session': 'abcdefghijklmnop1234', origin: 'http://evil.example' });
    expect(res.status).toBe(403);
  });

  it('refuses a foreign Host header (DNS rebinding)', async () => {
    const h = await start();
    const { request } = await import('node:http');
    const status = await new Promise<number>((ok, fail) => {
      const req = request(`${h.origin}/`, { headers: { host: 'evil.example' } }, (res) => {
        res.resume();
        ok(res.statusCode ?? 0);
      });
      req.on('error', fail);
      req.end();
    });
    expect(status).toBe(421);
  });

  it('does not serve files outside the renderer folder', async () => {
    const { core } = await setUpVillage();
    const outside = tempDir();
    const staticDir = join(outside, 'renderer');
    mkdirSync(staticDir);
    writeFileSync(join(staticDir, 'index.html'), '<title>cunji</title>');
    writeFileSync(join(outside, 'secret.txt'), 'SECRET-BYTES-0451');
    host = await startWebHost({ core, staticDir });
    // the control: the same request shape inside the folder is served
    const inside = await fetch(`${host.origin}/index.html`);
    expect([inside.status, await inside.text()]).toEqual([200, '<title>cunji</title>']);
    for (const path of ['/..%2fsecret.txt', '/%2e%2e/secret.txt', '/..%5csecret.txt', '/renderer/..%2f..%2fsecret.txt']) {
      const res = await fetch(`${host.origin}${path}`);
      const body = await res.text();
      expect(body, path).not.toContain('SECRET-BYTES');
      // refused outright, or answered with the app's own page — never the file
      expect([404, 200], path).toContain(res.status);
      if (res.status === 200) expect(body, path).toBe('<title>cunji</title>');
    }
  });

  it('enforces login and roles in the core, not the UI', async () => {
    const { core } = await setUpVillage();
    const anon = await core.invoke('nobody-session-000001', 'roster.households.list', {});
    expect(anon).toMatchObject({ ok: false, error: { code: 'NOT_LOGGED_IN' } });
    const bad = await core.invoke('test-admin-session-0001', 'roster.households.create', { groupId: 'x' });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error.code).toBe('INVALID_INPUT');
  });
});

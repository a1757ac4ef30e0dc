import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isAllowedRequest, isAppUrl, resolveInside } from '../../electron/shell/security.js';

describe('Electron shell guards', () => {
  it('serves only files inside the renderer folder', () => {
    const root = resolve('/opt/cunji/dist/renderer');
    expect(resolveInside(root, '/')).toBe(join(root, 'index.html'));
    expect(resolveInside(root, '/assets/app.js')).toBe(join(root, 'assets/app.js'));
    for (const evil of ['/../main.cjs', '/assets/../../x', '/%2e%2e/%2e%2e/etc/passwd', '/..%2f..%2fsecret', '/a%00.js', '/%E0%A4%A']) {
      expect(resolveInside(root, evil), evil).toBeNull();
    }
  });

  it('treats only the app origin as home and refuses remote content', () => {
    expect(isAppUrl('app://cunji/index.html')).toBe(true);
    expect(isAppUrl('app://cunji.evil.example/')).toBe(false);
    expect(isAppUrl('https://example.com/')).toBe(false);
    expect(isAllowedRequest('app://cunji/assets/x.js')).toBe(true);
    expect(isAllowedRequest('data:image/png;base64,AAAA')).toBe(true);
    expect(isAllowedRequest('blob:app://cunji/123')).toBe(true);
    for (const url of ['https://example.com/x.js', 'http://127.0.0.1:8080/', 'file:///etc/passwd', 'ws://x']) expect(isAllowedRequest(url), url).toBe(false);
  });
});

import type { BrowserWindow, IpcMainInvokeEvent, Session, WebContents } from 'electron';
import { resolve, sep } from 'node:path';

/** The only origin the window may show and the only one IPC is answered for. */
export const APP_SCHEME = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://cunji`;

export const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; worker-src 'self'; frame-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

export function isAppUrl(url: string | undefined): boolean {
  if (!url) return false;
  try {
    return new URL(url).origin === APP_ORIGIN || url.startsWith(`${APP_ORIGIN}/`);
  } catch {
    return false;
  }
}

/** No remote content: the page may load only its own files and in-memory data (PDF previews, images). */
export function isAllowedRequest(url: string): boolean {
  return isAppUrl(url) || /^(data|blob):/.test(url) || url.startsWith('devtools://');
}

/** The file a request path names inside `root`, or null when it would escape it (path traversal). */
export function resolveInside(root: string, pathname: string): string | null {
  let rel: string;
  try {
    rel = decodeURIComponent(pathname).replace(/^[/\\]+/, '') || 'index.html';
  } catch {
    return null;
  }
  if (rel.includes('\0')) return null;
  const base = resolve(root);
  const file = resolve(base, rel);
  return file === base || file.startsWith(base + sep) ? file : null;
}

/** IPC is answered only for our own top-level page, never for a frame or another origin. */
export function isTrustedSender(event: IpcMainInvokeEvent): boolean {
  const frame = event.senderFrame;
  return frame !== null && frame.parent === null && isAppUrl(frame.url);
}

/** For every web contents the app ever creates: no new windows, no navigation away, no webviews. */
export function lockDownContents(contents: WebContents): void {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  const stayHome = (event: { preventDefault(): void }, url: string) => {
    if (!isAppUrl(url)) event.preventDefault();
  };
  contents.on('will-navigate', stayHome);
  contents.on('will-redirect', stayHome);
  contents.on('will-frame-navigate', (event) => {
    if (!isAllowedRequest(event.url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** Navigation away, new windows, permission prompts and remote requests are all refused. */
export function lockDown(win: BrowserWindow, session: Session, packaged: boolean): void {
  lockDownContents(win.webContents);
  if (packaged) win.webContents.on('devtools-opened', () => win.webContents.closeDevTools());
  session.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.setDisplayMediaRequestHandler((_request, callback) => callback({}));
  session.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isAllowedRequest(details.url) }));
}

import type { ApiResult, Input, Method, Output } from '../../../electron/core/contract/index.js';

/**
 * The renderer's only door to the core. In Electron the preload exposes
 * `window.cunji.invoke`; in the browser build the same call goes over HTTP to
 * the loopback web host. Either way: typed by the contract, errors as data.
 */
declare global {
  interface Window {
    cunji?: {
      invoke(method: string, input: unknown): Promise<ApiResult<unknown>>;
      /** Desktop only: prints this page with the PC's chosen printer and paper (the page shows only what is to print). */
      print(job: { kind: 'document' | 'receipt'; landscape: boolean }): Promise<{ ok: true } | { ok: false; message: string }>;
      /** Desktop only: the printers this PC knows. */
      printers(): Promise<{ name: string; displayName: string }[]>;
    };
  }
}

export class ApiFailure extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

const TOKEN_KEY = 'cunji.token';
const SESSION_KEY = 'cunji.session';

function webCredentials(): { token: string; session: string } {
  const fromHash = /token=([A-Za-z0-9_-]+)/.exec(window.location.hash)?.[1];
  if (fromHash) {
    sessionStorage.setItem(TOKEN_KEY, fromHash);
    history.replaceState(null, '', window.location.pathname + window.location.search);
  }
  let session = sessionStorage.getItem(SESSION_KEY);
  if (!session) {
    const bytes = crypto.getRandomValues(new Uint8Array(18));
    session = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
    sessionStorage.setItem(SESSION_KEY, session);
  }
  return { token: sessionStorage.getItem(TOKEN_KEY) ?? '', session };
}

const TOO_LARGE = { ok: false, error: { code: 'TOO_LARGE', message: '内容太大，没有保存。请换一个小一些的文件' } } as const;

async function viaHttp(method: string, input: unknown): Promise<ApiResult<unknown>> {
  const { token, session } = webCredentials();
  try {
    const res = await fetch(`/api/${encodeURIComponent(method)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-cunji-token': token, 'x-cunji-session': session },
      body: JSON.stringify(input ?? {}),
    });
    if (res.status === 413) return ((await res.json().catch(() => null)) as ApiResult<unknown> | null) ?? TOO_LARGE;
    return (await res.json()) as ApiResult<unknown>;
  } catch {
    return { ok: false, error: { code: 'OFFLINE', message: '无法连接到本机服务，请确认程序仍在运行' } };
  }
}

export async function invoke<K extends Method>(method: K, input: Input<K>): Promise<Output<K>> {
  const result = window.cunji ? await window.cunji.invoke(method, input) : await viaHttp(method, input);
  if (!result.ok) throw new ApiFailure(result.error.code, result.error.message);
  return result.value as Output<K>;
}

/** Call once at start so the web token is taken out of the address bar early. */
export function initTransport(): void {
  if (!window.cunji) webCredentials();
}

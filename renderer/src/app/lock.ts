import { useEffect } from 'react';
import type { OperatorInfo } from '../../../electron/core/contract/system.js';

const LOCKED_KEY = 'cunji.lockedOperator';

/**
 * A locked screen is a logged-out session that remembers whose it was, so
 * the login screen offers that person first; another person may still switch in.
 */
export function rememberLock(operator: OperatorInfo | null): void {
  if (operator) sessionStorage.setItem(LOCKED_KEY, JSON.stringify({ id: operator.id, name: operator.name }));
  else sessionStorage.removeItem(LOCKED_KEY);
}

export function lockedOperator(): { id: number; name: string } | null {
  try {
    return JSON.parse(sessionStorage.getItem(LOCKED_KEY) ?? 'null') as { id: number; name: string } | null;
  } catch {
    return null;
  }
}

const LEFT_KEY = 'cunji.left';
export type Left = 'switch' | 'logout';

/**
 * 切换操作员 hands the PC to a colleague on the same screen; 退出登录 ends the
 * work and returns to the home page. The login screen says which happened.
 */
export function rememberLeft(how: Left | null): void {
  if (how) sessionStorage.setItem(LEFT_KEY, how);
  else sessionStorage.removeItem(LEFT_KEY);
}

export function howLeft(): Left | null {
  const v = sessionStorage.getItem(LEFT_KEY);
  return v === 'switch' || v === 'logout' ? v : null;
}

const ACTIVITY = ['mousedown', 'mousemove', 'keydown', 'wheel', 'touchstart'] as const;

/** Calls `onIdle` after `minutes` without mouse or keyboard; 0 or null turns it off. */
export function useIdleLock(minutes: number | null, onIdle: () => void): void {
  useEffect(() => {
    if (!minutes) return;
    let timer = window.setTimeout(onIdle, minutes * 60_000);
    const reset = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(onIdle, minutes * 60_000);
    };
    for (const e of ACTIVITY) window.addEventListener(e, reset, { passive: true });
    return () => {
      window.clearTimeout(timer);
      for (const e of ACTIVITY) window.removeEventListener(e, reset);
    };
  }, [minutes, onIdle]);
}

import type { Database } from 'better-sqlite3';
import type { IntegrityState, OperatorInfo } from '../contract/system.js';
import type { PrefsStore } from '../prefs/store.js';

/** Time source; tests freeze it. */
export interface Clock {
  now(): Date;
}
export const systemClock: Clock = { now: () => new Date() };

/** What every handler receives besides its parsed input. */
export interface Ctx {
  db: Database;
  clock: Clock;
  dataDir: string;
  /** This PC's preferences (printers, paper), kept outside the database. */
  prefs: PrefsStore;
  /** Where the deferred `quick_check` of the open file stands (api/integrity-gate.ts). */
  readonly integrity: IntegrityState;
  /** The logged-in operator, or null for public endpoints before login. */
  operator: OperatorInfo | null;
  /** Transport-level session key (one per window or browser tab). */
  sessionKey: string;
  /** Runs `fn` in one IMMEDIATE transaction (for `async` handlers); its changes get an audit row. */
  tx<T>(fn: () => T): T;
  /** Adds a human-readable line to this call's audit row (never a PIN or ID number). */
  audit(detail: string): void;
  /**
   * Closes the database, lets `swap` replace the file, and reopens it (restore).
   * Only for `async` handlers, outside any transaction.
   */
  reopenDatabase(swap: (file: string) => void): void;
  /** Logs an operator in or out of this session (login, logout, lock). */
  setOperator(operator: OperatorInfo | null): void;
}

/** The operator of a handler that requires one — the dispatcher guarantees it. */
export function operatorOf(ctx: Ctx): OperatorInfo {
  if (!ctx.operator) throw new Error('handler requires a session but none is set');
  return ctx.operator;
}

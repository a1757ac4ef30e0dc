import { UserError } from './errors.js';

export type IntegrityState = 'checking' | 'ok' | 'failed';

/** Writes that stay allowed while the check runs or after it failed: logging in, and backups and restore (the way out). */
const ALWAYS_WRITABLE = /^(auth|backup)\./;

/**
 * SQLite's `quick_check` reads every page: about a second at a million
 * ledger entries, several at three million. A village database that needs no
 * migration is opened without it, so the first screen does not wait; the
 * check runs once the first screen's burst of calls has gone quiet (the
 * operator is typing the PIN), or at the latest when the first write comes,
 * which waits for it: nothing is written to a file not yet checked. A failed
 * check leaves the app read-only — every write is refused with a plain
 * message pointing to restoring a backup. A migration still checks first.
 */
export class IntegrityGate {
  private current: IntegrityState;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private settle: (s: IntegrityState) => void = () => {};
  /** Resolves once the deferred check has run (at once when nothing was deferred). */
  readonly done: Promise<IntegrityState>;

  constructor(
    private readonly check: () => boolean,
    deferred: boolean,
    private readonly idleMs = 300,
  ) {
    this.current = deferred ? 'checking' : 'ok';
    this.done = deferred ? new Promise((ok) => (this.settle = ok)) : Promise.resolve('ok');
  }

  get state(): IntegrityState {
    return this.current;
  }

  /** Called after every answered call: (re)arms the check for when the calls stop. */
  touched(): void {
    if (this.current !== 'checking') return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.runNow(), this.idleMs);
    this.timer.unref?.();
  }

  /** Runs the deferred check now (once). */
  runNow(): IntegrityState {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (this.current !== 'checking') return this.current;
    let ok: boolean;
    try {
      ok = this.check();
    } catch {
      ok = false;
    }
    this.current = ok ? 'ok' : 'failed';
    this.settle(this.current);
    return this.current;
  }

  /** A restore or reopen has just checked the new file at open. */
  passed(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.current = 'ok';
    this.settle('ok');
  }

  /** A write that comes before the check has run waits for it (runs it now); after a failed check, writes are refused. */
  assertWritable(method: string): void {
    if (this.current === 'ok' || ALWAYS_WRITABLE.test(method)) return;
    if (this.current === 'checking' && this.runNow() === 'ok') return;
    throw new UserError('INTEGRITY_FAILED', '数据完整性检查未通过，为了安全现在只能查看、不能修改。请管理员在“数据备份”页面从最近的备份恢复');
  }
}

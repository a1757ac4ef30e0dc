import type { IntegrityState } from '../contract/system.js';
import { UserError } from './errors.js';

/** Writes that stay allowed while the check runs or after it failed: logging in, and backups and restore (the way out). */
const ALWAYS_WRITABLE = /^(auth|backup)\./;

/**
 * SQLite's `quick_check` reads every page: about a second at a million
 * ledger entries, several at three million. A village database that needs no
 * migration is opened without it, so the first screen does not wait; the
 * check starts at once off the main thread (db/quick-check-worker.ts) while
 * the first screen loads and the operator types the PIN. A write that comes
 * before it has finished waits for it: nothing is written to a file not yet
 * checked. A failed check leaves the app read-only — every write is refused
 * with a plain message pointing to restoring a backup. A migration still
 * checks first.
 */
export class IntegrityGate {
  private current: IntegrityState;
  /** Settles once the deferred check has run (at once when nothing was deferred). */
  readonly done: Promise<IntegrityState>;

  constructor(check: () => Promise<boolean>, deferred: boolean) {
    this.current = deferred ? 'checking' : 'ok';
    this.done = deferred
      ? check()
          .catch(() => false)
          .then((ok) => {
            // a restore may have passed a new file meanwhile
            if (this.current === 'checking') this.current = ok ? 'ok' : 'failed';
            return this.current;
          })
      : Promise.resolve('ok');
  }

  get state(): IntegrityState {
    return this.current;
  }

  /** A restore or reopen has just checked the new file at open. */
  passed(): void {
    this.current = 'ok';
  }

  /** A write that comes before the check has finished waits for it; after a failed check, writes are refused. */
  async assertWritable(method: string): Promise<void> {
    if (ALWAYS_WRITABLE.test(method)) return;
    if (this.current === 'checking') await this.done;
    if (this.current === 'ok') return;
    throw new UserError('INTEGRITY_FAILED', '数据完整性检查未通过，为了安全现在只能查看、不能修改。请管理员在“数据备份”页面从最近的备份恢复');
  }
}

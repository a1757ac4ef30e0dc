import type { Database } from 'better-sqlite3';
import { join } from 'node:path';
import { z } from 'zod';
import { api, type Method, type Output, type ParsedInput } from '../contract/index.js';
import type { Endpoint } from '../contract/endpoint.js';
import { useChineseErrors } from '../contract/messages.js';
import { GENERIC_ERROR_MESSAGE, type ApiResult } from '../contract/result.js';
import type { OperatorInfo } from '../contract/system.js';
import { appendAudit, summarize } from '../audit/log.js';
import { openDatabase, uncheckedConnections } from '../db/connection.js';
import { prepared } from '../db/statements.js';
import { refreshOperator } from '../operators/operators.js';
import { filePrefsStore, PREFS_FILE_NAME, type PrefsStore } from '../prefs/store.js';
import { systemClock, type Clock, type Ctx } from './context.js';
import { denied, INTERNAL, InternalError, isCorruption, UserError } from './errors.js';
import { IntegrityGate } from './integrity-gate.js';
import { quickCheckOffThread } from '../db/quick-check-worker.js';
import { isoWithOffset } from './time.js';

useChineseErrors();

export type Handler<K extends Method> = (input: ParsedInput<K>, ctx: Ctx) => Output<K> | Promise<Output<K>>;
/** A domain's handlers for exactly the methods of its contract. */
export type DomainHandlers<K extends Method> = { [P in K]: Handler<P> };
export type HandlerMap = DomainHandlers<Method>;

export interface CoreOptions {
  dataDir: string;
  clock?: Clock;
  log?: (message: string, error: unknown) => void;
  /** This PC's preferences; default a JSON file in the data folder (the desktop shell passes electron-store). */
  prefs?: PrefsStore;
  /** Open without `quick_check` and run it after the first screen, read-only until it passes (the apps do; tests need not). */
  deferIntegrityCheck?: boolean;
}

/** Sessions hold who is logged in per window or tab; the core, not the UI, enforces access. */
export interface SessionStore {
  get(key: string): OperatorInfo | null;
  set(key: string, operator: OperatorInfo | null): void;
  /** Logs everyone out (after a restore the accounts may be different people). */
  clear(): void;
}

export class MemorySessions implements SessionStore {
  private readonly map = new Map<string, OperatorInfo>();
  get(key: string) {
    return this.map.get(key) ?? null;
  }
  set(key: string, operator: OperatorInfo | null) {
    if (operator) this.map.set(key, operator);
    else this.map.delete(key);
  }
  clear() {
    this.map.clear();
  }
}

/**
 * The one entry point both transports call: validates input with the
 * method's schema, checks access, runs the handler (writes in one
 * transaction) and turns every failure into data with a Chinese message.
 */
export class Core {
  readonly clock: Clock;
  readonly sessions: SessionStore = new MemorySessions();
  readonly prefs: PrefsStore;
  private readonly log: (message: string, error: unknown) => void;
  private current: Database;
  /** The deferred `quick_check`: until it passes, only reads (and logging in, backups, restore). */
  readonly integrity: IntegrityGate;

  constructor(
    db: Database,
    private readonly handlers: HandlerMap,
    readonly options: CoreOptions,
  ) {
    this.current = db;
    const file = db.name;
    this.integrity = new IntegrityGate(
      // a worker that cannot start (an unusual runtime) must not pass for a damaged file: check here instead
      () => quickCheckOffThread(file).catch(() => this.current.pragma('quick_check', { simple: true }) === 'ok'),
      uncheckedConnections.has(db),
    );
    this.clock = options.clock ?? systemClock;
    this.prefs = options.prefs ?? filePrefsStore(join(options.dataDir, PREFS_FILE_NAME));
    this.log = options.log ?? ((m, e) => console.error(m, e));
  }

  /** The open connection; a restore replaces it. */
  get db(): Database {
    return this.current;
  }

  /** Closes the connection, lets `swap` replace the file, reopens (with the usual checks and migrations). */
  reopen(swap: (file: string) => void): void {
    const file = this.current.name;
    this.current.close();
    try {
      swap(file);
    } finally {
      this.current = openDatabase(file);
      this.integrity.passed();
      // operator ids in the restored file may belong to other people
      this.sessions.clear();
    }
  }

  async invoke(sessionKey: string, method: string, rawInput: unknown): Promise<ApiResult<unknown>> {
    try {
      return { ok: true, value: await this.run(sessionKey, method, rawInput) };
    } catch (error) {
      return { ok: false, error: this.describe(method, error) };
    }
  }

  /**
   * Like `invoke` but typed and throwing — for tests and scripts that call the map directly.
   * Refusals throw `UserError`; crashes throw `InternalError` carrying the original error.
   */
  async call<K extends Method>(sessionKey: string, method: K, input: z.input<(typeof api)[K]['input']>): Promise<Output<K>> {
    try {
      return (await this.run(sessionKey, method, input)) as Output<K>;
    } catch (error) {
      const { code, message } = this.describe(method, error);
      throw code === INTERNAL ? new InternalError(method, error) : new UserError(code, message);
    }
  }

  private async run(sessionKey: string, method: string, rawInput: unknown): Promise<unknown> {
    if (!Object.hasOwn(api, method)) throw new UserError('UNKNOWN_METHOD', `未知的操作：${method}`);
    const ep = (api as Record<string, Endpoint>)[method] as Endpoint;
    const handler = (this.handlers as Record<string, Handler<Method>>)[method];
    if (!handler) throw new Error(`no handler for ${method}`);

    const operator = this.operatorOf(sessionKey);
    if (ep.access !== 'public') {
      if (!operator) throw new UserError('NOT_LOGGED_IN', '请先登录');
      if (ep.access !== 'session' && !ep.access.some((r) => operator.roles.includes(r))) throw denied(ep.label);
    }

    const parsed = ep.input.safeParse(rawInput ?? {});
    if (!parsed.success) throw new UserError('INVALID_INPUT', describeIssues(parsed.error));

    if (ep.mode === 'write') await this.integrity.assertWritable(method);
    const input = parsed.data as ParsedInput<Method>;
    const details: string[] = [];
    // Every transaction that changes a row also writes the audit row, inside it: both or neither.
    const audited = <T>(fn: () => T): T => {
      if (this.db.inTransaction) return fn();
      return this.db
        .transaction(() => {
          const before = totalChanges(this.db);
          const result = fn();
          if (details.length > 0 || totalChanges(this.db) > before) {
            appendAudit(this.db, {
              at: isoWithOffset(this.clock.now()),
              // after setup or login the session names who acted
              operator: this.sessions.get(sessionKey) ?? operator,
              method,
              label: ep.label,
              summary: summarize(input, details.splice(0)),
            });
          }
          return result;
        })
        .immediate();
    };
    const currentDb = () => this.db;
    const ctx: Ctx = {
      get db() {
        return currentDb();
      },
      clock: this.clock,
      dataDir: this.options.dataDir,
      prefs: this.prefs,
      integrity: this.integrity.state,
      operator,
      sessionKey,
      tx: audited,
      audit: (detail) => void details.push(detail),
      reopenDatabase: (swap) => this.reopen(swap),
      setOperator: (op) => this.sessions.set(sessionKey, op),
    };
    if (ep.mode === 'write') return audited(() => handler(input, ctx));
    const result = await handler(input, ctx);
    // an async handler's last words (e.g. a restore) still need a row
    if (details.length > 0) audited(() => undefined);
    return result;
  }

  /** The session's operator as stored now: a deactivated account or changed roles take effect at once. */
  private operatorOf(sessionKey: string): OperatorInfo | null {
    const op = this.sessions.get(sessionKey);
    if (!op) return null;
    const fresh = refreshOperator(this.db, op.id);
    this.sessions.set(sessionKey, fresh);
    return fresh;
  }

  private describe(method: string, error: unknown) {
    if (error instanceof UserError) return { code: error.code, message: error.message };
    const code = (error as { code?: unknown } | null)?.code;
    if (code === 'SQLITE_FULL' || code === 'ENOSPC') {
      return { code: 'DISK_FULL', message: '磁盘空间不足，本次操作没有保存。请清理磁盘后重试。' };
    }
    if (code === 'SQLITE_BUSY') return { code: 'BUSY', message: '数据库正忙，请稍后重试' };
    if (isCorruption(error)) {
      this.log(`handler ${method} met a damaged page`, error);
      return { code: 'CORRUPT', message: '数据文件有损坏的部分，本次操作没有完成。请管理员在“数据备份”页面从最近的备份恢复' };
    }
    this.log(`handler ${method} failed`, error);
    return { code: INTERNAL, message: GENERIC_ERROR_MESSAGE };
  }
}

function totalChanges(db: Database): number {
  return (prepared(db, 'SELECT total_changes() AS n').get() as { n: number }).n;
}

function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((i) => i.message)
    .join('；');
}

/** An error a person can cause and fix; its message is shown as is. */
export class UserError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'UserError';
  }
}

export const denied = (action: string) => new UserError('FORBIDDEN', `当前操作员没有“${action}”的权限`);
export const notFound = (what: string) => new UserError('NOT_FOUND', `没有找到该${what}，可能已被删除或编号有误`);

/** The code of a failure nobody can fix by changing the input: a crash, not a refusal. */
export const INTERNAL = 'INTERNAL';

/**
 * What `Core.call` throws for a crash — deliberately not a `UserError`, so a
 * test that accepts refusals (`instanceof UserError`) can never accept a crash.
 */
export class InternalError extends Error {
  readonly code = INTERNAL;
  constructor(method: string, cause: unknown) {
    super(`${method} failed: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    this.name = 'InternalError';
  }
}

/** SQLite found a damaged page (SQLITE_CORRUPT and its extended codes, or a header that is not a database's). */
export function isCorruption(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB');
}

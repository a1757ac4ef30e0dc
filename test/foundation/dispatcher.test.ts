import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Core, type HandlerMap } from '../../electron/core/api/dispatcher.js';
import { InternalError, UserError } from '../../electron/core/api/errors.js';
import { GENERIC_ERROR_MESSAGE } from '../../electron/core/contract/result.js';
import { DB_FILE_NAME, openDatabase } from '../../electron/core/db/connection.js';
import { handlers } from '../../electron/core/handlers.js';
import { closeAfterTest, frozenClock, tempDir } from '../helpers.js';

/** A core whose `system.status` crashes the way a bug would. */
function crashingCore(logged: unknown[]) {
  const dataDir = tempDir();
  const broken: HandlerMap = {
    ...handlers,
    'system.status': () => {
      throw new TypeError("Cannot read properties of undefined (reading 'id')");
    },
  };
  return closeAfterTest(new Core(openDatabase(join(dataDir, DB_FILE_NAME)), broken, { dataDir, clock: frozenClock(), log: (_m, e) => void logged.push(e) }));
}

describe('the dispatcher tells a crash from a refusal', () => {
  it('gives a crash the INTERNAL code and a generic message over the transport, and logs it', async () => {
    const logged: unknown[] = [];
    const core = crashingCore(logged);
    expect(await core.invoke('s', 'system.status', {})).toEqual({ ok: false, error: { code: 'INTERNAL', message: GENERIC_ERROR_MESSAGE } });
    expect(logged).toEqual([expect.any(TypeError)]);
  });

  it('throws an InternalError, never a UserError, from core.call — with the original error as its cause', async () => {
    const core = crashingCore([]);
    const error = await core.call('s', 'system.status', {}).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(InternalError);
    expect(error).not.toBeInstanceOf(UserError);
    expect((error as InternalError).code).toBe('INTERNAL');
    expect((error as InternalError).cause).toBeInstanceOf(TypeError);
  });

  it('still throws a UserError for a refusal', async () => {
    const core = crashingCore([]);
    await expect(core.call('s', 'roster.households.list', {})).rejects.toMatchObject({ name: 'UserError', code: 'NOT_LOGGED_IN' });
  });
});

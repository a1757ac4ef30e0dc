import { App } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import type { Input } from '../../../../electron/core/contract/index.js';
import type { OperatorRow } from '../../../../electron/core/contract/operators.js';
import { invoke } from '../../api/client.js';

/** Operator list and its changes; every change returns the fresh list. */
export function useOperators() {
  const { message } = App.useApp();
  const [rows, setRows] = useState<OperatorRow[]>([]);
  const [autoLock, setAutoLock] = useState<number | null>(null);

  useEffect(() => {
    invoke('operators.list', {}).then(setRows, (e: Error) => message.error(e.message));
    invoke('security.settings.get', {}).then((s) => setAutoLock(s.autoLockMinutes), (e: Error) => message.error(e.message));
  }, [message]);

  /** Runs a change; true when it worked (the error is shown otherwise). */
  const change = useCallback(
    async (run: () => Promise<OperatorRow[]>, done: string) => {
      try {
        setRows(await run());
        message.success(done);
        return true;
      } catch (e) {
        message.error((e as Error).message);
        return false;
      }
    },
    [message],
  );

  return {
    rows,
    autoLock,
    create: (v: Input<'operators.create'>, done: string) => change(() => invoke('operators.create', v), done),
    update: (v: Input<'operators.update'>, done: string) => change(() => invoke('operators.update', v), done),
    resetPin: (v: Input<'operators.resetPin'>, done: string) => change(() => invoke('operators.resetPin', v), done),
    unlock: (v: Input<'operators.unlock'>, done: string) => change(() => invoke('operators.unlock', v), done),
    setActive: (v: Input<'operators.setActive'>, done: string) => change(() => invoke('operators.setActive', v), done),
    saveAutoLock: async (minutes: number, done: string) => {
      try {
        setAutoLock((await invoke('security.settings.save', { autoLockMinutes: minutes })).autoLockMinutes);
        message.success(done);
      } catch (e) {
        message.error((e as Error).message);
      }
    },
  };
}

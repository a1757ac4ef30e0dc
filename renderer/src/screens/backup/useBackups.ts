import { App } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import type { BackupRow } from '../../../../electron/core/contract/backup.js';
import type { Input } from '../../../../electron/core/contract/index.js';
import { invoke } from '../../api/client.js';
import { downloadFile } from '../../api/files.js';
import { useSession } from '../../app/session.js';
import { T } from './text.js';

export function useBackups() {
  const { message } = App.useApp();
  const { setStatus } = useSession();
  const [rows, setRows] = useState<BackupRow[]>([]);
  const [busy, setBusy] = useState(false);

  const load = useCallback(() => {
    invoke('backup.list', {}).then(setRows, (e: Error) => message.error(e.message));
  }, [message]);
  useEffect(load, [load]);

  /** `relist: false` for a restore: once it succeeds everyone is logged out, and asking for the list would only say 请先登录. */
  const run = async (work: () => Promise<string>, relist = true) => {
    setBusy(true);
    let done = false;
    try {
      message.success(await work());
      done = true;
    } catch (e) {
      message.error((e as Error).message);
    } finally {
      setBusy(false);
      if (relist || !done) load();
    }
  };

  return {
    rows,
    busy,
    backupNow: () => run(async () => T.created((await invoke('backup.create', {})).takenAt)),
    toUsb: () =>
      run(async () => {
        const file = await invoke('backup.export', {});
        downloadFile(file);
        return T.created(file.fileName);
      }),
    restore: (input: Input<'backup.restore'>) =>
      run(async () => {
        const r = await invoke('backup.restore', input);
        // the restored data may have other operators: ask who is logged in now
        setStatus(await invoke('system.status', {}));
        return r.keptDamaged ? T.restoredOverDamaged(r.snapshot) : T.restored(r.snapshot);
      }, false),
  };
}

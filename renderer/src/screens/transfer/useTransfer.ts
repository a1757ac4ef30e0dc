import { App } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import type { DriveInfo, TransferStatus } from '../../../../electron/core/contract/transfer.js';
import { invoke } from '../../api/client.js';
import { downloadFile } from '../../api/files.js';
import { T } from './text.js';

export function useTransfer() {
  const { message } = App.useApp();
  const [status, setStatus] = useState<TransferStatus | null>(null);
  const [drives, setDrives] = useState<DriveInfo[]>([]);
  const [folder, setFolder] = useState('');
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | null>(null);

  const load = useCallback(() => {
    invoke('transfer.status', {}).then(setStatus, (e: Error) => message.error(e.message));
  }, [message]);
  const findDrives = useCallback(() => {
    invoke('transfer.drives', {}).then((d) => {
      setDrives(d);
      if (d[0]) setFolder((f) => f || d[0]!.path);
    }, (e: Error) => message.error(e.message));
  }, [message]);
  useEffect(() => {
    load();
    findDrives();
  }, [load, findDrives]);

  const run = async (target: { kind: 'folder'; path: string } | { kind: 'download' }) => {
    setBusy(true);
    setDone(null);
    try {
      const r = await invoke('transfer.export', { target });
      if (r.file) downloadFile(r.file);
      setDone(r.path ? T.written(r.fileName, r.path) : T.downloaded(r.fileName));
      load();
    } catch (e) {
      message.error((e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return {
    status,
    drives,
    folder,
    setFolder,
    busy,
    done,
    findDrives,
    writeToFolder: () => run({ kind: 'folder', path: folder }),
    download: () => run({ kind: 'download' }),
  };
}

import { App } from 'antd';
import dayjs from 'dayjs';
import { useCallback, useEffect, useState } from 'react';
import type { AcceptableVillage, ImportOutcome, TownshipDashboard, VillageDetail } from '../../../../electron/core/contract/township.js';
import { invoke } from '../../api/client.js';
import { downloadFile, readAsBase64 } from '../../api/files.js';

export function useTownship() {
  const { message } = App.useApp();
  /** `YYYY` or `YYYY-MM`; the current year to start with. */
  const [period, setPeriod] = useState(() => dayjs().format('YYYY'));
  const [data, setData] = useState<TownshipDashboard | null>(null);
  const [outcomes, setOutcomes] = useState<ImportOutcome[]>([]);
  const [busy, setBusy] = useState(false);
  const [detail, setDetail] = useState<VillageDetail | null>(null);
  const [accepted, setAccepted] = useState<string[]>([]);
  const [listsFile, setListsFile] = useState<string | null>(null);

  const load = useCallback(() => {
    invoke('township.dashboard', { period }).then(setData, (e: Error) => message.error(e.message));
  }, [message, period]);
  useEffect(load, [load]);

  const runImport = async (call: () => Promise<ImportOutcome[]>) => {
    setBusy(true);
    try {
      setOutcomes(await call());
      setAccepted([]);
      load();
    } catch (e) {
      message.error((e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return {
    period,
    setPeriod,
    data,
    outcomes,
    busy,
    detail,
    importFiles: (files: File[]) =>
      runImport(async () =>
        invoke('township.import', { files: await Promise.all(files.map(async (f) => ({ fileName: f.name, dataBase64: await readAsBase64(f) }))) }),
      ),
    scan: (folder: string) => runImport(() => invoke('township.scan', { folder: folder.trim() || null })),
    open: (uid: string) => invoke('township.village', { uid, period }).then(setDetail, (e: Error) => message.error(e.message)),
    close: () => setDetail(null),
    accepted,
    accept: (v: AcceptableVillage) =>
      invoke('township.acceptVillage', { ...v, confirm: true }).then(
        () => setAccepted((a) => [...a, v.uid]),
        (e: Error) => {
          message.error(e.message);
        },
      ),
    listsFile,
    exportLists: () =>
      invoke('township.exportLists', {}).then(
        (f) => {
          downloadFile(f);
          setListsFile(f.fileName);
        },
        (e: Error) => {
          message.error(e.message);
        },
      ),
    exportXlsx: () => invoke('township.exportXlsx', { period }).then(downloadFile, (e: Error) => message.error(e.message)),
  };
}

import { App } from 'antd';
import { useState } from 'react';
import type { ImportMapping, ImportPreview, ImportResult } from '../../../../electron/core/contract/roster-import.js';
import { invoke } from '../../api/client.js';
import { readAsBase64 } from '../../api/files.js';

type Step = 'choose' | 'check' | 'done';

/** The import wizard's state: the chosen file, the user's column choices, the preview and the result. */
export function useImport(onImported: () => void) {
  const { message } = App.useApp();
  const [step, setStep] = useState<Step>('choose');
  const [busy, setBusy] = useState(false);
  const [file, setFile] = useState<{ fileName: string; dataBase64: string } | null>(null);
  const [sheet, setSheet] = useState<string | undefined>(undefined);
  const [mapping, setMapping] = useState<ImportMapping | undefined>(undefined);
  const [defaultGroupId, setDefaultGroupId] = useState<number | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);

  const check = async (next: { file: { fileName: string; dataBase64: string }; sheet?: string | undefined; mapping?: ImportMapping | undefined; defaultGroupId: number | null }) => {
    setBusy(true);
    try {
      const p = await invoke('roster.xlsx.preview', next);
      setFile(next.file);
      setSheet(p.sheet);
      setMapping(next.mapping);
      setDefaultGroupId(next.defaultGroupId);
      setPreview(p);
      setStep('check');
    } catch (e) {
      message.error((e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return {
    step,
    busy,
    preview,
    result,
    defaultGroupId,
    async choose(f: File) {
      await check({ file: { fileName: f.name, dataBase64: await readAsBase64(f) }, defaultGroupId });
    },
    changeSheet: (s: string) => file && check({ file, sheet: s, defaultGroupId }),
    changeMapping: (m: ImportMapping) => file && check({ file, sheet, mapping: m, defaultGroupId }),
    changeDefaultGroup: (g: number | null) => file && check({ file, sheet, mapping, defaultGroupId: g }),
    async confirm() {
      if (!file) return;
      setBusy(true);
      try {
        setResult(await invoke('roster.xlsx.import', { file, sheet, mapping: mapping ?? preview?.mapping, defaultGroupId }));
        setStep('done');
        onImported();
      } catch (e) {
        message.error((e as Error).message);
      } finally {
        setBusy(false);
      }
    },
    reset() {
      setStep('choose');
      setFile(null);
      setSheet(undefined);
      setMapping(undefined);
      setPreview(null);
      setResult(null);
    },
  };
}

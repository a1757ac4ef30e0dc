import { useState } from 'react';
import type { ImportMapping, ImportPreview, ImportResult } from '../../../../electron/core/contract/roster-import.js';
import { invoke } from '../../api/client.js';
import { downloadFile, readAsBase64 } from '../../api/files.js';
import { useAction } from '../../app/useAction.js';
import { T } from './text.js';

type Step = 'choose' | 'check' | 'done';
type Input = { file: { fileName: string; dataBase64: string }; sheet?: string | undefined; mapping?: ImportMapping | undefined; defaultGroupId: number | null };

/** The import wizard's state: the chosen file, the user's column choices, the preview and the result. */
export function useImport(onImported: () => void) {
  const { busy, run } = useAction();
  const [step, setStep] = useState<Step>('choose');
  const [file, setFile] = useState<Input['file'] | null>(null);
  const [sheet, setSheet] = useState<string | undefined>(undefined);
  const [mapping, setMapping] = useState<ImportMapping | undefined>(undefined);
  const [defaultGroupId, setDefaultGroupId] = useState<number | null>(null);
  const [update, setUpdate] = useState(false);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);

  const check = async (next: Input) => {
    const p = await run(() => invoke('roster.xlsx.preview', next));
    if (!p) return;
    setFile(next.file);
    setSheet(p.sheet);
    setMapping(next.mapping);
    setDefaultGroupId(next.defaultGroupId);
    setPreview(p);
    setStep('check');
  };
  const input = () => (file ? { file, sheet, mapping: mapping ?? preview?.mapping, defaultGroupId, update } : null);

  return {
    step,
    busy,
    preview,
    result,
    defaultGroupId,
    update,
    setUpdate,
    async choose(f: File) {
      await check({ file: { fileName: f.name, dataBase64: await readAsBase64(f) }, defaultGroupId });
    },
    changeSheet: (s: string) => file && check({ file, sheet: s, defaultGroupId }),
    changeMapping: (m: ImportMapping) => file && check({ file, sheet, mapping: m, defaultGroupId }),
    changeDefaultGroup: (g: number | null) => file && check({ file, sheet, mapping, defaultGroupId: g }),
    /** The problem list as .xlsx, from the check step or after the import (the list stays on screen). */
    async exportProblems() {
      const i = input();
      const f = i && (await run(() => invoke('roster.xlsx.problems', i), T.import.exported));
      if (f) downloadFile(f);
    },
    async confirm() {
      const i = input();
      const r = i && (await run(() => invoke('roster.xlsx.import', i)));
      if (!r) return;
      setResult(r);
      setStep('done');
      onImported();
    },
    reset() {
      setStep('choose');
      setFile(null);
      setSheet(undefined);
      setMapping(undefined);
      setUpdate(false);
      setPreview(null);
      setResult(null);
    },
  };
}

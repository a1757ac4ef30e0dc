import { App } from 'antd';
import { useCallback, useState } from 'react';
import type { PdfResult } from '../../../../electron/core/contract/publications.js';

/** Runs a PDF-making call, tracks which one is busy and holds the result for the preview. */
export function usePdfAction() {
  const { message } = App.useApp();
  const [busy, setBusy] = useState<string | null>(null);
  const [result, setResult] = useState<PdfResult | null>(null);
  const run = useCallback(
    async (key: string, make: () => Promise<PdfResult>) => {
      setBusy(key);
      try {
        setResult(await make());
      } catch (e) {
        message.error((e as Error).message);
      } finally {
        setBusy(null);
      }
    },
    [message],
  );
  return { busy, result, run, close: () => setResult(null) };
}

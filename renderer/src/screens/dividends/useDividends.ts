import { App } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import type { DividendDetail, DividendInput, DividendPreview, DividendSummary } from '../../../../electron/core/contract/dividend.js';
import { invoke } from '../../api/client.js';
import { downloadFile } from '../../api/files.js';
import { usePdfAction } from '../publications/usePdfAction.js';
import { T } from './text.js';

/** The dividend screen's state: the request being prepared, its preview, what was recorded, and the history. */
export function useDividends() {
  const { message } = App.useApp();
  const [preview, setPreview] = useState<{ input: DividendInput; result: DividendPreview } | null>(null);
  const [detail, setDetail] = useState<DividendDetail | null>(null);
  const [history, setHistory] = useState<DividendSummary[]>([]);
  const [busy, setBusy] = useState(false);
  const pdf = usePdfAction();

  const loadHistory = useCallback(() => {
    invoke('dividends.list', {}).then(setHistory, () => setHistory([]));
  }, []);
  useEffect(loadHistory, [loadHistory]);

  const guard = async (fn: () => Promise<void>) => {
    setBusy(true);
    try {
      await fn();
    } catch (e) {
      message.error((e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return {
    preview,
    detail,
    history,
    busy,
    pdf,
    makePreview: (input: DividendInput) =>
      guard(async () => {
        setDetail(null);
        setPreview({ input, result: await invoke('dividends.preview', input) });
      }),
    clearPreview: () => setPreview(null),
    record: () =>
      guard(async () => {
        if (!preview) return;
        const d = await invoke('dividends.record', { ...preview.input, basisHash: preview.result.basisHash });
        setPreview(null);
        setDetail(d);
        message.success(T.preview.recorded(d.id));
        loadHistory();
      }),
    open: (id: number) => guard(async () => setDetail(await invoke('dividends.get', { id }))),
    closeDetail: () => setDetail(null),
    printSheet: (id: number) => pdf.run(`pdf-${id}`, () => invoke('dividends.sheetPdf', { id })),
    exportSheet: (id: number) => guard(async () => downloadFile(await invoke('dividends.sheetXlsx', { id }))),
  };
}

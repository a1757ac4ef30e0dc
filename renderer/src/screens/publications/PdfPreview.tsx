import { DownloadOutlined, PrinterOutlined } from '@ant-design/icons';
import { Alert, App, Button, Modal, Space } from 'antd';
import { useEffect, useRef, useState } from 'react';
import type { PdfResult } from '../../../../electron/core/contract/publications.js';
import { downloadFile } from '../../api/files.js';
import { PdfPages, usePdf } from '../../pdf/PdfPages.js';
import { printPdf, type PrintKind } from '../../pdf/print.js';
import { PrintSettingsButton } from '../../pdf/PrintSettings.js';
import { T } from './text.js';

/**
 * Shows a PDF made by the core as pages drawn by pdf.js, with 打印 and 保存 PDF.
 * Used by every screen that previews a PDF; works the same in the desktop
 * window (which has no PDF plugin) and in the browser build.
 * Receipts (`printAs="receipt"`) go straight to this PC's receipt printer when one is chosen.
 */
export function PdfPreview({ result, onClose, printAs = 'document' }: { result: PdfResult | null; onClose(): void; printAs?: PrintKind }) {
  const doc = usePdf(result?.file ?? null);
  const [printing, setPrinting] = useState(false);
  const { message } = App.useApp();
  const printButton = useRef<HTMLButtonElement>(null);
  const ready = !!doc && doc !== 'failed';
  // Once drawn, Enter prints and Esc closes: the cashier never needs the mouse for a receipt.
  useEffect(() => {
    if (ready) printButton.current?.focus();
  }, [ready]);
  if (!result) return null;
  const print = async () => {
    if (!doc || doc === 'failed') return;
    setPrinting(true);
    try {
      const outcome = await printPdf(doc, printAs);
      if (!outcome.ok) message.warning(T.preview.printFailed(outcome.message));
    } finally {
      setPrinting(false);
    }
  };
  return (
    <Modal
      open
      width="90vw"
      style={{ top: 16 }}
      title={`${T.preview.title(result.file.fileName)}（${T.preview.pages(result.pages)}）`}
      onCancel={onClose}
      footer={
        <Space>
          <PrintSettingsButton />
          <Button ref={printButton} icon={<PrinterOutlined />} loading={printing} disabled={!ready} onClick={() => void print()}>
            {T.preview.print}
          </Button>
          <Button type="primary" icon={<DownloadOutlined />} onClick={() => downloadFile(result.file)}>
            {T.preview.save}
          </Button>
        </Space>
      }
    >
      {result.missing.length > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title={T.preview.missingTitle}
          description={result.missing.map((m) => T.preview.missingItem(m.name, m.characters)).join('；')}
        />
      )}
      <PdfPages doc={doc} />
    </Modal>
  );
}

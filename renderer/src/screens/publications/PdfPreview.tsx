import { DownloadOutlined, ExportOutlined } from '@ant-design/icons';
import { Alert, Button, Modal, Space } from 'antd';
import { useEffect, useMemo } from 'react';
import type { PdfResult } from '../../../../electron/core/contract/publications.js';
import { downloadFile, fileBlob } from '../../api/files.js';
import { T } from './text.js';

/**
 * Shows a PDF made by the core. Printing goes through the viewer of the
 * browser (web build) or Electron's Chromium window — both print PDFs.
 */
export function PdfPreview({ result, onClose }: { result: PdfResult | null; onClose(): void }) {
  const url = useMemo(() => (result ? URL.createObjectURL(fileBlob(result.file)) : null), [result]);
  useEffect(() => () => void (url && URL.revokeObjectURL(url)), [url]);
  if (!result || !url) return null;
  return (
    <Modal
      open
      width="90vw"
      style={{ top: 16 }}
      title={`${T.preview.title(result.file.fileName)}（${T.preview.pages(result.pages)}）`}
      onCancel={onClose}
      footer={
        <Space>
          <Button icon={<ExportOutlined />} onClick={() => window.open(url, '_blank', 'noopener')}>
            {T.preview.open}
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
      <iframe title={T.preview.frame} src={url} style={{ width: '100%', height: '72vh', border: '1px solid #f0f0f0' }} />
    </Modal>
  );
}

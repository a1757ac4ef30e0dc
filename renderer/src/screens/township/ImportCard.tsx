import { FolderOpenOutlined, InboxOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Input, List, Space, Spin, Tag, Typography, Upload } from 'antd';
import { useState } from 'react';
import type { AcceptableVillage, ImportOutcome, ImportStatus } from '../../../../electron/core/contract/township.js';
import { T } from './text.js';

const ALERT_TYPE: Record<ImportStatus, 'success' | 'info' | 'warning' | 'error'> = {
  imported: 'success',
  duplicate: 'info',
  refused: 'warning',
  alarm: 'error',
};

/** A refusal for another township or county offers to accept the village, after a confirmation. */
function AcceptButton({ village, accepted, onAccept }: { village: AcceptableVillage; accepted: boolean; onAccept(v: AcceptableVillage): Promise<void> }) {
  const { modal } = App.useApp();
  if (accepted) return <Typography.Text type="success">{T.accept.done(village.villageName)}</Typography.Text>;
  return (
    <Button
      onClick={() =>
        modal.confirm({
          title: T.accept.title(village.villageName),
          content: T.accept.content(village),
          okText: T.accept.ok,
          cancelText: T.accept.cancel,
          onOk: () => onAccept(village),
        })
      }
    >
      {T.accept.button}
    </Button>
  );
}

export function ImportCard(props: {
  busy: boolean;
  outcomes: ImportOutcome[];
  /** Village uids accepted since these outcomes were shown. */
  accepted: string[];
  onFiles(files: File[]): void;
  onScan(folder: string): void;
  onAccept(v: AcceptableVillage): Promise<void>;
}) {
  const [folder, setFolder] = useState('');
  return (
    <Card title={T.importTitle} style={{ marginBottom: 16 }}>
      <Spin spinning={props.busy} description={T.importing}>
        <Upload.Dragger
          multiple
          accept=".cunji"
          showUploadList={false}
          // antd calls this once per file; the last one of a selection hands over the whole batch
          beforeUpload={(file, list) => {
            if (file === list[list.length - 1]) props.onFiles(list);
            return false;
          }}
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p className="ant-upload-text">{T.dropHint}</p>
          <p className="ant-upload-hint">{T.dropSub}</p>
        </Upload.Dragger>
        <Typography.Text strong style={{ display: 'block', margin: '12px 0 4px' }}>
          {T.scanFolder}
        </Typography.Text>
        <Space.Compact style={{ width: '100%', maxWidth: 640 }}>
          <Input aria-label={T.scanFolder} placeholder={T.scanPlaceholder} value={folder} onChange={(e) => setFolder(e.target.value)} onPressEnter={() => props.onScan(folder)} />
          <Button icon={<FolderOpenOutlined />} onClick={() => props.onScan(folder)}>
            {T.scan}
          </Button>
        </Space.Compact>
      </Spin>
      {props.outcomes.length > 0 && (
        <List
          header={<Typography.Text strong>{T.results}</Typography.Text>}
          style={{ marginTop: 16 }}
          dataSource={props.outcomes}
          renderItem={(o) => (
            <List.Item>
              <Alert
                style={{ width: '100%' }}
                type={ALERT_TYPE[o.status]}
                showIcon
                title={
                  <span>
                    <Tag>{T.status[o.status]}</Tag>
                    {o.fileName}
                  </span>
                }
                description={o.message}
                action={o.acceptable && <AcceptButton village={o.acceptable} accepted={props.accepted.includes(o.acceptable.uid)} onAccept={props.onAccept} />}
              />
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}

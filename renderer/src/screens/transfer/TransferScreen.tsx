import { DownloadOutlined, ReloadOutlined, UsbOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Input, Radio, Space, Table, Typography } from 'antd';
import type { ExportRow } from '../../../../electron/core/contract/transfer.js';
import { HandedDownLists } from './HandedDownLists.js';
import { T } from './text.js';
import { useTransfer } from './useTransfer.js';

const MB = 1024 * 1024;

export function TransferScreen() {
  const t = useTransfer();
  return (
    <div>
      <Typography.Title level={3}>{T.title}</Typography.Title>
      <Typography.Paragraph>{T.intro}</Typography.Paragraph>
      <Card style={{ marginBottom: 16 }}>
        <Descriptions column={1}>
          <Descriptions.Item label={T.fingerprint}>
            <Typography.Text code copyable={!!t.status?.fingerprint} style={{ fontSize: 16 }}>
              {t.status?.fingerprint ?? T.noKey}
            </Typography.Text>
          </Descriptions.Item>
          <Descriptions.Item label={T.nextFile}>{t.status?.nextFileName}</Descriptions.Item>
        </Descriptions>
        <Typography.Text type="secondary">{T.fingerprintHelp}</Typography.Text>
      </Card>
      <Card title={T.drives} extra={<Button icon={<ReloadOutlined />} onClick={t.findDrives}>{T.refresh}</Button>} style={{ marginBottom: 16 }}>
        {t.drives.length === 0 ? (
          <Alert type="info" title={T.noDrive} style={{ marginBottom: 12 }} />
        ) : (
          <Radio.Group value={t.folder} onChange={(e) => t.setFolder(e.target.value as string)} style={{ marginBottom: 12 }}>
            <Space orientation="vertical">
              {t.drives.map((d) => (
                <Radio key={d.path} value={d.path}>
                  <UsbOutlined /> {d.label}（{d.path}）{d.freeBytes === null ? '' : ` ${T.free(Math.floor(d.freeBytes / MB))}`}
                </Radio>
              ))}
            </Space>
          </Radio.Group>
        )}
        <Typography.Text strong style={{ display: 'block', marginBottom: 4 }}>
          {T.folder}
        </Typography.Text>
        <Space.Compact style={{ width: '100%', maxWidth: 640 }}>
          <Input aria-label={T.folder} placeholder={T.folderPlaceholder} value={t.folder} onChange={(e) => t.setFolder(e.target.value)} onPressEnter={t.writeToFolder} />
          <Button type="primary" icon={<UsbOutlined />} loading={t.busy} disabled={!t.folder.trim()} onClick={t.writeToFolder}>
            {T.write}
          </Button>
        </Space.Compact>
        <div style={{ marginTop: 12 }}>
          <Button icon={<DownloadOutlined />} disabled={t.busy} onClick={t.download}>
            {T.download}
          </Button>
        </div>
        {t.done && <Alert type="success" showIcon title={t.done} style={{ marginTop: 12 }} />}
      </Card>
      <HandedDownLists />
      <Card title={T.history}>
        <Table<ExportRow>
          rowKey="sequence"
          size="small"
          dataSource={t.status?.exports ?? []}
          pagination={false}
          columns={[
            { title: T.cols.sequence, dataIndex: 'sequence', width: 80 },
            { title: T.cols.period, dataIndex: 'period', width: 100 },
            { title: T.cols.fileName, dataIndex: 'fileName' },
            { title: T.cols.createdAt, dataIndex: 'createdAt', render: (v: string) => v.slice(0, 16).replace('T', ' ') },
          ]}
        />
      </Card>
    </div>
  );
}

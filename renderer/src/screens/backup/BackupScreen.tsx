import { CloudDownloadOutlined, SaveOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button, Space, Table, Tooltip, Typography, Upload } from 'antd';
import { BACKUP_KIND_LABELS, type BackupRow } from '../../../../electron/core/contract/backup.js';
import type { Input } from '../../../../electron/core/contract/index.js';
import { readAsBase64 } from '../../api/files.js';
import { useSession } from '../../app/session.js';
import { T } from './text.js';
import { useBackups } from './useBackups.js';

export function BackupScreen() {
  const { modal } = App.useApp();
  const b = useBackups();
  const { status } = useSession();

  const confirmRestore = (what: string, input: Input<'backup.restore'>) => {
    modal.confirm({
      title: T.confirmRestore(what),
      content: status.integrity === 'failed' ? T.confirmRestoreOverDamaged : T.confirmRestoreDetail,
      okText: T.ok,
      cancelText: T.cancel,
      okButtonProps: { danger: true },
      onOk: () => b.restore(input),
    });
  };

  return (
    <div>
      <Typography.Title level={3}>{T.title}</Typography.Title>
      <Typography.Paragraph type="secondary">{T.intro}</Typography.Paragraph>
      <Space style={{ marginBottom: 16 }} wrap>
        <Button type="primary" icon={<SaveOutlined />} loading={b.busy} onClick={b.backupNow}>
          {T.backupNow}
        </Button>
        <Tooltip title={T.toUsbHelp}>
          <Button icon={<CloudDownloadOutlined />} disabled={b.busy} onClick={b.toUsb}>
            {T.toUsb}
          </Button>
        </Tooltip>
        <Upload
          accept=".sqlite,.db"
          showUploadList={false}
          beforeUpload={(file) => {
            void readAsBase64(file).then((dataBase64) => confirmRestore(file.name, { fileName: file.name, dataBase64 }));
            return false;
          }}
        >
          <Button icon={<UploadOutlined />} disabled={b.busy}>
            {T.restoreFile}
          </Button>
        </Upload>
      </Space>
      <Table<BackupRow>
        rowKey="name"
        dataSource={b.rows}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        columns={[
          { title: T.cols.takenAt, dataIndex: 'takenAt', width: 200 },
          { title: T.cols.kind, dataIndex: 'kind', width: 140, render: (k: BackupRow['kind']) => BACKUP_KIND_LABELS[k] },
          { title: T.cols.size, dataIndex: 'bytes', width: 120, render: T.size },
          {
            title: T.cols.actions,
            render: (_, r) => (
              <Button size="small" disabled={b.busy} onClick={() => confirmRestore(r.takenAt, { name: r.name })}>
                {T.restore}
              </Button>
            ),
          },
        ]}
      />
    </div>
  );
}

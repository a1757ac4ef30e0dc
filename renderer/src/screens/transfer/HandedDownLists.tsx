import { UploadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Form, Typography, Upload } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import type { MeetingKind } from '../../../../electron/core/contract/checklist.js';
import type { AdoptedLists } from '../../../../electron/core/contract/transfer.js';
import { invoke } from '../../api/client.js';
import { readAsBase64 } from '../../api/files.js';
import { MeetingFields } from '../checklists/MeetingFields.js';
import { T } from './text.js';

interface MeetingForm {
  meeting: { kind: MeetingKind; date: Dayjs; attendance: number; note?: string };
}

/** 乡镇下发的政府事务清单: pick the township's file, record the village's own adopting meeting, adopt. */
export function HandedDownLists() {
  const { message } = App.useApp();
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [adopted, setAdopted] = useState<AdoptedLists | null>(null);
  const [form] = Form.useForm<MeetingForm>();

  const adopt = async ({ meeting: m }: MeetingForm) => {
    if (!file) return;
    setBusy(true);
    try {
      const meeting = { kind: m.kind, date: m.date.format('YYYY-MM-DD'), attendance: m.attendance, note: m.note ?? '' };
      setAdopted(await invoke('transfer.adoptLists', { file: { fileName: file.name, dataBase64: await readAsBase64(file) }, meeting }));
      setFile(null);
    } catch (e) {
      message.error((e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card title={T.lists.title} style={{ marginBottom: 16 }}>
      <Typography.Paragraph type="secondary">{T.lists.intro}</Typography.Paragraph>
      <Upload
        accept=".cunjilist"
        maxCount={1}
        showUploadList={false}
        beforeUpload={(f) => {
          setFile(f);
          setAdopted(null);
          return false;
        }}
      >
        <Button icon={<UploadOutlined />}>{T.lists.choose}</Button>
      </Upload>
      {file && (
        <Form form={form} layout="inline" style={{ marginTop: 16 }} initialValues={{ meeting: { kind: 'representatives', date: dayjs(), attendance: 0 } }} onFinish={adopt}>
          <Typography.Text strong style={{ width: '100%', marginBottom: 8 }}>
            {T.lists.chosen(file.name)}
          </Typography.Text>
          <MeetingFields />
          <Button type="primary" htmlType="submit" loading={busy}>
            {T.lists.adopt}
          </Button>
        </Form>
      )}
      {adopted && <Alert type="success" showIcon style={{ marginTop: 12 }} title={T.lists.adopted(adopted)} description={T.lists.fingerprint(adopted.fingerprint)} />}
    </Card>
  );
}

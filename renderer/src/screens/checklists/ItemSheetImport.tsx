import { Alert, Button, Form, Modal, Table, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import type { ChecklistRow, ItemSheetPreview, MeetingKind } from '../../../../electron/core/contract/checklist.js';
import { invoke } from '../../api/client.js';
import { readAsBase64 } from '../../api/files.js';
import { MeetingFields } from './MeetingFields.js';
import { T } from './text.js';

interface MeetingForm {
  meeting: { kind: MeetingKind; date: Dayjs; attendance: number; note?: string };
}

/** Imports a list's items from an edited spreadsheet: preview with row problems, then one new version with its meeting. */
export function ItemSheetImport(props: { list: ChecklistRow; onClose: () => void; run: (write: () => Promise<unknown>, done: string) => Promise<boolean> }) {
  const [file, setFile] = useState<{ fileName: string; dataBase64: string } | null>(null);
  const [preview, setPreview] = useState<ItemSheetPreview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [form] = Form.useForm<MeetingForm>();

  const choose = async (f: File | undefined) => {
    if (!f) return;
    setError(null);
    const picked = { fileName: f.name, dataBase64: await readAsBase64(f) };
    try {
      setPreview(await invoke('checklist.xlsx.preview', { checklistId: props.list.id, file: picked }));
      setFile(picked);
    } catch (e) {
      setError((e as Error).message);
    }
  };

  const commit = (v: MeetingForm) =>
    file &&
    props
      .run(
        () =>
          invoke('checklist.xlsx.import', {
            checklistId: props.list.id,
            file,
            meeting: { kind: v.meeting.kind, date: v.meeting.date.format('YYYY-MM-DD'), attendance: v.meeting.attendance, note: v.meeting.note ?? '' },
          }),
        T.sheet.imported,
      )
      .then((ok) => ok && props.onClose());

  const ready = preview !== null && preview.problems.length === 0 && preview.added + preview.changed > 0;
  return (
    <Modal title={T.sheet.title(props.list.name)} open onCancel={props.onClose} footer={null} width={720}>
      <Typography.Paragraph type="secondary">{T.sheet.help}</Typography.Paragraph>
      <input type="file" accept=".xlsx" aria-label={T.sheet.choose} onChange={(e) => void choose(e.target.files?.[0])} />
      {error && <Alert type="error" title={error} style={{ marginTop: 12 }} />}
      {preview && (
        <div style={{ marginTop: 12 }}>
          <Alert type={preview.problems.length ? 'warning' : 'info'} title={T.sheet.summary(preview.rows.length, preview.added, preview.changed, preview.problems.length)} />
          {preview.problems.length > 0 && (
            <Table
              size="small"
              rowKey={(p) => `${p.row}-${p.column}-${p.reason}`}
              dataSource={preview.problems}
              pagination={false}
              style={{ marginTop: 8 }}
              columns={[
                { title: T.sheet.row, dataIndex: 'row', width: 60 },
                { title: T.sheet.column, dataIndex: 'column', width: 90 },
                { title: T.sheet.reason, dataIndex: 'reason' },
              ]}
            />
          )}
        </div>
      )}
      {ready && (
        <Form form={form} layout="inline" style={{ marginTop: 16 }} initialValues={{ meeting: { kind: 'representatives', date: dayjs(), attendance: 0 } }} onFinish={commit}>
          <MeetingFields />
          <Button type="primary" htmlType="submit">
            {T.sheet.commit(preview.added + preview.changed)}
          </Button>
        </Form>
      )}
    </Modal>
  );
}

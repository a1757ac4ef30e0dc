import { App, Form, Input, InputNumber, Modal, Select } from 'antd';
import { useEffect, useState } from 'react';
import type { EntryRow } from '../../../../electron/core/contract/ledger.js';
import type { ObjectionRow } from '../../../../electron/core/contract/publications.js';
import { invoke } from '../../api/client.js';
import { entryLabel } from './entries.js';
import { T } from './text.js';

interface Values {
  seq: number;
  points: number;
  reason: string;
}

const C = T.objections.correct;

/** Upholds an objection: the entry gets a correcting entry in the ledger (pending review), and the objection is closed. */
export function CorrectionForm({ objection, onClose, onSaved }: { objection: ObjectionRow; onClose(): void; onSaved(): void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [entries, setEntries] = useState<EntryRow[]>([]);
  useEffect(() => {
    invoke('ledger.entries', { householdId: objection.householdId, status: 'approved', pageSize: 500 }).then(
      (r) => setEntries(r.rows.filter((e) => e.correctsSeq === null && e.kind === 'earn')),
      () => setEntries([]),
    );
  }, [objection.householdId]);
  const save = async (v: Values) => {
    try {
      await invoke('objections.correct', { id: objection.id, seq: v.seq, points: v.points, reason: v.reason });
      message.success(C.saved);
      onSaved();
    } catch (e) {
      message.error((e as Error).message);
    }
  };
  return (
    <Modal open title={C.title(`${objection.householdNumber} ${objection.headName}`)} onCancel={onClose} onOk={() => form.submit()}>
      <p>{objection.content}</p>
      <Form form={form} layout="vertical" initialValues={{ seq: objection.entrySeqs[0] }} onFinish={save}>
        <Form.Item name="seq" label={C.entry} rules={[{ required: true, message: C.entry }]}>
          <Select options={entries.map((e) => ({ value: e.seq, label: entryLabel(e) }))} />
        </Form.Item>
        <Form.Item name="points" label={C.points} rules={[{ required: true, message: C.points }]}>
          <InputNumber precision={0} min={-1000} max={1000} />
        </Form.Item>
        <Form.Item name="reason" label={C.reason} rules={[{ required: true, message: C.reason }]}>
          <Input.TextArea rows={2} maxLength={200} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

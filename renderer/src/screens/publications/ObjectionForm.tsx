import { App, DatePicker, Form, Input, Modal, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import type { IssuedPublication } from '../../../../electron/core/contract/publications.js';
import type { HouseholdRow } from '../../../../electron/core/contract/roster.js';
import { invoke } from '../../api/client.js';
import { T } from './text.js';

interface Values {
  householdId: number;
  raisedBy: string;
  raisedOn: Dayjs;
  content: string;
}

const R = T.objections.record;

/** Records a villager's objection against a publication during its 公示期. */
export function ObjectionForm({ publication, onClose, onSaved }: { publication: IssuedPublication; onClose(): void; onSaved(): void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [query, setQuery] = useState('');
  const [households, setHouseholds] = useState<HouseholdRow[]>([]);
  useEffect(() => {
    invoke('roster.households.list', { query, status: 'active', pageSize: 30 }).then((r) => setHouseholds(r.rows), () => setHouseholds([]));
  }, [query]);

  const save = async (v: Values) => {
    try {
      await invoke('objections.record', {
        publicationId: publication.id,
        householdId: v.householdId,
        raisedBy: v.raisedBy,
        raisedOn: v.raisedOn.format('YYYY-MM-DD'),
        content: v.content,
      });
      message.success(R.saved);
      onSaved();
    } catch (e) {
      message.error((e as Error).message);
    }
  };

  return (
    <Modal open title={`${R.title}：${publication.title}（${publication.periodLabel}）`} onCancel={onClose} onOk={() => form.submit()}>
      <Form form={form} layout="vertical" initialValues={{ raisedOn: dayjs() }} onFinish={save}>
        <Form.Item name="householdId" label={R.household} rules={[{ required: true, message: R.household }]}>
          <Select
            showSearch={{ filterOption: false, onSearch: setQuery }}
            placeholder={R.householdSearch}
            options={households.map((h) => ({ value: h.id, label: `${h.number} ${h.headName}（${h.groupName}）` }))}
          />
        </Form.Item>
        <Form.Item name="raisedBy" label={R.raisedBy} rules={[{ required: true, message: R.raisedBy }]}>
          <Input maxLength={20} />
        </Form.Item>
        <Form.Item name="raisedOn" label={R.raisedOn} rules={[{ required: true }]}>
          <DatePicker />
        </Form.Item>
        <Form.Item name="content" label={R.content} rules={[{ required: true, message: R.content }]}>
          <Input.TextArea rows={3} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

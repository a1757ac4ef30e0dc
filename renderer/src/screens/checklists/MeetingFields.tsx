import { DatePicker, Form, Input, InputNumber, Select } from 'antd';
import { MEETING_KINDS, MEETING_LABELS } from '../../../../electron/core/contract/checklist.js';
import { T } from './text.js';

/** The adopting meeting's fields, shared by template import and new list versions. */
export function MeetingFields() {
  return (
    <>
      <Form.Item name={['meeting', 'kind']} label={T.meetingKind} rules={[{ required: true }]}>
        <Select options={MEETING_KINDS.map((k) => ({ value: k, label: MEETING_LABELS[k] }))} style={{ width: 200 }} />
      </Form.Item>
      <Form.Item name={['meeting', 'date']} label={T.meetingDate} rules={[{ required: true }]}>
        <DatePicker allowClear={false} />
      </Form.Item>
      {/* no made-up default: the number goes into the adopting meeting's record */}
      <Form.Item name={['meeting', 'attendance']} label={T.attendance} rules={[{ required: true, message: T.attendanceRequired }]}>
        <InputNumber precision={0} min={1} placeholder={T.attendancePlaceholder} style={{ width: 120 }} />
      </Form.Item>
      <Form.Item name={['meeting', 'note']} label={T.meetingNote}>
        <Input maxLength={500} />
      </Form.Item>
    </>
  );
}

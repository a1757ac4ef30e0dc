import { Alert, Button, DatePicker, Form, Input, Modal, Radio, Table, Tag } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useCallback, useEffect, useState } from 'react';
import { HANDOVER_LABELS, type WaitingRow } from '../../../../electron/core/contract/shop.js';
import { invoke } from '../../api/client.js';
import { T } from './text.js';
import { useSave } from './useSave.js';

const W = T.waiting;

/** 待领取/送货: goods kept for a household or to be delivered, until staff record who handed them over and when. */
export function WaitingPanel({ manage }: { manage: boolean }) {
  const [rows, setRows] = useState<WaitingRow[]>([]);
  const [marking, setMarking] = useState<WaitingRow | null>(null);
  // Lasting, not a toast: the person (and a test) must be able to read what was just recorded.
  const [done, setDone] = useState<string | null>(null);
  const load = useCallback(() => invoke('shop.handover.waiting', {}).then(setRows, () => setRows([])), []);
  useEffect(() => void load(), [load]);

  return (
    <div>
      {done && <Alert type="success" showIcon style={{ marginBottom: 12 }} title={done} />}
      <Table<WaitingRow>
        rowKey="redemptionId"
        size="small"
        dataSource={rows}
        pagination={false}
        locale={{ emptyText: W.empty }}
        columns={[
          { title: W.cols.number, dataIndex: 'number', width: 130 },
          { title: W.cols.date, dataIndex: 'date', width: 110 },
          { title: W.cols.household, key: 'h', render: (_: unknown, r) => `${r.householdNumber} ${r.headName}（${r.groupName}）` },
          { title: W.cols.goods, dataIndex: 'goods' },
          { title: W.cols.total, dataIndex: 'total', width: 80, align: 'right' },
          { title: W.cols.status, dataIndex: 'status', width: 100, render: (s: WaitingRow['status']) => <Tag color={s === 'delivery' ? 'orange' : 'blue'}>{HANDOVER_LABELS[s]}</Tag> },
          ...(manage
            ? [{ title: W.cols.actions, key: 'a', width: 110, render: (_: unknown, r: WaitingRow) => <Button size="small" onClick={() => setMarking(r)}>{W.mark}</Button> }]
            : []),
        ]}
      />
      {marking && (
        <HandoverForm
          row={marking}
          onCancel={() => setMarking(null)}
          onDone={(text) => {
            setMarking(null);
            setDone(text);
            void load();
          }}
        />
      )}
    </div>
  );
}

interface Values {
  status: 'delivered' | 'collected';
  handledBy: string;
  date: Dayjs;
}

function HandoverForm({ row, onCancel, onDone }: { row: WaitingRow; onCancel(): void; onDone(text: string): void }) {
  const [form] = Form.useForm<Values>();
  const { busy, save } = useSave(() => {});
  const submit = async () => {
    const v = await form.validateFields();
    await save(async () => {
      await invoke('shop.handover.mark', { redemptionId: row.redemptionId, status: v.status, handledBy: v.handledBy, date: v.date.format('YYYY-MM-DD') });
      onDone(W.marked(row.number, HANDOVER_LABELS[v.status], v.handledBy.trim()));
    });
  };
  return (
    <Modal open title={W.title(row.number, row.headName)} okText={W.ok} cancelText={W.cancel} onOk={() => void submit()} onCancel={onCancel} confirmLoading={busy}>
      <Form form={form} layout="vertical" initialValues={{ status: row.status === 'delivery' ? 'delivered' : 'collected', handledBy: '', date: dayjs() }}>
        <Form.Item name="status" label={W.status}>
          <Radio.Group options={(['delivered', 'collected'] as const).map((value) => ({ value, label: HANDOVER_LABELS[value] }))} />
        </Form.Item>
        <Form.Item name="handledBy" label={W.handledBy} tooltip={W.handledByHelp} rules={[{ required: true, whitespace: true, message: W.handledByRequired }]}>
          <Input maxLength={20} autoFocus />
        </Form.Item>
        <Form.Item name="date" label={W.date}>
          <DatePicker allowClear={false} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

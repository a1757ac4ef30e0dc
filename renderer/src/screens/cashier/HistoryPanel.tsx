import { App, Button, DatePicker, Form, Input, Modal, Space, Table, Tag } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useCallback, useEffect, useState } from 'react';
import { maskName } from '../../../../electron/core/contract/privacy.js';
import { HANDOVER_LABELS, type ReceiptPaper, type RedemptionRow } from '../../../../electron/core/contract/shop.js';
import { invoke } from '../../api/client.js';
import { useAction } from '../../app/useAction.js';
import { PdfPreview } from '../publications/PdfPreview.js';
import { usePdfAction } from '../publications/usePdfAction.js';
import { T } from './text.js';

/** 兑换记录: reprint any receipt, void one with a reason. */
export function HistoryPanel({ paper }: { paper: ReceiptPaper }) {
  const { message } = App.useApp();
  const pdf = usePdfAction();
  const [range, setRange] = useState<[Dayjs, Dayjs]>([dayjs().startOf('month'), dayjs()]);
  const [query, setQuery] = useState('');
  const [rows, setRows] = useState<RedemptionRow[]>([]);
  const [voiding, setVoiding] = useState<RedemptionRow | null>(null);
  const [mask, setMask] = useState(true);

  const load = useCallback(() => {
    invoke('shop.redemptions.list', { from: range[0].format('YYYY-MM-DD'), to: range[1].format('YYYY-MM-DD'), query }).then(setRows, (e: Error) => message.error(e.message));
  }, [range, query, message]);
  useEffect(load, [load]);
  useEffect(() => void invoke('shop.settings.get', {}).then((s) => setMask(s.maskNamesOnScreen)), []);

  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Space wrap>
        <DatePicker.RangePicker value={range} allowClear={false} onChange={(v) => v?.[0] && v[1] && setRange([v[0], v[1]])} />
        <Input.Search aria-label={T.search} placeholder={T.search} allowClear style={{ width: 280 }} onSearch={setQuery} />
      </Space>
      <Table<RedemptionRow>
        rowKey="id"
        size="small"
        dataSource={rows}
        pagination={{ pageSize: 50 }}
        columns={[
          { title: T.hcols.number, dataIndex: 'number' },
          { title: T.hcols.time, render: (_, r) => `${r.date} ${r.createdAt.slice(11, 16)}` },
          { title: T.hcols.household, dataIndex: 'householdNumber' },
          { title: T.hcols.head, render: (_, r) => (mask ? maskName(r.headName) : r.headName) },
          { title: T.hcols.items, dataIndex: 'items' },
          { title: T.hcols.total, dataIndex: 'total', align: 'right' },
          { title: T.hcols.collector, dataIndex: 'collector' },
          { title: T.hcols.operator, dataIndex: 'operatorName' },
          {
            title: T.hcols.status,
            render: (_, r) => (
              <>
                {r.voided ? <Tag color="red">{T.voided}</Tag> : <Tag color="green">{T.valid}</Tag>}
                {r.handover !== 'collected' && <Tag color={r.handover === 'delivered' ? 'green' : 'orange'}>{HANDOVER_LABELS[r.handover]}</Tag>}
              </>
            ),
          },
          {
            title: T.hcols.actions,
            render: (_, r) => (
              <Space>
                <Button size="small" onClick={() => void pdf.run(`p${r.id}`, () => invoke('shop.receipt.pdf', { id: r.id, paper }))}>
                  {T.reprint}
                </Button>
                <Button size="small" danger disabled={r.voided} onClick={() => setVoiding(r)}>
                  {T.voidAction}
                </Button>
              </Space>
            ),
          },
        ]}
      />
      {voiding && (
        <VoidDialog
          row={voiding}
          onDone={() => {
            setVoiding(null);
            load();
          }}
          onCancel={() => setVoiding(null)}
        />
      )}
      <PdfPreview result={pdf.result} onClose={pdf.close} printAs="receipt" />
    </Space>
  );
}

/**
 * The void of one receipt, mounted only while it is open (a fresh form each time). Busy while the
 * core works, so a second click cannot send it twice; a refusal keeps the dialog open with its message.
 */
function VoidDialog({ row, onDone, onCancel }: { row: RedemptionRow; onDone(): void; onCancel(): void }) {
  const [form] = Form.useForm<{ reason: string }>();
  const { busy, run } = useAction();
  const submit = async () => {
    const { reason } = await form.validateFields();
    if (await run(() => invoke('shop.void', { id: row.id, reason }), T.voidDone)) onDone();
  };
  return (
    // a missing reason is shown under its field: that rejection needs nothing more
    <Modal open title={T.voidTitle(row.number)} okText={T.voidAction} okButtonProps={{ danger: true }} confirmLoading={busy} onOk={() => void submit().catch(() => {})} onCancel={onCancel}>
      <p>{T.voidHelp}</p>
      <Form form={form} layout="vertical">
        <Form.Item name="reason" label={T.voidReason} rules={[{ required: true, whitespace: true, message: `请填写${T.voidReason}` }]}>
          <Input.TextArea rows={2} maxLength={200} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

import { Alert, Card, Col, DatePicker, Form, Input, InputNumber, Modal, Row, Select, Space, Statistic, Table, Tabs, Typography, Button } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import type { PassbookRow } from '../../../../electron/core/contract/ledger.js';
import { useCan } from '../../app/session.js';
import { DeductionSlipButton } from '../publications/DeductionSlipButton.js';
import { signed, today, useLookups } from '../scoring/lookups.js';
import { StatusTag } from './entryText.js';
import { HouseholdPicker } from './HouseholdPicker.js';
import { T } from './text.js';
import { usePassbook } from './usePassbook.js';

const YEARS = Array.from({ length: 6 }, (_, i) => new Date().getFullYear() - i);

const RUNNING = {
  household: [
    { title: T.cols.available, dataIndex: 'available', width: 100 },
    { title: T.cols.earned, dataIndex: 'earned', width: 80 },
  ],
  cadre: [{ title: T.cols.running, dataIndex: 'earned', width: 100 }],
};

const baseColumns = (running: keyof typeof RUNNING) => [
  { title: T.cols.date, dataIndex: 'date', width: 110 },
  { title: T.cols.seq, dataIndex: 'seq', width: 70 },
  { title: T.cols.description, dataIndex: 'description' },
  { title: T.cols.points, dataIndex: 'points', width: 80, render: (n: number) => signed(n) },
  { title: T.cols.status, key: 'status', width: 110, render: (_: unknown, r: PassbookRow) => <StatusTag entry={{ status: r.status, reviewReason: r.reviewReason, correctedBySeq: null }} /> },
  ...RUNNING[running],
  { title: T.cols.note, dataIndex: 'note', ellipsis: true },
];

/** 积分存折: every entry of a household with its running balance; cadres' duty points likewise. */
export function PassbookScreen() {
  const p = usePassbook();
  const { cadres } = useLookups();
  const canCorrect = useCan(['admin', 'clerk']);
  const [correcting, setCorrecting] = useState<PassbookRow | null>(null);
  const [form] = Form.useForm<{ points: number; reason: string; date: dayjs.Dayjs }>();
  const yearSelect = (
    <Select
      aria-label={T.year}
      style={{ width: 120 }}
      value={p.year ?? 0}
      onChange={(v) => p.setYear(v || null)}
      options={[...YEARS.map((y) => ({ value: y, label: `${y} 年` })), { value: 0, label: T.allYears }]}
    />
  );
  const household = (
    <>
      <Space style={{ marginBottom: 16 }}>
        <HouseholdPicker label={T.household} placeholder={T.householdPlaceholder} value={p.householdId} onChange={p.setHouseholdId} />
        {yearSelect}
      </Space>
      {p.book ? (
        <>
          <Row gutter={16} style={{ marginBottom: 16 }}>
            <Col span={6}>
              <Card>
                <Statistic title={T.available} value={p.book.balance.available} />
              </Card>
            </Col>
            <Col span={6}>
              <Card>
                <Statistic title={T.earned} value={p.book.balance.earned} />
              </Card>
            </Col>
            <Col span={6}>
              <Card>
                <Statistic title={T.pending} value={p.book.balance.pending} />
              </Card>
            </Col>
          </Row>
          {p.year !== null && <Typography.Paragraph type="secondary">{T.opening(p.year, p.book.opening.available, p.book.opening.earned)}</Typography.Paragraph>}
          <Table<PassbookRow>
            rowKey="seq"
            size="small"
            dataSource={p.book.rows}
            pagination={{ pageSize: 50, showSizeChanger: false }}
            columns={[
              ...baseColumns('household'),
              { title: T.cols.slip, key: 'slip', width: 150, render: (_: unknown, r: PassbookRow) => (r.deduction ? <DeductionSlipButton seq={r.seq} size="small" /> : null) },
              ...(canCorrect
                ? [
                    {
                      title: T.cols.action,
                      key: 'a',
                      width: 80,
                      render: (_: unknown, r: PassbookRow) =>
                        r.correctable ? (
                          <Button size="small" onClick={() => (form.setFieldsValue({ points: r.points, reason: '', date: dayjs(today()) }), setCorrecting(r))}>
                            {T.correct}
                          </Button>
                        ) : null,
                    },
                  ]
                : []),
            ]}
          />
        </>
      ) : (
        <Alert type="info" title={T.empty} />
      )}
    </>
  );
  const cadre = (
    <>
      <Space style={{ marginBottom: 16 }}>
        <Select aria-label={T.cadre} style={{ width: 200 }} value={p.cadreId} onChange={p.setCadreId} options={cadres.map((c) => ({ value: c.id, label: `${c.name}（${c.post}）` }))} />
        {yearSelect}
        {p.cadreBook && <span>{`${T.approved} ${p.cadreBook.approved} · ${T.pending} ${p.cadreBook.pending}`}</span>}
      </Space>
      <Table<PassbookRow> rowKey="seq" size="small" dataSource={p.cadreBook?.rows ?? []} pagination={{ pageSize: 50 }} columns={baseColumns('cadre')} />
    </>
  );
  return (
    <div>
      <Typography.Title level={3}>{T.title}</Typography.Title>
      <Tabs
        items={[
          { key: 'household', label: T.householdTab, children: household },
          { key: 'cadre', label: T.cadreTab, children: cadre },
        ]}
      />
      <Modal title={correcting ? T.correctTitle(correcting.seq) : ''} open={correcting !== null} okText={T.ok} cancelText={T.cancel} onCancel={() => setCorrecting(null)} onOk={() => form.submit()}>
        {correcting && <Typography.Paragraph>{T.correctHelp(correcting.points)}</Typography.Paragraph>}
        <Form
          form={form}
          layout="vertical"
          onFinish={async (v) => {
            if (correcting && (await p.correct(correcting.seq, v.points, v.reason, v.date.format('YYYY-MM-DD')))) setCorrecting(null);
          }}
        >
          <Form.Item name="points" label={T.correctPoints} rules={[{ required: true }]}>
            <InputNumber precision={0} />
          </Form.Item>
          <Form.Item name="reason" label={T.correctReason} rules={[{ required: true, message: '请填写更正理由' }]}>
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item name="date" label={T.correctDate} rules={[{ required: true }]}>
            <DatePicker allowClear={false} />
          </Form.Item>
        </Form>
      </Modal>
    </div>
  );
}

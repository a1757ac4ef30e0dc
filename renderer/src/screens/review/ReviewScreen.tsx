import { Alert, Button, Card, Input, Modal, Popconfirm, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { CHECKLIST_CODES, CHECKLIST_LABELS } from '../../../../electron/core/contract/checklist.js';
import { ENTRY_STATUS_LABELS, ENTRY_STATUSES, type EntryRow, type EntryStatus } from '../../../../electron/core/contract/ledger.js';
import { entryText, StatusTag, subjectName } from '../passbook/entryText.js';
import { HouseholdPicker } from '../passbook/HouseholdPicker.js';
import { signed } from '../scoring/lookups.js';
import { T } from './text.js';
import { useReview } from './useReview.js';

/** 一月一审核: approve the month in bulk, reject one with a reason, then close the month. */
export function ReviewScreen() {
  const r = useReview();
  const [rejecting, setRejecting] = useState<EntryRow | null>(null);
  const [reason, setReason] = useState('');
  const [earlyReason, setEarlyReason] = useState('');
  const closable = r.current && !r.current.closed && r.current.pending === 0 && !r.notOver;
  return (
    <div>
      <Typography.Title level={3}>{T.title}</Typography.Title>
      {r.months.length === 0 ? (
        <Alert type="info" title={T.noMonths} />
      ) : (
        <Card>
          <Space wrap style={{ marginBottom: 12 }}>
            <Select
              aria-label={T.month}
              style={{ width: 180 }}
              value={r.month}
              onChange={r.setMonth}
              options={r.months.map((m) => ({ value: m.month, label: `${m.month}${m.closed ? `（${T.closed}）` : m.pending ? `（待审 ${m.pending}）` : ''}` }))}
            />
            <Select
              aria-label={T.status}
              style={{ width: 130 }}
              value={r.status ?? 'all'}
              onChange={(v: EntryStatus | 'all') => r.setStatus(v === 'all' ? null : v)}
              options={[{ value: 'all', label: T.allStatuses }, ...ENTRY_STATUSES.map((s) => ({ value: s, label: ENTRY_STATUS_LABELS[s] }))]}
            />
            <Select
              aria-label={T.list}
              style={{ width: 160 }}
              value={r.list ?? 'all'}
              onChange={(v) => r.setList(v === 'all' ? null : v)}
              options={[{ value: 'all', label: T.allLists }, ...CHECKLIST_CODES.map((c) => ({ value: c, label: CHECKLIST_LABELS[c] }))]}
            />
            <HouseholdPicker clearable label={T.household} placeholder={T.householdPlaceholder} value={r.householdId} onChange={r.setHouseholdId} />
            {r.current && <span>{T.summary(r.current.pending, r.current.approved, r.current.rejected)}</span>}
            {r.current?.closed && <Tag color="default">{T.closed}</Tag>}
          </Space>
          <Space style={{ marginBottom: 12 }}>
            <Button type="primary" disabled={r.selected.length === 0} onClick={r.approve}>
              {T.approve(r.selected.length)}
            </Button>
            <Popconfirm title={T.closeConfirm(r.month ?? '')} okText={T.ok} cancelText={T.cancel} onConfirm={() => r.close()} disabled={!closable}>
              <Button danger disabled={!closable}>
                {T.close}
              </Button>
            </Popconfirm>
          </Space>
          {r.notOver && !r.current?.closed && <Alert style={{ marginBottom: 12 }} type="info" showIcon title={r.notOver} />}
          <Table<EntryRow>
            rowKey="seq"
            size="small"
            dataSource={r.rows}
            pagination={{ pageSize: 50, showSizeChanger: false }}
            rowSelection={{
              selectedRowKeys: r.selected,
              onChange: (keys) => r.setSelected(keys as number[]),
              getCheckboxProps: (e) => ({ disabled: e.status !== 'pending' || !!r.current?.closed }),
            }}
            columns={[
              { title: T.cols.seq, dataIndex: 'seq', width: 70 },
              { title: T.cols.date, dataIndex: 'date', width: 110 },
              { title: T.cols.subject, key: 'subject', render: (_: unknown, e) => subjectName(e) },
              { title: T.cols.item, key: 'item', render: (_: unknown, e) => entryText(e) },
              { title: T.cols.points, dataIndex: 'points', width: 80, render: (n: number) => signed(n) },
              { title: T.cols.note, dataIndex: 'note', ellipsis: true },
              { title: T.cols.operator, dataIndex: 'operatorName', width: 90 },
              { title: T.cols.status, key: 'status', width: 100, render: (_: unknown, e) => <StatusTag entry={e} /> },
              {
                title: T.cols.action,
                key: 'action',
                width: 90,
                render: (_: unknown, e) =>
                  e.status === 'pending' && !r.current?.closed ? (
                    <Button size="small" danger onClick={() => (setReason(''), setRejecting(e))}>
                      {T.reject}
                    </Button>
                  ) : null,
              },
            ]}
          />
        </Card>
      )}
      <Modal
        title={rejecting ? T.rejectTitle(rejecting.seq) : ''}
        open={rejecting !== null}
        okText={T.reject}
        okButtonProps={{ danger: true, disabled: !reason.trim() }}
        cancelText={T.cancel}
        onCancel={() => setRejecting(null)}
        onOk={async () => {
          if (rejecting && (await r.reject(rejecting.seq, reason))) setRejecting(null);
        }}
      >
        {rejecting && <p>{`${subjectName(rejecting)} · ${entryText(rejecting)} · ${signed(rejecting.points)}`}</p>}
        <Input.TextArea aria-label={T.reason} placeholder={T.reasonPlaceholder} value={reason} onChange={(e) => setReason(e.target.value)} rows={3} maxLength={200} autoFocus />
      </Modal>
      <Modal
        title={T.early.title(r.month ?? '')}
        open={r.earlyClose}
        okText={T.early.ok}
        okButtonProps={{ danger: true, disabled: !earlyReason.trim() }}
        cancelText={T.cancel}
        onCancel={r.cancelEarlyClose}
        onOk={() => r.close(earlyReason)}
      >
        <p>{T.early.help}</p>
        <Input.TextArea aria-label={T.early.reason} value={earlyReason} onChange={(e) => setEarlyReason(e.target.value)} rows={3} maxLength={200} autoFocus />
      </Modal>
    </div>
  );
}

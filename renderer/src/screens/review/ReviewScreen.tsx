import { Alert, Button, Card, Input, Modal, Popconfirm, Select, Space, Table, Tag, Tooltip, Typography } from 'antd';
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
  /** One entry, or every selected entry when 'selected'. */
  const [rejecting, setRejecting] = useState<EntryRow | 'selected' | null>(null);
  const [reason, setReason] = useState('');
  const [earlyReason, setEarlyReason] = useState('');
  const closable = r.current && !r.current.closed && r.current.pending === 0 && !r.notOver;
  const ownPending = r.current?.closed ? 0 : r.rows.filter((e) => e.status === 'pending' && r.isOwn(e)).length;
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
              style={{ minWidth: 240 }}
              popupMatchSelectWidth={false}
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
          <Space wrap style={{ marginBottom: 12 }}>
            <Button type="primary" disabled={r.selected.length === 0 || r.busy} onClick={r.approve}>
              {T.approve(r.selected.length)}
            </Button>
            <Button danger disabled={r.selected.length === 0 || r.busy} onClick={() => (setReason(''), setRejecting('selected'))}>
              {T.rejectSelected(r.selected.length)}
            </Button>
            <Button disabled={r.decidable.length === 0} onClick={r.selectAll}>
              {T.selectAll(r.decidable.length)}
            </Button>
            {r.selected.length > 0 && <Button onClick={() => r.setSelected([])}>{T.clearSelection}</Button>}
            <Popconfirm title={T.closeConfirm(r.month ?? '')} okText={T.ok} cancelText={T.cancel} onConfirm={() => r.close()} disabled={!closable}>
              <Button danger disabled={!closable}>
                {T.close}
              </Button>
            </Popconfirm>
          </Space>
          {r.notOver && !r.current?.closed && <Alert style={{ marginBottom: 12 }} type="info" showIcon title={r.notOver} />}
          {r.selected.length > 0 && (
            <Alert
              style={{ marginBottom: 12 }}
              type="info"
              title={r.selected.length === r.decidable.length ? T.selectedAll(r.selected.length) : T.selectedSome(r.selected.length, r.decidable.length)}
            />
          )}
          {ownPending > 0 && <Alert style={{ marginBottom: 12 }} type="warning" title={T.ownCount(ownPending)} />}
          <Table<EntryRow>
            rowKey="seq"
            size="small"
            dataSource={r.rows}
            pagination={{ pageSize: 50, showSizeChanger: false }}
            rowSelection={{
              selectedRowKeys: r.selected,
              onChange: (keys) => r.setSelected(keys as number[]),
              getCheckboxProps: (e) => ({ disabled: e.status !== 'pending' || !!r.current?.closed || r.isOwn(e) }),
              getTitleCheckboxProps: () => ({ 'aria-label': T.selectPage }),
              renderCell: (_checked, e, _i, node) => (r.isOwn(e) && e.status === 'pending' ? <Tooltip title={T.own}>{node}</Tooltip> : node),
            }}
            onRow={(e) => (r.isOwn(e) && e.status === 'pending' ? { style: { color: 'rgba(0, 0, 0, 0.45)' }, title: T.own } : {})}
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
                  e.status === 'pending' && !r.current?.closed && !r.isOwn(e) ? (
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
        title={rejecting === 'selected' ? T.rejectManyTitle(r.selected.length) : rejecting ? T.rejectTitle(rejecting.seq) : ''}
        open={rejecting !== null}
        okText={T.reject}
        okButtonProps={{ danger: true, disabled: !reason.trim() || r.busy }}
        cancelText={T.cancel}
        onCancel={() => setRejecting(null)}
        onOk={async () => {
          if (!rejecting) return;
          const done = rejecting === 'selected' ? await r.rejectSelected(reason) : await r.reject(rejecting.seq, reason);
          if (done) setRejecting(null);
        }}
      >
        {rejecting === 'selected' ? (
          <p>{T.rejectManyHelp}</p>
        ) : (
          rejecting && <p>{`${subjectName(rejecting)} · ${entryText(rejecting)} · ${signed(rejecting.points)}`}</p>
        )}
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

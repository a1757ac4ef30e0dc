import { App, Button, Input, Modal, Select, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { OBJECTION_STATUS_LABELS, OBJECTION_STATUSES, type ObjectionRow, type ObjectionStatus } from '../../../../electron/core/contract/publications.js';
import { invoke } from '../../api/client.js';
import { useCan } from '../../app/session.js';
import { T } from './text.js';

const C = T.objections.cols;
const COLORS: Record<ObjectionStatus, string> = { open: 'orange', corrected: 'green', dismissed: 'default' };

/** Objections with their outcome; the reviewer closes an open one with a reason. */
export function ObjectionsPanel({ rows, status, onStatus, onChanged }: { rows: ObjectionRow[]; status: ObjectionStatus | null; onStatus(s: ObjectionStatus | null): void; onChanged(): void }) {
  const { message } = App.useApp();
  const canResolve = useCan(['reviewer']);
  const [dismissing, setDismissing] = useState<ObjectionRow | null>(null);
  const [reason, setReason] = useState('');

  const dismiss = async () => {
    if (!dismissing) return;
    try {
      await invoke('objections.dismiss', { id: dismissing.id, reason });
      message.success(T.objections.dismissed);
      setDismissing(null);
      onChanged();
    } catch (e) {
      message.error((e as Error).message);
    }
  };

  return (
    <>
      <Space style={{ marginBottom: 12 }}>
        {T.objections.filter}
        <Select
          style={{ width: 140 }}
          aria-label={T.objections.filter}
          value={status ?? ''}
          onChange={(v) => onStatus((v || null) as ObjectionStatus | null)}
          options={[{ value: '', label: T.objections.all }, ...OBJECTION_STATUSES.map((s) => ({ value: s, label: OBJECTION_STATUS_LABELS[s] }))]}
        />
      </Space>
      <Table<ObjectionRow>
        rowKey="id"
        dataSource={rows}
        pagination={{ pageSize: 20 }}
        columns={[
          { title: C.publication, dataIndex: 'publicationTitle' },
          { title: C.household, render: (_, o) => `${o.householdNumber} ${o.headName}` },
          { title: C.raisedBy, dataIndex: 'raisedBy' },
          { title: C.raisedOn, dataIndex: 'raisedOn' },
          { title: C.content, dataIndex: 'content' },
          { title: C.status, dataIndex: 'status', render: (s: ObjectionStatus) => <Tag color={COLORS[s]}>{OBJECTION_STATUS_LABELS[s]}</Tag> },
          { title: C.resolution, render: (_, o) => (o.resolvedBy ? `${o.resolution}（${o.resolvedBy}）` : '') },
          {
            title: C.actions,
            render: (_, o) =>
              o.status === 'open' && canResolve ? (
                <Button
                  size="small"
                  onClick={() => {
                    setReason('');
                    setDismissing(o);
                  }}
                >
                  {T.objections.dismiss}
                </Button>
              ) : null,
          },
        ]}
      />
      <Modal open={dismissing !== null} title={T.objections.dismissTitle} onCancel={() => setDismissing(null)} onOk={dismiss} okButtonProps={{ disabled: !reason.trim() }}>
        <Input.TextArea aria-label={T.objections.reason} rows={3} maxLength={300} value={reason} onChange={(e) => setReason(e.target.value)} />
      </Modal>
    </>
  );
}

import { DatePicker, Input, Select, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import type { AuditRow } from '../../../../electron/core/contract/audit.js';
import { T } from './text.js';
import { useAudit, type AuditFilter } from './useAudit.js';

export function AuditScreen() {
  const [filter, setFilter] = useState<AuditFilter>({ page: 1, pageSize: 50 });
  const data = useAudit(filter);
  const set = (patch: Partial<AuditFilter>) => setFilter((f) => ({ ...f, page: 1, ...patch }));
  return (
    <div>
      <Typography.Title level={3}>{T.title}</Typography.Title>
      <Typography.Paragraph type="secondary">{T.intro}</Typography.Paragraph>
      <Space wrap style={{ marginBottom: 16 }}>
        <Select
          aria-label={T.operator}
          style={{ width: 180 }}
          value={filter.operatorId ?? null}
          onChange={(v: number | null) => set({ operatorId: v })}
          options={[{ value: null, label: T.allOperators }, ...data.operators.map((o) => ({ value: o.id, label: o.name }))]}
        />
        <Input.Search aria-label={T.search} placeholder={T.search} allowClear style={{ width: 240 }} onSearch={(text) => set({ text })} />
        <DatePicker.RangePicker
          aria-label={T.dates}
          onChange={(range) => set({ from: range?.[0]?.format('YYYY-MM-DD') ?? null, to: range?.[1]?.format('YYYY-MM-DD') ?? null })}
        />
      </Space>
      <Table<AuditRow>
        rowKey="id"
        size="middle"
        dataSource={data.rows}
        pagination={{
          current: filter.page ?? 1,
          pageSize: filter.pageSize ?? 50,
          total: data.total,
          showTotal: T.total,
          showSizeChanger: false,
          onChange: (page) => setFilter((f) => ({ ...f, page })),
        }}
        columns={[
          { title: T.cols.at, dataIndex: 'at', width: 170, render: (at: string) => `${at.slice(0, 10)} ${at.slice(11, 19)}` },
          { title: T.cols.operator, dataIndex: 'operatorName', width: 120, render: (n: string) => n || T.system },
          { title: T.cols.label, dataIndex: 'label', width: 160 },
          { title: T.cols.summary, dataIndex: 'summary' },
        ]}
      />
    </div>
  );
}

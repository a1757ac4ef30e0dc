import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, DatePicker, Form, Input, List, Modal, Select, Space, Table, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import type { ActivityRow } from '../../../../electron/core/contract/ledger.js';
import { itemLabel, useHouseholds, useLookups } from './lookups.js';
import { T } from './text.js';
import { useActivities } from './useActivities.js';

const t = T.activity;

/** Activities with attendance: sign households in by search + Enter, then finish to write the entries. */
export function ActivitiesScreen() {
  const { items, cadres } = useLookups();
  const a = useActivities();
  const [creating, setCreating] = useState(false);
  const [form] = Form.useForm<{ name: string; date: Dayjs; itemId: number; cadreId: number; dutyItemId: number }>();
  return (
    <div>
      <Typography.Title level={3}>{t.title}</Typography.Title>
      <Button type="primary" icon={<PlusOutlined />} style={{ marginBottom: 16 }} onClick={() => (form.resetFields(), form.setFieldsValue({ date: dayjs(), dutyItemId: 0 }), setCreating(true))}>
        {t.create}
      </Button>
      <Table<ActivityRow>
        rowKey="id"
        size="small"
        dataSource={a.rows}
        pagination={{ pageSize: 8 }}
        onRow={(r) => ({ onClick: () => a.select(r.id), style: { cursor: 'pointer', background: a.current?.id === r.id ? '#e6f4ff' : undefined } })}
        columns={[
          { title: t.cols.name, dataIndex: 'name' },
          { title: t.cols.date, dataIndex: 'date' },
          { title: t.cols.item, dataIndex: 'itemName' },
          { title: t.cols.cadre, dataIndex: 'cadreName' },
          { title: t.cols.attendees, key: 'n', render: (_: unknown, r) => r.attendees.length },
          { title: t.cols.status, key: 's', render: (_: unknown, r) => (r.finished ? <Tag>{t.finished}</Tag> : <Tag color="blue">{t.open}</Tag>) },
        ]}
      />
      {a.current && <Attendance activity={a.current} onMark={a.mark} onFinish={a.finish} />}
      <Modal title={t.create} open={creating} forceRender onCancel={() => setCreating(false)} onOk={() => form.submit()} okText={t.save}>
        <Form
          form={form}
          layout="vertical"
          onFinish={async (v) => {
            const ok = await a.create({ name: v.name, date: v.date.format('YYYY-MM-DD'), itemId: v.itemId, cadreId: v.cadreId, dutyItemId: v.dutyItemId || null });
            if (ok) setCreating(false);
          }}
        >
          <Form.Item name="name" label={t.name} rules={[{ required: true, message: '请填写活动名称' }]}>
            <Input />
          </Form.Item>
          <Form.Item name="date" label={t.date} rules={[{ required: true }]}>
            <DatePicker allowClear={false} />
          </Form.Item>
          <Form.Item name="itemId" label={t.item} rules={[{ required: true, message: '请选择加分事项' }]}>
            <Select showSearch={{ optionFilterProp: 'label' }} options={items.filter((i) => i.subject === 'household' && !i.grades).map((i) => ({ value: i.id, label: itemLabel(i) }))} />
          </Form.Item>
          <Form.Item name="cadreId" label={t.cadre} rules={[{ required: true, message: '请选择组织干部' }]}>
            <Select options={cadres.map((c) => ({ value: c.id, label: c.name }))} />
          </Form.Item>
          <Form.Item name="dutyItemId" label={t.dutyItem}>
            <Select options={[{ value: 0, label: t.noDuty }, ...items.filter((i) => i.subject === 'cadre').map((i) => ({ value: i.id, label: itemLabel(i) }))]} />
          </Form.Item>
        </Form>
      </Modal>
    </div>
  );
}

function Attendance({ activity, onMark, onFinish }: { activity: ActivityRow; onMark: (a: number, h: number, p: boolean) => Promise<unknown>; onFinish: (a: number) => Promise<void> }) {
  const [query, setQuery] = useState('');
  const found = useHouseholds(null, query);
  const everyone = useHouseholds(null, '');
  const byId = new Map(everyone.map((h) => [h.id, h]));
  const present = new Set(activity.attendees);
  return (
    <Card title={`${activity.name}（${activity.date}）— ${t.attendees(activity.attendees.length)}`} style={{ marginTop: 16 }}>
      {!activity.finished && (
        <Space direction="vertical" style={{ width: '100%' }}>
          <Input
            autoFocus
            aria-label={t.search}
            placeholder={t.search}
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            onPressEnter={() => {
              const first = found.find((h) => !present.has(h.id));
              if (query && first) onMark(activity.id, first.id, true).then(() => setQuery(''));
            }}
          />
          {query && (
            <List
              size="small"
              bordered
              dataSource={found.slice(0, 8)}
              renderItem={(h) => (
                <List.Item actions={[present.has(h.id) ? <Tag key="p">{t.present}</Tag> : <Button key="a" size="small" onClick={() => onMark(activity.id, h.id, true)}>{t.attendance}</Button>]}>
                  {h.number} {h.headName}（{h.groupName}）
                </List.Item>
              )}
            />
          )}
        </Space>
      )}
      <Space wrap style={{ margin: '12px 0' }}>
        {activity.attendees.map((id) => (
          <Tag key={id} closable={!activity.finished} onClose={() => void onMark(activity.id, id, false)}>
            {byId.get(id)?.headName ?? id}
          </Tag>
        ))}
      </Space>
      {!activity.finished && (
        <div>
          <Button type="primary" disabled={activity.attendees.length === 0} onClick={() => onFinish(activity.id)}>
            {t.finish}
          </Button>
        </div>
      )}
    </Card>
  );
}

import { Alert, Button, Card, DatePicker, Form, Select, Space, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import type { HouseholdRow } from '../../../../electron/core/contract/roster.js';
import { itemLabel, signed, useLookups } from './lookups.js';
import { T } from './text.js';
import { useInspection } from './useInspection.js';

const t = T.inspection;

/** 入户巡查: grade a whole group from the keyboard, then write the entries in one go. */
export function InspectionScreen() {
  const { items, groups, cadres } = useLookups();
  const s = useInspection(items);
  const graded = items.filter((i) => i.subject === 'household' && i.grades);
  const duty = items.filter((i) => i.subject === 'cadre');
  const pointsOf = (label: string | undefined) => s.item?.grades?.find((g) => g.label === label)?.points;
  return (
    <div>
      <Typography.Title level={3}>{t.title}</Typography.Title>
      <Card style={{ marginBottom: 16 }}>
        <Form layout="inline">
          <Form.Item label={t.group} htmlFor="insp-group">
            <Select id="insp-group" aria-label={t.group} style={{ width: 150 }} value={s.setup.groupId} onChange={s.setup.setGroupId} options={groups.map((g) => ({ value: g.id, label: g.name }))} />
          </Form.Item>
          <Form.Item label={t.date} htmlFor="insp-date">
            <DatePicker id="insp-date" allowClear={false} value={dayjs(s.setup.date)} onChange={(d) => d && s.setup.setDate(d.format('YYYY-MM-DD'))} />
          </Form.Item>
          <Form.Item label={t.item} htmlFor="insp-item">
            <Select id="insp-item" aria-label={t.item} style={{ width: 360 }} value={s.setup.itemId} onChange={s.setup.setItemId} options={graded.map((i) => ({ value: i.id, label: itemLabel(i) }))} />
          </Form.Item>
          <Form.Item label={t.cadre} htmlFor="insp-cadre">
            <Select id="insp-cadre" aria-label={t.cadre} style={{ width: 150 }} value={s.setup.cadreId} onChange={s.setup.setCadreId} options={cadres.map((c) => ({ value: c.id, label: c.name }))} />
          </Form.Item>
          <Form.Item label={t.dutyItem} htmlFor="insp-duty">
            <Select
              id="insp-duty"
              aria-label={t.dutyItem}
              style={{ width: 280 }}
              value={s.setup.dutyItemId ?? 0}
              onChange={(v) => s.setup.setDutyItemId(v || null)}
              options={[{ value: 0, label: t.noDuty }, ...duty.map((i) => ({ value: i.id, label: itemLabel(i) }))]}
            />
          </Form.Item>
        </Form>
      </Card>
      {s.item?.grades && s.households.length > 0 && (
        <Card>
          <Alert
            type="info"
            style={{ marginBottom: 12 }}
            title={`${t.help} ${s.item.grades.map((g, i) => `${i + 1}=${g.label}${signed(g.points)}`).join('　')}`}
          />
          <div role="grid" aria-label={t.title} tabIndex={0} onKeyDown={s.onKeyDown} style={{ outline: '2px solid #1677ff33', borderRadius: 6 }}>
            <Table<HouseholdRow>
              rowKey="id"
              size="small"
              dataSource={s.households}
              pagination={false}
              scroll={{ y: 440 }}
              onRow={(r, i) => ({
                onClick: () => s.setCursor(i ?? 0),
                'aria-selected': i === s.cursor,
                style: i === s.cursor ? { background: '#e6f4ff', fontWeight: 600 } : undefined,
              })}
              columns={[
                { title: t.cols.number, dataIndex: 'number', width: 100 },
                { title: t.cols.head, dataIndex: 'headName' },
                {
                  title: t.cols.grade,
                  key: 'grade',
                  width: 120,
                  render: (_: unknown, r) => {
                    const g = s.grades.get(r.id);
                    return g ? <Tag color={(pointsOf(g) ?? 0) < 0 ? 'red' : 'green'}>{g}</Tag> : '—';
                  },
                },
                { title: t.cols.points, key: 'points', width: 100, render: (_: unknown, r) => (s.grades.has(r.id) ? signed(pointsOf(s.grades.get(r.id)) ?? 0) : '') },
              ]}
            />
          </div>
          <Space style={{ marginTop: 12 }}>
            <span>{t.graded(s.grades.size, s.households.length)}</span>
            <Button type="primary" disabled={!s.ready} loading={s.busy} onClick={s.finish}>
              {t.finish}
            </Button>
          </Space>
        </Card>
      )}
      <Card title={t.history} style={{ marginTop: 16 }}>
        <Table
          rowKey="id"
          size="small"
          dataSource={s.history}
          pagination={{ pageSize: 10 }}
          columns={[
            { title: t.hist.date, dataIndex: 'date' },
            { title: t.hist.group, dataIndex: 'groupName' },
            { title: t.hist.cadre, dataIndex: 'cadreName' },
            { title: t.hist.graded, dataIndex: 'graded' },
            { title: t.hist.points, dataIndex: 'points', render: (n: number) => signed(n) },
          ]}
        />
      </Card>
    </div>
  );
}

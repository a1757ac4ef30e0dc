import { Alert, App, Card, Col, Empty, List, Row, Select, Space, Tag, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { CHECKLIST_LABELS, type DutyOverview } from '../../../../electron/core/contract/checklist.js';
import { invoke } from '../../api/client.js';
import { useCan } from '../../app/session.js';
import { today, useLookups } from '../scoring/lookups.js';
import { CadreRanking } from './CadreRanking.js';
import { T } from './text.js';

const t = T.duties;

/** Each cadre's duty items with this week's and month's points; items nobody is responsible for. */
export function DutiesScreen() {
  const { message } = App.useApp();
  const isAdmin = useCan(['admin']);
  const { cadres } = useLookups();
  const [data, setData] = useState<DutyOverview | null>(null);
  const load = useCallback(() => {
    invoke('checklist.duties', { date: today() }).then(setData, (e: Error) => message.error(e.message));
  }, [message]);
  useEffect(load, [load]);
  const assign = (itemId: number, cadreId: number | null, coOwnerIds: number[] = []) =>
    invoke('checklist.assign', { itemId, cadreId, coOwnerIds }).then(
      (item) => {
        message.success(t.saved(item.name));
        load();
      },
      (e: Error) => message.error(e.message),
    );
  const cadreSelect = (itemId: number, value: number | null, coOwnerIds: number[] = []) =>
    isAdmin ? (
      <Select
        size="small"
        aria-label={t.assign}
        style={{ width: 120 }}
        value={value ?? 0}
        onChange={(v) => assign(itemId, v || null, v ? coOwnerIds.filter((id) => id !== v) : [])}
        options={[{ value: 0, label: t.nobody }, ...cadres.map((c) => ({ value: c.id, label: c.name }))]}
      />
    ) : null;
  // co-owners help with an item; the main owner answers for it and is not offered twice
  const coOwnerSelect = (itemId: number, owner: number, value: number[]) =>
    isAdmin ? (
      <Select
        size="small"
        mode="multiple"
        aria-label={t.coOwners}
        placeholder={t.noCoOwners}
        style={{ minWidth: 140 }}
        value={value}
        onChange={(ids: number[]) => assign(itemId, owner, ids)}
        options={cadres.filter((c) => c.id !== owner).map((c) => ({ value: c.id, label: c.name }))}
      />
    ) : null;
  if (!data) return null;
  return (
    <div>
      <Typography.Title level={3}>{t.title}</Typography.Title>
      {data.unassigned.length > 0 ? (
        <Alert
          type="warning"
          style={{ marginBottom: 16 }}
          title={t.unassigned(data.unassigned.length)}
          description={
            <List
              size="small"
              dataSource={data.unassigned}
              renderItem={(i) => (
                <List.Item actions={[cadreSelect(i.id, null)]}>
                  <Space>
                    <Tag>{CHECKLIST_LABELS[i.checklistCode]}</Tag>
                    {i.name}
                  </Space>
                </List.Item>
              )}
            />
          }
        />
      ) : (
        <Alert type="success" style={{ marginBottom: 16 }} title={t.allAssigned} />
      )}
      <Row gutter={[16, 16]}>
        {data.cadres.map((c) => (
          <Col span={12} key={c.cadreId}>
            <Card title={`${c.cadreName}（${c.post}）`} extra={t.points(c.week, c.month)}>
              {c.items.length === 0 ? (
                <Empty description={t.noItems} image={Empty.PRESENTED_IMAGE_SIMPLE} />
              ) : (
                <List
                  size="small"
                  dataSource={c.items}
                  renderItem={(i) => (
                    <List.Item>
                      {/* the name on its own line: the pickers beside it would squeeze a long name to one character a line */}
                      <Space direction="vertical" size={4} style={{ width: '100%' }}>
                        <Space>
                          <Tag>{CHECKLIST_LABELS[i.checklistCode]}</Tag>
                          {i.name}
                        </Space>
                        <Space wrap>
                          <Typography.Text type="secondary">{`${t.week} ${i.week} · ${t.month} ${i.month}`}</Typography.Text>
                          {cadreSelect(i.id, c.cadreId, i.coOwnerIds)}
                          {coOwnerSelect(i.id, c.cadreId, i.coOwnerIds)}
                        </Space>
                      </Space>
                    </List.Item>
                  )}
                />
              )}
            </Card>
          </Col>
        ))}
      </Row>
      <CadreRanking />
    </div>
  );
}

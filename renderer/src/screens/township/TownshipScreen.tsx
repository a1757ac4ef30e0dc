import { FileExcelOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Row, Statistic, Table, Tag, Typography } from 'antd';
import type { VillageSummary } from '../../../../electron/core/contract/township.js';
import { ImportCard } from './ImportCard.js';
import { T } from './text.js';
import { useTownship } from './useTownship.js';
import { VillageChart } from './VillageChart.js';
import { VillageDrawer } from './VillageDrawer.js';

export function TownshipScreen() {
  const t = useTownship();
  const villages = t.data?.villages ?? [];
  const totals = t.data?.totals;
  return (
    <div>
      <Typography.Title level={3}>{T.title}</Typography.Title>
      <ImportCard busy={t.busy} outcomes={t.outcomes} onFiles={t.importFiles} onScan={t.scan} />
      <Row gutter={16} style={{ marginBottom: 16 }}>
        {(['villages', 'households', 'cadres', 'stale'] as const).map((k) => (
          <Col span={6} key={k}>
            <Card>
              <Statistic title={T.totals[k]} value={totals?.[k] ?? 0} styles={k === 'stale' && totals?.stale ? { content: { color: '#cf1322' } } : undefined} />
            </Card>
          </Col>
        ))}
      </Row>
      <Alert type="info" showIcon title={T.notIncluded} style={{ marginBottom: 16 }} />
      <Card
        title={T.ranking}
        extra={
          <Button icon={<FileExcelOutlined />} disabled={villages.length === 0} onClick={t.exportXlsx}>
            {T.exportXlsx}
          </Button>
        }
        style={{ marginBottom: 16 }}
      >
        <Table<VillageSummary>
          rowKey="uid"
          size="middle"
          dataSource={villages}
          pagination={false}
          locale={{ emptyText: T.empty }}
          onRow={(v) => ({ onDoubleClick: () => t.open(v.uid) })}
          columns={[
            { title: T.cols.rank, key: 'rank', width: 64, render: (_v, _r, i) => i + 1 },
            { title: T.cols.name, dataIndex: 'name' },
            { title: T.cols.households, dataIndex: 'households', align: 'right', sorter: (a, b) => a.households - b.households },
            { title: T.cols.groups, dataIndex: 'groups', align: 'right' },
            { title: T.cols.cadres, dataIndex: 'cadres', align: 'right' },
            { title: T.cols.sequence, dataIndex: 'sequence', align: 'right' },
            { title: T.cols.packageDate, dataIndex: 'packageDate', sorter: (a, b) => a.packageDate.localeCompare(b.packageDate) },
            {
              title: T.cols.state,
              key: 'state',
              render: (_v, r) => (r.stale ? <Tag color="red">{T.stale(r.daysSincePackage)}</Tag> : <Tag color="green">{T.fresh}</Tag>),
            },
            {
              title: T.cols.actions,
              key: 'actions',
              render: (_v, r) => (
                <Button type="link" onClick={() => t.open(r.uid)} aria-label={`${T.view}${r.name}`}>
                  {T.view}
                </Button>
              ),
            },
          ]}
        />
      </Card>
      {villages.length > 0 && (
        <Card title={T.chart}>
          <VillageChart villages={villages} label={T.chart} />
        </Card>
      )}
      <VillageDrawer detail={t.detail} onClose={t.close} />
    </div>
  );
}

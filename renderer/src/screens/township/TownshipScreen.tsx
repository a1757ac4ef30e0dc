import { FileDoneOutlined, FileExcelOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, DatePicker, Row, Segmented, Space, Statistic, Table, Tag, Tooltip, Typography } from 'antd';
import dayjs from 'dayjs';
import { HOUSEHOLD_LINE_PERMILLE, onHouseholdLine, percentText, permille, VILLAGE_LINE_PERMILLE, type VillageSummary } from '../../../../electron/core/contract/township.js';
import { ImportCard } from './ImportCard.js';
import { T } from './text.js';
import { useTownship } from './useTownship.js';
import { PointsChart, RateChart } from './VillageChart.js';
import { VillageDrawer } from './VillageDrawer.js';


function PeriodPicker({ period, onChange }: { period: string; onChange(p: string): void }) {
  const byMonth = period.length === 7;
  return (
    <Space>
      <Typography.Text strong>{T.period}</Typography.Text>
      <Segmented
        value={byMonth ? 'month' : 'year'}
        options={[
          { value: 'year', label: T.byYear },
          { value: 'month', label: T.byMonth },
        ]}
        onChange={(v) => onChange(v === 'month' ? `${period.slice(0, 4)}-${dayjs().format('MM')}` : period.slice(0, 4))}
      />
      <DatePicker
        aria-label={T.period}
        picker={byMonth ? 'month' : 'year'}
        allowClear={false}
        value={dayjs(byMonth ? `${period}-01` : `${period}-01-01`)}
        onChange={(d) => d && onChange(d.format(byMonth ? 'YYYY-MM' : 'YYYY'))}
      />
    </Space>
  );
}

export function TownshipScreen() {
  const t = useTownship();
  const villages = t.data?.villages ?? [];
  const totals = t.data?.totals;
  const onLine = villages.filter(onHouseholdLine).length;
  const stats: [string, string | number, boolean][] = totals
    ? [
        [T.totals.villages, totals.villages, false],
        [T.totals.households, totals.households, false],
        [T.totals.rate, percentText(totals.participating, totals.households), permille(totals.participating, totals.households) < HOUSEHOLD_LINE_PERMILLE],
        [T.totals.onLine, percentText(onLine, villages.length), permille(onLine, villages.length) < VILLAGE_LINE_PERMILLE],
        [T.totals.issued, totals.issued, false],
        [T.totals.redeemed, totals.redeemed, false],
        [T.totals.duty, percentText(totals.dutyDone, totals.dutyItems), false],
        [T.totals.stale, totals.stale, totals.stale > 0],
        [T.totals.late, totals.late, totals.late > 0],
      ]
    : [];
  return (
    <div>
      <Typography.Title level={3}>{T.title}</Typography.Title>
      <ImportCard busy={t.busy} outcomes={t.outcomes} accepted={t.accepted} onFiles={t.importFiles} onScan={t.scan} onAccept={t.accept} />
      <div style={{ marginBottom: 16 }}>
        <PeriodPicker period={t.period} onChange={t.setPeriod} />
      </div>
      <Row gutter={[12, 12]} style={{ marginBottom: 16 }}>
        {stats.map(([title, value, alarm]) => (
          <Col flex="1 1 140px" key={title}>
            <Card size="small">
              <Statistic title={title} value={value} styles={alarm ? { content: { color: '#cf1322' } } : undefined} />
            </Card>
          </Col>
        ))}
      </Row>
      <Alert type="info" showIcon title={T.rhythmRule} style={{ marginBottom: 16 }} />
      <Card
        title={T.ranking}
        extra={
          <Button icon={<FileExcelOutlined />} disabled={villages.length === 0} onClick={t.exportXlsx}>
            {T.exportXlsx}
          </Button>
        }
        style={{ marginBottom: 16 }}
      >
        <Typography.Paragraph type="secondary">{T.target}</Typography.Paragraph>
        <Table<VillageSummary>
          rowKey="uid"
          size="middle"
          dataSource={villages}
          pagination={false}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: T.empty }}
          onRow={(v) => ({ onDoubleClick: () => t.open(v.uid) })}
          columns={[
            { title: T.cols.rank, key: 'rank', width: 56, render: (_v, _r, i) => i + 1 },
            { title: T.cols.name, dataIndex: 'name' },
            { title: T.cols.households, dataIndex: 'households', align: 'right' },
            { title: T.cols.participating, dataIndex: 'participating', align: 'right' },
            {
              title: T.cols.rate,
              key: 'rate',
              align: 'right',
              render: (_v, r) => (
                <Typography.Text type={onHouseholdLine(r) ? 'success' : 'danger'}>
                  {percentText(r.participating, r.households)}
                </Typography.Text>
              ),
            },
            { title: T.cols.issued, dataIndex: 'issued', align: 'right', sorter: (a, b) => a.issued - b.issued },
            { title: T.cols.redeemed, dataIndex: 'redeemed', align: 'right', sorter: (a, b) => a.redeemed - b.redeemed },
            {
              title: T.cols.duty,
              key: 'duty',
              align: 'right',
              render: (_v, r) => `${r.dutyDone}/${r.dutyItems}（${percentText(r.dutyDone, r.dutyItems)}）`,
            },
            { title: T.cols.closedOnTime, key: 'closed', align: 'right', render: (_v, r) => `${r.rhythm.monthsOnTime}/${r.rhythm.monthsDue}` },
            { title: T.cols.noticesOnTime, key: 'notices', align: 'right', render: (_v, r) => `${r.rhythm.noticesOnTime}/${r.rhythm.noticesDue}` },
            { title: T.cols.packageDate, dataIndex: 'packageDate', sorter: (a, b) => a.packageDate.localeCompare(b.packageDate) },
            {
              title: T.cols.state,
              key: 'state',
              render: (_v, r) => (
                <Space size={4} wrap>
                  {r.stale ? <Tag color="red">{T.stale(r.daysSincePackage)}</Tag> : <Tag color="green">{T.fresh}</Tag>}
                  {r.rhythm.late.length > 0 && (
                    <Tooltip title={r.rhythm.late.join('；')}>
                      <Tag color="red">{T.late}</Tag>
                    </Tooltip>
                  )}
                </Space>
              ),
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
        <Row gutter={16}>
          <Col span={12}>
            <Card title={T.chart}>
              <RateChart villages={villages} />
            </Card>
          </Col>
          <Col span={12}>
            <Card title={T.chartPoints}>
              <PointsChart villages={villages} />
            </Card>
          </Col>
        </Row>
      )}
      <Card title={T.lists.title} style={{ marginTop: 16 }}>
        <Typography.Paragraph type="secondary">{T.lists.intro}</Typography.Paragraph>
        <Button icon={<FileDoneOutlined />} onClick={t.exportLists}>
          {T.lists.button}
        </Button>
        {t.listsFile && <Alert type="success" showIcon style={{ marginTop: 12 }} title={T.lists.done(t.listsFile)} />}
      </Card>
      <VillageDrawer detail={t.detail} onClose={t.close} />
    </div>
  );
}

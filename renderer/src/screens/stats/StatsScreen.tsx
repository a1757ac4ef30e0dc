import { PrinterOutlined } from '@ant-design/icons';
import { App, Button, Card, DatePicker, Space, Table, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { CHECKLIST_LABELS, type ChecklistCode } from '../../../../electron/core/contract/checklist.js';
import { formatPerMille, HOUSEHOLD_LINE_PERMILLE, type VillageStats } from '../../../../electron/core/contract/stats.js';
import { invoke } from '../../api/client.js';
import { listPoints, listsIn, listsOption, participationOption, shopOption, topItemsOption } from './charts.js';
import { EChart } from './EChart.js';
import { T } from './text.js';

const THIS_YEAR = dayjs().year();
const PRESETS = [THIS_YEAR, THIS_YEAR - 1, THIS_YEAR - 2].map((y) => ({
  label: T.yearPreset(y),
  value: [dayjs(`${y}-01-01`), dayjs(`${y}-12-01`)] as [Dayjs, Dayjs],
}));
// When printing, only the page content: no navigation, no buttons.
const PRINT_CSS = '@media print { .ant-layout-sider, .ant-layout-header, .stats-no-print { display: none !important; } .stats-section { break-inside: avoid; } }';

function Section({ title, children, extra }: { title: string; children: ReactNode; extra?: ReactNode }) {
  return (
    <Card className="stats-section" title={title} extra={extra} style={{ marginBottom: 16 }}>
      {children}
    </Card>
  );
}

const small = { size: 'small' as const, pagination: false as const };
const list = (code: ChecklistCode) => CHECKLIST_LABELS[code];

/** 全村统计: participation, where points come from, who records and fulfils duties, what waits for review. */
export function StatsScreen() {
  const { message } = App.useApp();
  const [range, setRange] = useState<[Dayjs, Dayjs]>([dayjs().startOf('year'), dayjs()]);
  const [stats, setStats] = useState<VillageStats | null>(null);
  useEffect(() => {
    invoke('stats.village', { fromMonth: range[0].format('YYYY-MM'), toMonth: range[1].format('YYYY-MM') }).then(setStats, (e: Error) => message.error(e.message));
  }, [range, message]);
  const options = useMemo(() => (stats ? { participation: participationOption(stats), lists: listsOption(stats), top: topItemsOption(stats), shop: shopOption(stats) } : null), [stats]);

  return (
    <div>
      <style>{PRINT_CSS}</style>
      <Typography.Title level={3}>
        {T.title}
        {stats && <Typography.Text type="secondary" style={{ fontSize: 16, marginLeft: 12 }}>{`${stats.fromMonth} 至 ${stats.toMonth}`}</Typography.Text>}
      </Typography.Title>
      <Space className="stats-no-print" style={{ marginBottom: 16 }}>
        <span>{T.period}</span>
        <DatePicker.RangePicker
          aria-label={T.period}
          picker="month"
          format="YYYY-MM"
          allowClear={false}
          value={range}
          presets={PRESETS}
          onChange={(v) => v?.[0] && v[1] && setRange([v[0], v[1]])}
        />
        <Button icon={<PrinterOutlined />} onClick={() => window.print()}>
          {T.print}
        </Button>
      </Space>
      {stats && options && (
        <>
          <Section title={T.participation.title} extra={<Typography.Text type="secondary">{T.participation.help}</Typography.Text>}>
            <Typography.Paragraph>{T.participation.rule}</Typography.Paragraph>
            <EChart option={options.participation} label={T.participation.title} />
            <Table
              {...small}
              rowKey="month"
              dataSource={stats.participation}
              columns={[
                { title: T.participation.cols.month, dataIndex: 'month' },
                { title: T.participation.cols.participating, dataIndex: 'participating', align: 'right' },
                { title: T.participation.cols.households, dataIndex: 'households', align: 'right' },
                {
                  title: T.participation.cols.rate,
                  dataIndex: 'perMille',
                  align: 'right',
                  render: (pm: number) =>
                    pm < HOUSEHOLD_LINE_PERMILLE ? <Typography.Text type="danger" title={T.participation.below}>{formatPerMille(pm)}</Typography.Text> : <Typography.Text type="success">{formatPerMille(pm)}</Typography.Text>,
                },
              ]}
            />
          </Section>
          <Section title={T.lists.title}>
            <EChart option={options.lists} height={320} label={T.lists.title} />
            <Table
              {...small}
              rowKey={(c) => c}
              locale={{ emptyText: T.empty }}
              scroll={{ x: true }}
              dataSource={listsIn(stats)}
              columns={[
                { title: T.lists.list, render: (_, c) => list(c), fixed: 'left' },
                ...stats.months.map((m) => ({ title: T.monthLabel(m), key: m, align: 'right' as const, render: (_: unknown, c: ChecklistCode) => listPoints(stats, c, m) })),
                { title: T.lists.total, key: 'total', align: 'right', render: (_, c) => stats.months.reduce((n, m) => n + listPoints(stats, c, m), 0) },
              ]}
            />
          </Section>
          <Section title={T.topItems.title}>
            <EChart option={options.top} height={Math.max(120, stats.topItems.length * 28 + 40)} label={T.topItems.title} />
            <Table
              {...small}
              rowKey="itemName"
              locale={{ emptyText: T.empty }}
              dataSource={stats.topItems}
              columns={[
                { title: T.topItems.cols.item, dataIndex: 'itemName' },
                { title: T.topItems.cols.list, dataIndex: 'code', render: list },
                { title: T.topItems.cols.entries, dataIndex: 'entries', align: 'right' },
                { title: T.topItems.cols.points, dataIndex: 'points', align: 'right' },
              ]}
            />
          </Section>
          <Section title={T.categories.title}>
            <Table
              {...small}
              rowKey={(r) => `${r.code}-${r.category}`}
              locale={{ emptyText: T.empty }}
              dataSource={stats.categories}
              columns={[
                { title: T.categories.cols.list, dataIndex: 'code', render: list },
                { title: T.categories.cols.category, dataIndex: 'category' },
                { title: T.categories.cols.awarded, dataIndex: 'awarded', align: 'right' },
                { title: T.categories.cols.deducted, dataIndex: 'deducted', align: 'right' },
                { title: T.categories.cols.entries, dataIndex: 'entries', align: 'right' },
              ]}
            />
          </Section>
          <Section title={T.duties.title}>
            <Table
              {...small}
              rowKey={(r) => `${r.cadreName}-${r.post}`}
              locale={{ emptyText: T.empty }}
              dataSource={stats.duties}
              columns={[
                { title: T.duties.cols.cadre, dataIndex: 'cadreName' },
                { title: T.duties.cols.post, dataIndex: 'post' },
                { title: T.duties.cols.assigned, dataIndex: 'assigned', align: 'right' },
                { title: T.duties.cols.done, dataIndex: 'done', align: 'right' },
                { title: T.duties.cols.rate, dataIndex: 'perMille', align: 'right', render: formatPerMille },
                { title: T.duties.cols.points, dataIndex: 'points', align: 'right' },
              ]}
            />
          </Section>
          <Section title={T.operators.title}>
            <Table
              {...small}
              rowKey="operatorName"
              locale={{ emptyText: T.empty }}
              dataSource={stats.operators}
              columns={[
                { title: T.operators.cols.operator, dataIndex: 'operatorName' },
                { title: T.operators.cols.recorded, dataIndex: 'recorded', align: 'right' },
                { title: T.operators.cols.approved, dataIndex: 'approved', align: 'right' },
                { title: T.operators.cols.rejected, dataIndex: 'rejected', align: 'right' },
                { title: T.operators.cols.pending, dataIndex: 'pending', align: 'right' },
              ]}
            />
          </Section>
          <Section title={T.shop.title} extra={<Typography.Text>{T.shop.stock(stats.shop.stock.goods, stats.shop.stock.units, stats.shop.stock.points)}</Typography.Text>}>
            <EChart option={options.shop} label={T.shop.title} />
            <Table
              {...small}
              rowKey="month"
              dataSource={stats.shop.months}
              columns={[
                { title: T.shop.cols.month, dataIndex: 'month' },
                { title: T.shop.cols.redemptions, dataIndex: 'redemptions', align: 'right' },
                { title: T.shop.cols.households, dataIndex: 'households', align: 'right' },
                { title: T.shop.cols.points, dataIndex: 'points', align: 'right' },
                { title: T.shop.cols.donations, dataIndex: 'donations', align: 'right' },
                { title: T.shop.cols.donatedUnits, dataIndex: 'donatedUnits', align: 'right' },
                { title: T.shop.cols.donatedPoints, dataIndex: 'donatedPoints', align: 'right' },
              ]}
            />
            <Typography.Title level={5} style={{ marginTop: 16 }}>
              {T.shop.donors}
            </Typography.Title>
            <Table
              {...small}
              rowKey="donorName"
              locale={{ emptyText: T.shop.noDonors }}
              dataSource={stats.shop.donors}
              columns={[
                { title: T.shop.donorCols.name, dataIndex: 'donorName' },
                { title: T.shop.donorCols.donations, dataIndex: 'donations', align: 'right' },
                { title: T.shop.donorCols.units, dataIndex: 'units', align: 'right' },
                { title: T.shop.donorCols.points, dataIndex: 'points', align: 'right' },
              ]}
            />
          </Section>
          <Section title={T.pending.title}>
            <Table
              {...small}
              rowKey="month"
              locale={{ emptyText: T.pending.none }}
              dataSource={stats.pending}
              columns={[
                { title: T.pending.cols.month, dataIndex: 'month' },
                { title: T.pending.cols.entries, dataIndex: 'entries', align: 'right' },
                { title: T.pending.cols.points, dataIndex: 'points', align: 'right' },
              ]}
            />
          </Section>
        </>
      )}
    </div>
  );
}

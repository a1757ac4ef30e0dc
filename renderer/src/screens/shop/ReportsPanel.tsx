import { Button, Card, DatePicker, Space, Table, Tag } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { DONOR_LABELS, REPORTS, type DayReport, type DonationRow, type GoodsRow, type MovementRow } from '../../../../electron/core/contract/shop.js';
import { invoke } from '../../api/client.js';
import { downloadFile } from '../../api/files.js';
import { T } from './text.js';

const ymd = (d: Dayjs) => d.format('YYYY-MM-DD');

/** 日结, 商品进出, 库存清单, 捐赠登记 — each on screen and as .xlsx. */
export function ReportsPanel() {
  const [day, setDay] = useState<Dayjs>(dayjs());
  const [range, setRange] = useState<[Dayjs, Dayjs]>([dayjs().startOf('month'), dayjs()]);
  const [dayReport, setDayReport] = useState<DayReport | null>(null);
  const [movement, setMovement] = useState<MovementRow[]>([]);
  const [stock, setStock] = useState<GoodsRow[]>([]);
  const [donations, setDonations] = useState<DonationRow[]>([]);
  useEffect(() => void invoke('shop.report.day', { date: ymd(day) }).then(setDayReport), [day]);
  useEffect(() => {
    const p = { from: ymd(range[0]), to: ymd(range[1]) };
    void invoke('shop.report.movement', p).then(setMovement);
    void invoke('shop.report.donations', p).then(setDonations);
  }, [range]);
  useEffect(() => void invoke('shop.goods.list', { includeInactive: true }).then((g) => setStock(g.filter((x) => x.tracked))), []);

  const exportButton = (report: (typeof REPORTS)[number]) => (
    <Button onClick={() => void invoke('shop.report.export', { report, date: ymd(day), from: ymd(range[0]), to: ymd(range[1]) }).then(downloadFile)}>{T.reports.export}</Button>
  );
  const r = T.reports;
  return (
    <Space direction="vertical" style={{ width: '100%' }} size="middle">
      <Card title={r.day} extra={<Space><DatePicker aria-label={r.date} value={day} allowClear={false} onChange={(d) => d && setDay(d)} />{exportButton('day')}</Space>}>
        <Table
          rowKey="operatorId"
          size="small"
          pagination={false}
          dataSource={dayReport?.cashiers ?? []}
          columns={[
            { title: r.cashier, dataIndex: 'operatorName' },
            { title: r.count, dataIndex: 'count', align: 'right' },
            { title: r.points, dataIndex: 'points', align: 'right' },
            { title: r.voidedCount, dataIndex: 'voidedCount', align: 'right' },
            { title: r.voidedPoints, dataIndex: 'voidedPoints', align: 'right' },
          ]}
        />
      </Card>
      <Space>
        <span>{r.period}</span>
        <DatePicker.RangePicker value={range} allowClear={false} onChange={(v) => v?.[0] && v[1] && setRange([v[0], v[1]])} />
      </Space>
      <Card title={r.movement} extra={exportButton('movement')}>
        <Table
          rowKey="goodsId"
          size="small"
          pagination={false}
          dataSource={movement}
          columns={[
            { title: T.cols.name, dataIndex: 'name' },
            { title: T.cols.unit, dataIndex: 'unit' },
            { title: r.opening, dataIndex: 'opening', align: 'right' },
            { title: T.purchase, dataIndex: 'purchase', align: 'right' },
            { title: T.donation, dataIndex: 'donation', align: 'right' },
            { title: r.redemption, dataIndex: 'redemption', align: 'right' },
            { title: r.void, dataIndex: 'void', align: 'right' },
            { title: r.stocktake, dataIndex: 'stocktake', align: 'right' },
            { title: r.closing, dataIndex: 'closing', align: 'right' },
          ]}
        />
      </Card>
      <Card title={r.stock} extra={exportButton('stock')}>
        <Table
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={stock}
          columns={[
            { title: T.cols.category, dataIndex: 'category' },
            { title: T.cols.name, dataIndex: 'name' },
            { title: T.cols.stock, dataIndex: 'stock', align: 'right' },
            { title: T.cols.low, dataIndex: 'lowStock', align: 'right' },
            { title: T.cols.status, render: (_, g) => (g.low ? <Tag color="orange">{T.lowStock}</Tag> : null) },
          ]}
        />
      </Card>
      <Card title={r.donations} extra={exportButton('donations')}>
        <Table
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={donations}
          columns={[
            { title: r.date, dataIndex: 'date' },
            { title: r.donorKind, render: (_, d) => DONOR_LABELS[d.donorKind] },
            { title: r.donor, dataIndex: 'donorName' },
            { title: r.goods, dataIndex: 'goodsName' },
            { title: r.quantity, render: (_, d) => `${d.quantity}${d.unit}`, align: 'right' },
            { title: r.worth, dataIndex: 'points', align: 'right' },
          ]}
        />
      </Card>
    </Space>
  );
}

import { Alert, Descriptions, Drawer, Table, Tag, Typography } from 'antd';
import { percentText, type VillageDetail } from '../../../../electron/core/contract/township.js';
import { T } from './text.js';

export function VillageDrawer({ detail, onClose }: { detail: VillageDetail | null; onClose(): void }) {
  const D = T.detail;
  return (
    <Drawer open={!!detail} onClose={onClose} size={720} title={detail ? D.title(detail.summary.name) : ''}>
      {detail && (
        <>
          <Descriptions column={2} bordered size="small" style={{ marginBottom: 16 }}>
            <Descriptions.Item label={D.households}>{detail.summary.households}</Descriptions.Item>
            <Descriptions.Item label={T.cols.rate}>{percentText(detail.summary.participating, detail.summary.households)}</Descriptions.Item>
            <Descriptions.Item label={D.issued}>{detail.summary.issued}</Descriptions.Item>
            <Descriptions.Item label={D.redeemed}>{detail.summary.redeemed}</Descriptions.Item>
            <Descriptions.Item label={D.cadres}>{detail.summary.cadres}</Descriptions.Item>
            <Descriptions.Item label={D.period}>{detail.summary.period}</Descriptions.Item>
            <Descriptions.Item label={T.cols.packageDate}>{detail.summary.packageDate}</Descriptions.Item>
            <Descriptions.Item label={D.fingerprint} span={2}>
              <Typography.Text code>{detail.summary.fingerprint}</Typography.Text>
            </Descriptions.Item>
          </Descriptions>
          {detail.summary.rhythm.late.length > 0 && (
            <Alert type="error" showIcon style={{ marginBottom: 16 }} title={D.late} description={detail.summary.rhythm.late.join('；')} />
          )}
          <Typography.Title level={5}>{D.closures}</Typography.Title>
          <Table rowKey="month" size="small" pagination={false} dataSource={detail.closures} style={{ marginBottom: 16 }}
            columns={[
              { title: D.month, dataIndex: 'month' },
              { title: D.closedOn, dataIndex: 'closedOn' },
              { title: T.cols.state, key: 'onTime', render: (_v, c) => (c.onTime ? <Tag color="green">{T.onTime}</Tag> : <Tag color="red">{T.late}</Tag>) },
              { title: D.anchor, dataIndex: 'fingerprint', render: (v: string) => <Typography.Text code>{v}</Typography.Text> },
            ]} />
          <Typography.Title level={5}>{D.groups}</Typography.Title>
          <Table rowKey="name" size="small" pagination={false} dataSource={detail.groups} style={{ marginBottom: 16 }}
            columns={[
              { title: D.groups, dataIndex: 'name' },
              { title: D.households, dataIndex: 'households', align: 'right' },
              { title: D.participating, dataIndex: 'participating', align: 'right' },
              { title: T.cols.rate, key: 'rate', align: 'right', render: (_v, g) => percentText(g.participating, g.households) },
            ]} />
          <Typography.Title level={5}>{D.months}</Typography.Title>
          <Table rowKey="month" size="small" pagination={false} dataSource={detail.months} style={{ marginBottom: 16 }}
            columns={[
              { title: D.month, dataIndex: 'month' },
              { title: D.participating, dataIndex: 'participating', align: 'right' },
              { title: D.issued, dataIndex: 'issued', align: 'right' },
              { title: D.redeemed, dataIndex: 'redeemed', align: 'right' },
            ]} />
          <Typography.Title level={5}>{D.cadres}</Typography.Title>
          <Table rowKey={(r) => `${r.name}-${r.post}`} size="small" pagination={false} dataSource={detail.cadres} style={{ marginBottom: 16 }}
            columns={[
              { title: D.name, dataIndex: 'name' },
              { title: D.post, dataIndex: 'post' },
              { title: D.duty, key: 'duty', align: 'right', render: (_v, c) => `${c.dutyDone}/${c.dutyItems}` },
              { title: D.points, dataIndex: 'points', align: 'right' },
            ]} />
          <Typography.Title level={5}>{D.receipts}</Typography.Title>
          <Table rowKey="sequence" size="small" pagination={false} dataSource={detail.receipts}
            columns={[
              { title: D.sequence, dataIndex: 'sequence', width: 60 },
              { title: D.fileName, dataIndex: 'fileName' },
              { title: D.importedAt, dataIndex: 'importedAt', render: (v: string) => v.slice(0, 16).replace('T', ' ') },
            ]} />
        </>
      )}
    </Drawer>
  );
}

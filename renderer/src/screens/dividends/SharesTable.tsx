import { Table } from 'antd';
import { formatFen, type ExcludedRow, type ShareRow } from '../../../../electron/core/contract/dividend.js';
import { T } from './text.js';

/** The households and their shares; the 合计 row is the exact integer total. */
export function SharesTable({ rows, totalPoints }: { rows: ShareRow[]; totalPoints: number }) {
  const total = rows.reduce((n, r) => n + r.shareFen, 0);
  return (
    <Table<ShareRow>
      size="small"
      rowKey="householdId"
      dataSource={rows}
      pagination={{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: false }}
      columns={[
        { title: T.cols.number, dataIndex: 'number', width: 100 },
        { title: T.cols.head, dataIndex: 'headName' },
        { title: T.cols.group, dataIndex: 'groupName' },
        { title: T.cols.points, dataIndex: 'points', align: 'right', width: 100 },
        { title: T.cols.share, dataIndex: 'shareFen', align: 'right', width: 160, render: (fen: number) => formatFen(fen) },
      ]}
      summary={() => (
        <Table.Summary.Row>
          <Table.Summary.Cell index={0} colSpan={3}>
            <strong>{T.cols.total}</strong>
          </Table.Summary.Cell>
          <Table.Summary.Cell index={3} align="right">
            <strong>{totalPoints}</strong>
          </Table.Summary.Cell>
          <Table.Summary.Cell index={4} align="right">
            <strong>{formatFen(total)}</strong>
          </Table.Summary.Cell>
        </Table.Summary.Row>
      )}
    />
  );
}

export function ExcludedTable({ rows }: { rows: ExcludedRow[] }) {
  return (
    <Table<ExcludedRow>
      size="small"
      rowKey="householdId"
      dataSource={rows}
      pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
      columns={[
        { title: T.cols.number, dataIndex: 'number', width: 100 },
        { title: T.cols.head, dataIndex: 'headName' },
        { title: T.cols.group, dataIndex: 'groupName' },
        { title: T.cols.points, dataIndex: 'points', align: 'right', width: 100 },
        { title: T.cols.reason, dataIndex: 'reason' },
      ]}
    />
  );
}

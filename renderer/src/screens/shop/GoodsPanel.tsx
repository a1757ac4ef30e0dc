import { Button, Checkbox, Space, Table, Tag } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import type { GoodsRow } from '../../../../electron/core/contract/shop.js';
import { invoke } from '../../api/client.js';
import { GoodsForm } from './GoodsForm.js';
import { StockInForm, StocktakeForm } from './StockForms.js';
import { T } from './text.js';

type Dialog = { kind: 'edit'; goods: GoodsRow | null } | { kind: 'in' | 'take'; goods: GoodsRow } | null;

export function GoodsPanel({ manage }: { manage: boolean }) {
  const [rows, setRows] = useState<GoodsRow[]>([]);
  const [inactive, setInactive] = useState(false);
  const [dialog, setDialog] = useState<Dialog>(null);
  const load = useCallback(() => void invoke('shop.goods.list', { includeInactive: inactive }).then(setRows), [inactive]);
  useEffect(load, [load]);
  const done = () => {
    setDialog(null);
    load();
  };
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Space>
        {manage && (
          <Button type="primary" onClick={() => setDialog({ kind: 'edit', goods: null })}>
            {T.add}
          </Button>
        )}
        <Checkbox checked={inactive} onChange={(e) => setInactive(e.target.checked)}>
          {T.showInactive}
        </Checkbox>
      </Space>
      <Table<GoodsRow>
        rowKey="id"
        size="small"
        dataSource={rows}
        pagination={false}
        columns={[
          { title: T.cols.category, dataIndex: 'category' },
          { title: T.cols.name, dataIndex: 'name' },
          { title: T.cols.unit, dataIndex: 'unit' },
          { title: T.cols.price, dataIndex: 'price', align: 'right' },
          { title: T.cols.barcode, dataIndex: 'barcode' },
          { title: T.cols.stock, align: 'right', render: (_, g) => (g.tracked ? g.stock : T.service) },
          { title: T.cols.low, dataIndex: 'lowStock', align: 'right' },
          {
            title: T.cols.status,
            render: (_, g) => (
              <Space size={4}>
                {g.low && <Tag color="orange">{T.lowStock}</Tag>}
                {!g.active && <Tag>{T.inactive}</Tag>}
              </Space>
            ),
          },
          ...(manage
            ? [
                {
                  title: T.cols.actions,
                  render: (_: unknown, g: GoodsRow) => (
                    <Space size={0}>
                      <Button type="link" size="small" onClick={() => setDialog({ kind: 'edit', goods: g })}>{T.edit}</Button>
                      <Button type="link" size="small" disabled={!g.tracked} onClick={() => setDialog({ kind: 'in', goods: g })}>{T.stockIn}</Button>
                      <Button type="link" size="small" disabled={!g.tracked} onClick={() => setDialog({ kind: 'take', goods: g })}>{T.stocktake}</Button>
                    </Space>
                  ),
                },
              ]
            : []),
        ]}
      />
      {dialog?.kind === 'edit' && <GoodsForm goods={dialog.goods} onDone={done} onCancel={() => setDialog(null)} />}
      {dialog?.kind === 'in' && <StockInForm goods={dialog.goods} onDone={done} onCancel={() => setDialog(null)} />}
      {dialog?.kind === 'take' && <StocktakeForm goods={dialog.goods} onDone={done} onCancel={() => setDialog(null)} />}
    </Space>
  );
}

import { Alert, App, Button, Card, Modal, Space, Table, Tabs, Typography } from 'antd';
import type { ReactNode } from 'react';
import { formatFen, itemLines, TIE_RULE, type DividendDetail, type DividendSummary } from '../../../../electron/core/contract/dividend.js';
import { useCan } from '../../app/session.js';
import { PdfPreview } from '../publications/PdfPreview.js';
import { DividendForm } from './DividendForm.js';
import { ExcludedTable, SharesTable } from './SharesTable.js';
import { T } from './text.js';
import { useDividends } from './useDividends.js';

const period = (d: { fromMonth: string; toMonth: string }) => (d.fromMonth === d.toMonth ? d.fromMonth : `${d.fromMonth} 至 ${d.toMonth}`);

/** 按积分分红: prepare, preview, record once, print the signing sheet; and the record of earlier distributions. */
export function DividendsScreen() {
  const s = useDividends();
  const { modal } = App.useApp();
  const canRecord = useCan(['admin']);
  const canPreview = useCan(['admin', 'clerk']);
  const p = s.preview?.result;

  const sheetButtons = (d: DividendSummary) => (
    <Space>
      <Button type="primary" loading={s.pdf.busy === `pdf-${d.id}`} onClick={() => s.printSheet(d.id)}>
        {T.sheet.pdf}
      </Button>
      <Button onClick={() => s.exportSheet(d.id)}>{T.sheet.xlsx}</Button>
    </Space>
  );

  const create = (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <DividendForm busy={s.busy} onPreview={s.makePreview} />
      {p && (
        <Card title={`${p.title}（${period(p)}）`}>
          <Space orientation="vertical" style={{ width: '100%' }}>
            <Alert type="info" title={T.preview.summary(p.shares.length, p.totalPoints, formatFen(p.amountFen))} description={[...itemLines(p.items), TIE_RULE].map((line) => <div key={line}>{line}</div>)} />
            {p.pendingEntries > 0 && <Alert type="warning" showIcon title={T.preview.pending(p.pendingEntries)} />}
            {p.openMonths.length > 0 && <Alert type="warning" showIcon title={T.preview.openMonths(p.openMonths)} />}
            <SharesTable rows={p.shares} totalPoints={p.totalPoints} />
            {p.excluded.length > 0 && (
              <>
                <Typography.Title level={5}>{T.preview.excludedTitle(p.excluded.length)}</Typography.Title>
                <ExcludedTable rows={p.excluded} />
              </>
            )}
            {canRecord && (
              <Button
                type="primary"
                danger
                loading={s.busy}
                onClick={() => modal.confirm({ title: T.preview.confirmTitle, content: T.preview.confirmBody, okText: T.preview.confirm, onOk: s.record })}
              >
                {T.preview.confirm}
              </Button>
            )}
          </Space>
        </Card>
      )}
    </Space>
  );

  const history = (
    <Table<DividendSummary>
      rowKey="id"
      dataSource={s.history}
      locale={{ emptyText: T.history.empty }}
      pagination={false}
      columns={[
        { title: T.history.cols.id, dataIndex: 'id', width: 70 },
        { title: T.history.cols.title, dataIndex: 'title' },
        { title: T.history.cols.period, render: (_, d) => period(d) },
        { title: T.history.cols.amount, dataIndex: 'amountFen', align: 'right', render: (fen: number) => formatFen(fen) },
        { title: T.history.cols.households, dataIndex: 'households', align: 'right' },
        { title: T.history.cols.operator, dataIndex: 'operatorName' },
        { title: T.history.cols.at, dataIndex: 'createdAt', render: (t: string) => t.slice(0, 16).replace('T', ' ') },
        {
          title: T.history.cols.actions,
          render: (_, d) => (
            <Space>
              <Button type="link" onClick={() => s.open(d.id)}>
                {T.history.view}
              </Button>
              {sheetButtons(d)}
            </Space>
          ),
        },
      ]}
    />
  );

  return (
    <div>
      <Typography.Title level={3}>{T.title}</Typography.Title>
      <Tabs
        items={[
          ...(canPreview ? [{ key: 'create', label: T.tabs.create, children: create }] : []),
          { key: 'history', label: T.tabs.history, children: history },
        ]}
      />
      {s.detail && <DetailModal detail={s.detail} onClose={s.closeDetail} actions={sheetButtons(s.detail)} />}
      <PdfPreview result={s.pdf.result} onClose={s.pdf.close} />
    </div>
  );
}

function DetailModal({ detail, onClose, actions }: { detail: DividendDetail; onClose(): void; actions: ReactNode }) {
  return (
    <Modal open width={900} title={T.detailTitle(detail.id, detail.title)} onCancel={onClose} footer={actions}>
      <Alert style={{ marginBottom: 12 }} type="success" title={T.preview.summary(detail.households, detail.totalPoints, formatFen(detail.amountFen))} description={[`${period(detail)} · ${detail.operatorName} · ${detail.createdAt.slice(0, 16).replace('T', ' ')}`, ...itemLines(detail.items)].map((line) => <div key={line}>{line}</div>)} />
      <SharesTable rows={detail.shares} totalPoints={detail.totalPoints} />
      {detail.excluded.length > 0 && (
        <>
          <Typography.Title level={5}>{T.preview.excludedTitle(detail.excluded.length)}</Typography.Title>
          <ExcludedTable rows={detail.excluded} />
        </>
      )}
    </Modal>
  );
}

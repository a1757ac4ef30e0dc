import { Alert, Button, Card, Col, Descriptions, Input, InputNumber, Radio, Row, Select, Space, Statistic, Table, Tag, Typography, type InputRef } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { HANDOVER_LABELS, RECEIPT_PAPERS, RECEIPT_PAPER_LABELS, type ReceiptPaper } from '../../../../electron/core/contract/shop.js';
import { invoke } from '../../api/client.js';
import { PdfPreview } from '../publications/PdfPreview.js';
import { usePdfAction } from '../publications/usePdfAction.js';
import { T } from './text.js';
import { useCashier, type CartLine } from './useCashier.js';

const HANDOVER_CHOICES = ['collected', 'waiting', 'delivery'] as const;

/**
 * Keyboard-first: a card scan (户号 + Enter) opens the cart and moves to the
 * goods field; each goods scan adds a line; Enter on the empty goods field
 * confirms. Three goods after the card: scan, scan, scan, Enter.
 */
export function Counter({ paper, setPaper }: { paper: ReceiptPaper; setPaper(p: ReceiptPaper): void }) {
  const c = useCashier();
  const pdf = usePdfAction();
  const [hq, setHq] = useState('');
  const [gq, setGq] = useState('');
  const householdInput = useRef<InputRef>(null);
  const goodsInput = useRef<InputRef>(null);

  // Focus always ends in a field a scanner can type into: after a card, after a receipt, after the preview closes.
  useEffect(() => {
    if (!pdf.result) (c.household ? goodsInput : householdInput).current?.focus();
  }, [c.household, c.receipt, pdf.result]);
  const printReceipt = () => {
    const r = c.receipt;
    if (r) void pdf.run('receipt', () => invoke('shop.receipt.pdf', { id: r.id, paper }));
  };
  const next = () => {
    c.next();
    setHq('');
    householdInput.current?.focus();
  };

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'F2') {
        e.preventDefault();
        householdInput.current?.focus();
      } else if (e.key === 'F4') {
        e.preventDefault();
        goodsInput.current?.focus();
      } else if (e.key === 'F9' && c.receipt && !pdf.result) {
        e.preventDefault();
        printReceipt();
      } else if (e.key === 'Escape' && !pdf.result) {
        next();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [c, pdf.result]);

  const onHousehold = async () => {
    if (await c.findHousehold(hq)) setHq('');
  };
  const onGoods = () => {
    if (gq.trim() === '') void c.confirm();
    else {
      c.scanGoods(gq);
      setGq('');
    }
  };
  const after = c.household ? c.household.available - c.total : 0;

  return (
    <Row gutter={16}>
      <Col span={16}>
        <Space direction="vertical" style={{ width: '100%' }} size="middle">
          <Input
            ref={householdInput}
            size="large"
            aria-label={T.householdLabel}
            addonBefore={T.householdLabel}
            placeholder={T.householdPlaceholder}
            value={hq}
            onChange={(e) => setHq(e.target.value)}
            onPressEnter={() => void onHousehold()}
          />
          {c.candidates.length > 0 && (
            <Space wrap>
              <span>{T.pickHousehold}</span>
              {c.candidates.map((h) => (
                <Button key={h.id} onClick={() => c.open(h)}>
                  {h.number} {h.name}（{h.groupName}）
                </Button>
              ))}
            </Space>
          )}
          <Input
            ref={goodsInput}
            size="large"
            aria-label={T.goodsLabel}
            addonBefore={T.goodsLabel}
            placeholder={T.goodsPlaceholder}
            disabled={!c.household}
            value={gq}
            onChange={(e) => setGq(e.target.value)}
            onPressEnter={onGoods}
          />
          {c.goodsChoices.length > 0 && (
            <Space wrap>
              <span>{T.pickGoods}</span>
              {c.goodsChoices.map((g) => (
                <Button key={g.id} onClick={() => c.add(g)}>
                  {g.name}（{g.price} 分）
                </Button>
              ))}
            </Space>
          )}
          {c.error && <Alert type="error" showIcon title={c.error} />}
          {c.receipt && (
            <Alert
              type="success"
              showIcon
              title={T.done(c.receipt.number, c.receipt.availableAfter)}
              action={
                <Button type="primary" loading={pdf.busy !== null} onClick={printReceipt}>
                  {T.print}
                </Button>
              }
            />
          )}
          <Table<CartLine>
            rowKey={(l) => l.goods.id}
            size="middle"
            pagination={false}
            dataSource={c.lines}
            locale={{ emptyText: T.empty }}
            columns={[
              { title: T.cols.name, render: (_, l) => l.goods.name },
              { title: T.cols.price, align: 'right', render: (_, l) => l.goods.price },
              {
                title: T.cols.quantity,
                render: (_, l) => (
                  <InputNumber
                    aria-label={`${l.goods.name}${T.cols.quantity}`}
                    min={1}
                    max={l.goods.stock ?? 999}
                    precision={0}
                    value={l.quantity}
                    onChange={(v) => typeof v === 'number' && c.setQuantity(l.goods.id, v)}
                    addonAfter={l.goods.unit}
                  />
                ),
              },
              { title: T.cols.amount, align: 'right', render: (_, l) => l.goods.price * l.quantity },
              { title: T.cols.stock, align: 'right', render: (_, l) => l.goods.stock ?? '—' },
              { title: T.cols.actions, render: (_, l) => <Button type="link" onClick={() => c.remove(l.goods.id)}>{T.remove}</Button> },
            ]}
          />
        </Space>
      </Col>
      <Col span={8}>
        <Space direction="vertical" style={{ width: '100%' }} size="middle">
          <Card>
            {c.household ? (
              <>
                <Typography.Title level={3} style={{ marginTop: 0 }}>
                  {c.household.name}
                </Typography.Title>
                <Descriptions column={1} size="small" items={[
                  { key: 'n', label: T.number, children: c.household.number },
                  { key: 'g', label: T.group, children: c.household.groupName },
                  { key: 'p', label: T.pending, children: c.household.pending > 0 ? <Tag>{c.household.pending}（{T.pendingHelp}）</Tag> : 0 },
                ]} />
                <Row gutter={8} style={{ marginTop: 12 }}>
                  <Col span={8}><Statistic title={T.available} value={c.household.available} /></Col>
                  <Col span={8}><Statistic title={T.total} value={c.total} /></Col>
                  <Col span={8}><Statistic title={T.after} value={after} valueStyle={after < 0 ? { color: '#cf1322' } : undefined} /></Col>
                </Row>
                {after < 0 && <Alert type="warning" title={T.short(-after)} style={{ marginTop: 8 }} />}
              </>
            ) : (
              <Typography.Text type="secondary">{T.householdPlaceholder}</Typography.Text>
            )}
          </Card>
          <Input
            aria-label={T.collector}
            addonBefore={T.collector}
            placeholder={T.collectorPlaceholder}
            disabled={!c.household}
            value={c.collector}
            maxLength={20}
            onChange={(e) => c.setCollector(e.target.value)}
          />
          <Radio.Group
            aria-label={T.handover}
            disabled={!c.household}
            value={c.handover}
            onChange={(e) => c.setHandover(e.target.value as typeof c.handover)}
            optionType="button"
            options={HANDOVER_CHOICES.map((value) => ({ value, label: HANDOVER_LABELS[value] }))}
          />
          <Space>
            <Button type="primary" size="large" disabled={!c.household || c.lines.length === 0} loading={c.busy} onClick={() => void c.confirm()}>
              {T.confirm}
            </Button>
            <Button size="large" onClick={next}>
              {T.next}
            </Button>
          </Space>
          <Space>
            <span>{T.paper}</span>
            <Select<ReceiptPaper>
              aria-label={T.paper}
              style={{ width: 160 }}
              value={paper}
              onChange={setPaper}
              options={RECEIPT_PAPERS.map((p) => ({ value: p, label: RECEIPT_PAPER_LABELS[p] }))}
            />
          </Space>
          <Typography.Text type="secondary">{T.shortcuts}</Typography.Text>
        </Space>
      </Col>
      <PdfPreview result={pdf.result} onClose={pdf.close} printAs="receipt" />
    </Row>
  );
}

import { DatePicker, Form, Input, InputNumber, Modal, Radio, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { DONOR_KINDS, DONOR_LABELS, type DonorKind, type GoodsRow } from '../../../../electron/core/contract/shop.js';
import { invoke } from '../../api/client.js';
import { T } from './text.js';
import { useSave } from './useSave.js';

interface Props {
  goods: GoodsRow;
  onDone(): void;
  onCancel(): void;
}

const ymd = (d: Dayjs) => d.format('YYYY-MM-DD');

/** 采购 or 捐赠 入库; a donation needs its donor, who is thanked publicly. */
export function StockInForm({ goods, onDone, onCancel }: Props) {
  const [form] = Form.useForm<{ kind: 'purchase' | 'donation'; quantity: number; date: Dayjs; donorKind: DonorKind | null; donorName: string; note: string }>();
  const kind = Form.useWatch('kind', form);
  const { busy, save } = useSave(onDone);
  const submit = async () => {
    const v = await form.validateFields();
    await save(() => invoke('shop.stock.in', { goodsId: goods.id, kind: v.kind, quantity: v.quantity, date: ymd(v.date), donorKind: v.kind === 'donation' ? v.donorKind : null, donorName: v.donorName ?? '', note: v.note ?? '' }));
  };
  return (
    <Modal open title={T.stockInTitle(goods.name)} onOk={() => void submit()} onCancel={onCancel} confirmLoading={busy} okText="保存">
      <Form form={form} layout="vertical" initialValues={{ kind: 'purchase', quantity: 1, date: dayjs(), donorKind: 'enterprise', donorName: '', note: '' }}>
        <Form.Item name="kind" label={T.kind}>
          <Radio.Group options={[{ value: 'purchase', label: T.purchase }, { value: 'donation', label: T.donation }]} />
        </Form.Item>
        <Form.Item name="quantity" label={`${T.quantity}（${goods.unit}）`} rules={[{ required: true, message: T.required(T.quantity) }]}>
          <InputNumber min={1} max={100000} precision={0} autoFocus />
        </Form.Item>
        <Form.Item name="date" label={T.date}>
          <DatePicker allowClear={false} />
        </Form.Item>
        {kind === 'donation' && (
          <>
            <Form.Item name="donorKind" label={T.donorKind}>
              <Select options={DONOR_KINDS.map((k) => ({ value: k, label: DONOR_LABELS[k] }))} />
            </Form.Item>
            <Form.Item name="donorName" label={T.donorName} rules={[{ required: true, whitespace: true, message: T.required(T.donorName) }]}>
              <Input maxLength={60} />
            </Form.Item>
          </>
        )}
        <Form.Item name="note" label={T.note}>
          <Input maxLength={200} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** 盘点: the counted number and why it differs; the difference becomes one move. */
export function StocktakeForm({ goods, onDone, onCancel }: Props) {
  const [form] = Form.useForm<{ counted: number; reason: string; date: Dayjs }>();
  const { busy, save } = useSave(onDone);
  const submit = async () => {
    const v = await form.validateFields();
    await save(() => invoke('shop.stock.take', { goodsId: goods.id, counted: v.counted, reason: v.reason, date: ymd(v.date) }));
  };
  return (
    <Modal open title={T.stocktakeTitle(goods.name)} onOk={() => void submit()} onCancel={onCancel} confirmLoading={busy} okText="保存">
      <p>{T.bookStock(goods.stock ?? 0, goods.unit)}</p>
      <Form form={form} layout="vertical" initialValues={{ counted: goods.stock ?? 0, reason: '', date: dayjs() }}>
        <Form.Item name="counted" label={`${T.counted}（${goods.unit}）`} rules={[{ required: true, message: T.required(T.counted) }]}>
          <InputNumber min={0} max={1000000} precision={0} autoFocus />
        </Form.Item>
        <Form.Item name="reason" label={T.reason} rules={[{ required: true, whitespace: true, message: T.required(T.reason) }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="date" label={T.date}>
          <DatePicker allowClear={false} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

import { AutoComplete, Checkbox, Form, Input, InputNumber, Modal } from 'antd';
import { GOODS_CATEGORIES, type GoodsRow } from '../../../../electron/core/contract/shop.js';
import { invoke } from '../../api/client.js';
import { T } from './text.js';
import { useSave } from './useSave.js';

interface Values {
  name: string;
  category: string;
  unit: string;
  price: number;
  barcode: string;
  tracked: boolean;
  lowStock: number;
  active: boolean;
}

export function GoodsForm({ goods, onDone, onCancel }: { goods: GoodsRow | null; onDone(): void; onCancel(): void }) {
  const [form] = Form.useForm<Values>();
  const { busy, save } = useSave(onDone);
  const initial: Values = goods
    ? { ...goods, barcode: goods.barcode ?? '' }
    : { name: '', category: GOODS_CATEGORIES[0], unit: '个', price: 10, barcode: '', tracked: true, lowStock: 5, active: true };
  const submit = async () => {
    const v = await form.validateFields();
    await save(() => invoke('shop.goods.save', { ...v, ...(goods ? { id: goods.id } : {}) }));
  };
  const req = (l: string) => [{ required: true, message: T.required(l) }];
  return (
    <Modal open title={goods ? T.form.titleEdit(goods.name) : T.form.titleNew} onOk={() => void submit()} onCancel={onCancel} confirmLoading={busy} okText="保存">
      <Form form={form} layout="vertical" initialValues={initial}>
        <Form.Item name="name" label={T.form.name} rules={req(T.form.name)}>
          <Input maxLength={40} autoFocus />
        </Form.Item>
        <Form.Item name="category" label={T.form.category} rules={req(T.form.category)}>
          <AutoComplete options={GOODS_CATEGORIES.map((c) => ({ value: c }))} />
        </Form.Item>
        <Form.Item name="unit" label={T.form.unit} rules={req(T.form.unit)}>
          <Input maxLength={10} />
        </Form.Item>
        <Form.Item name="price" label={T.form.price} extra={T.form.priceHelp} rules={req(T.form.price)}>
          <InputNumber min={1} max={100000} precision={0} />
        </Form.Item>
        <Form.Item name="barcode" label={T.form.barcode}>
          <Input maxLength={40} />
        </Form.Item>
        <Form.Item name="tracked" valuePropName="checked" extra={T.form.trackedHelp}>
          <Checkbox>{T.form.tracked}</Checkbox>
        </Form.Item>
        <Form.Item name="lowStock" label={T.form.lowStock}>
          <InputNumber min={0} max={100000} precision={0} />
        </Form.Item>
        <Form.Item name="active" valuePropName="checked">
          <Checkbox>{T.form.active}</Checkbox>
        </Form.Item>
      </Form>
    </Modal>
  );
}

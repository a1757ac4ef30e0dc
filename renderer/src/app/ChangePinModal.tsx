import { App, Form, Input, Modal } from 'antd';
import { invoke } from '../api/client.js';
import { T } from './text.js';

const PIN_RULE = { pattern: /^\d{4,8}$/, message: T.pin.rule };

/** Any operator changes their own PIN, knowing the old one. */
export function ChangePinModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<{ oldPin: string; newPin: string; again: string }>();
  const save = async (v: { oldPin: string; newPin: string }) => {
    try {
      await invoke('operators.changeOwnPin', { oldPin: v.oldPin, newPin: v.newPin });
      message.success(T.pin.saved);
      form.resetFields();
      onClose();
    } catch (e) {
      message.error((e as Error).message);
    }
  };
  return (
    <Modal open={open} title={T.pin.title} okText={T.pin.ok} onOk={() => form.submit()} onCancel={onClose} destroyOnHidden>
      <Form form={form} layout="vertical" onFinish={save}>
        <Form.Item name="oldPin" label={T.pin.old} rules={[{ required: true, message: T.pin.rule }]}>
          <Input.Password inputMode="numeric" maxLength={8} autoFocus />
        </Form.Item>
        <Form.Item name="newPin" label={T.pin.new} rules={[{ required: true, message: T.pin.rule }, PIN_RULE]}>
          <Input.Password inputMode="numeric" maxLength={8} />
        </Form.Item>
        <Form.Item
          name="again"
          label={T.pin.again}
          dependencies={['newPin']}
          rules={[
            { required: true, message: T.pin.rule },
            ({ getFieldValue }) => ({ validator: (_, v) => (v === getFieldValue('newPin') ? Promise.resolve() : Promise.reject(new Error(T.pin.mismatch))) }),
          ]}
        >
          <Input.Password inputMode="numeric" maxLength={8} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

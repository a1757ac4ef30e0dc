import { App, Button, Checkbox, Form } from 'antd';
import { useEffect } from 'react';
import type { ShopSettings } from '../../../../electron/core/contract/shop.js';
import { invoke } from '../../api/client.js';
import { T } from './text.js';

export function SettingsPanel() {
  const { message } = App.useApp();
  const [form] = Form.useForm<ShopSettings>();
  useEffect(() => {
    invoke('shop.settings.get', {}).then((s) => form.setFieldsValue(s), (e: Error) => message.error(e.message));
  }, [form, message]);
  const save = async () => {
    try {
      form.setFieldsValue(await invoke('shop.settings.save', form.getFieldsValue()));
      message.success(T.saved);
    } catch (e) {
      message.error((e as Error).message);
    }
  };
  return (
    <Form form={form} layout="vertical" style={{ maxWidth: 520 }}>
      <Form.Item name="maskNamesOnScreen" valuePropName="checked">
        <Checkbox>{T.settings.maskScreen}</Checkbox>
      </Form.Item>
      <Form.Item name="maskNamesOnReceipt" valuePropName="checked">
        <Checkbox>{T.settings.maskReceipt}</Checkbox>
      </Form.Item>
      <Button type="primary" onClick={() => void save()}>
        {T.settings.save}
      </Button>
    </Form>
  );
}

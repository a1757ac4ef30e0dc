import { SettingOutlined } from '@ant-design/icons';
import { App, Button, Form, Modal, Select, Typography } from 'antd';
import { useState } from 'react';
import { PAPER_SIZES, type Prefs } from '../../../electron/core/contract/prefs.js';
import { invoke } from '../api/client.js';
import { T } from './text.js';

type Choice = Pick<Prefs, 'printer' | 'paperSize' | 'receiptPrinter'>;

/**
 * This PC's printer, paper and receipt printer (`prefs.*`). Desktop only: the
 * browser build prints through the browser's own dialog, which chooses for itself.
 */
export function PrintSettingsButton() {
  const { message } = App.useApp();
  const [initial, setInitial] = useState<Choice | null>(null);
  const [printers, setPrinters] = useState<{ name: string; displayName: string }[]>([]);
  const [form] = Form.useForm<Choice>();
  const bridge = window.cunji;
  if (!bridge) return null;
  const show = async () => {
    const [prefs, list] = await Promise.all([invoke('prefs.get', {}), bridge.printers()]).catch((e: Error) => {
      message.error(e.message);
      return [null, []] as const;
    });
    if (!prefs) return;
    setPrinters(list);
    setInitial({ printer: prefs.printer, paperSize: prefs.paperSize, receiptPrinter: prefs.receiptPrinter });
  };
  const save = async () => {
    try {
      await invoke('prefs.set', form.getFieldsValue());
      message.success(T.settings.saved);
      setInitial(null);
    } catch (e) {
      message.error((e as Error).message);
    }
  };
  const options = (none: string) => [{ value: '', label: none }, ...printers.map((p) => ({ value: p.name, label: p.displayName }))];
  return (
    <>
      <Button icon={<SettingOutlined />} onClick={() => void show()}>
        {T.settings.open}
      </Button>
      <Modal open={initial !== null} title={T.settings.title} onCancel={() => setInitial(null)} onOk={() => void save()} destroyOnHidden>
        <Typography.Paragraph type="secondary">{T.settings.help}</Typography.Paragraph>
        <Form form={form} layout="vertical" initialValues={initial ?? undefined}>
          <Form.Item name="printer" label={T.settings.printer}>
            <Select options={options(T.settings.systemDefault)} />
          </Form.Item>
          <Form.Item name="paperSize" label={T.settings.paper}>
            <Select options={PAPER_SIZES.map((p) => ({ value: p, label: p }))} />
          </Form.Item>
          <Form.Item name="receiptPrinter" label={T.settings.receiptPrinter} extra={T.settings.receiptHelp}>
            <Select options={options(T.settings.askEachTime)} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}

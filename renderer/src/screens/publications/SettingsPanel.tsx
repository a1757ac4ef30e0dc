import { App, Button, Form, Input, InputNumber, Radio, Switch, Typography } from 'antd';
import { useEffect } from 'react';
import { BLACK_BOARD_MODE_LABELS, BLACK_BOARD_MODES, type PublicationSettings } from '../../../../electron/core/contract/publications.js';
import { invoke } from '../../api/client.js';
import { T } from './text.js';

const S = T.settings;

export function SettingsPanel({ settings, onSaved }: { settings: PublicationSettings; onSaved(s: PublicationSettings): void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<PublicationSettings>();
  useEffect(() => form.setFieldsValue(settings), [form, settings]);
  const enabled = Form.useWatch('blackBoardEnabled', form);
  const save = async (v: PublicationSettings) => {
    try {
      onSaved(await invoke('publications.saveSettings', v));
      message.success(S.saved);
    } catch (e) {
      message.error((e as Error).message);
    }
  };
  return (
    <Form form={form} layout="vertical" style={{ maxWidth: 560 }} onFinish={save}>
      <Form.Item name="objectionPlace" label={S.objectionPlace} rules={[{ required: true, message: S.objectionPlace }]}>
        <Input maxLength={60} />
      </Form.Item>
      <Form.Item name="publicityDays" label={S.publicityDays} rules={[{ required: true }]}>
        <InputNumber min={3} max={30} precision={0} />
      </Form.Item>
      <Form.Item name="maskNamesOnBoards" label={S.maskNames} valuePropName="checked">
        <Switch />
      </Form.Item>
      <Form.Item name="blackBoardEnabled" label={S.blackBoard} valuePropName="checked" extra={<Typography.Text type="secondary">{S.blackBoardHelp}</Typography.Text>}>
        <Switch />
      </Form.Item>
      {enabled && (
        <Form.Item name="blackBoardMode" label={S.blackBoardMode}>
          <Radio.Group options={BLACK_BOARD_MODES.map((m) => ({ value: m, label: BLACK_BOARD_MODE_LABELS[m] }))} />
        </Form.Item>
      )}
      <Button type="primary" htmlType="submit">
        {S.save}
      </Button>
    </Form>
  );
}

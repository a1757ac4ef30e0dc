import { App, Button, Card, Form, Input, Radio, Typography } from 'antd';
import { useState } from 'react';
import { invoke } from '../../api/client.js';
import { useSession } from '../../app/session.js';
import { T } from './text.js';

interface SetupForm {
  installation: 'village' | 'township';
  villageName: string;
  township: string;
  county: string;
  groups: string;
  adminName: string;
  pin: string;
  pin2: string;
}

export function SetupScreen() {
  const { setStatus } = useSession();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const [form] = Form.useForm<SetupForm>();
  const installation = Form.useWatch('installation', form);

  const submit = async (v: SetupForm) => {
    setBusy(true);
    try {
      const status = await invoke('setup.complete', {
        installation: v.installation,
        // a township installation is named after its township; it has no 村名 of its own
        villageName: v.installation === 'township' ? v.township : v.villageName,
        township: v.township,
        county: v.county,
        groups: (v.groups ?? '').split(/\r?\n/).map((g) => g.trim()).filter(Boolean),
        admin: { name: v.adminName, pin: v.pin },
      });
      setStatus(status);
    } catch (e) {
      message.error((e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  const req = [{ required: true, message: T.required }];
  return (
    <div style={{ display: 'flex', justifyContent: 'center', padding: 32, background: '#f5f5f5', minHeight: '100vh' }}>
      <Card style={{ width: 560 }}>
        <Typography.Title level={3}>{installation === 'township' ? T.townshipTitle : T.title}</Typography.Title>
        <Typography.Paragraph type="secondary">{T.intro}</Typography.Paragraph>
        <Form form={form} layout="vertical" onFinish={submit} initialValues={{ installation: 'village', groups: '' }}>
          <Form.Item name="installation" label={T.installation}>
            <Radio.Group>
              <Radio value="village">{T.village}</Radio>
              <Radio value="township">{T.townshipInstall}</Radio>
            </Radio.Group>
          </Form.Item>
          {installation !== 'township' && (
            <Form.Item name="villageName" label={T.villageName} rules={req}>
              <Input placeholder={T.villageNamePh} />
            </Form.Item>
          )}
          <Form.Item name="township" label={T.township} rules={req}>
            <Input placeholder={T.townshipPh} />
          </Form.Item>
          <Form.Item name="county" label={T.county} rules={req}>
            <Input placeholder={T.countyPh} />
          </Form.Item>
          {installation !== 'township' && (
            <Form.Item name="groups" label={T.groups} extra={T.groupsHelp} rules={req}>
              <Input.TextArea rows={4} />
            </Form.Item>
          )}
          <Form.Item name="adminName" label={T.adminName} rules={req}>
            <Input />
          </Form.Item>
          <Form.Item name="pin" label={T.pin} extra={T.pinHelp} rules={[...req, { pattern: /^\d{4,8}$/, message: T.pinHelp }]}>
            <Input.Password inputMode="numeric" />
          </Form.Item>
          <Form.Item
            name="pin2"
            label={T.pinAgain}
            dependencies={['pin']}
            rules={[...req, ({ getFieldValue }) => ({ validator: (_, v) => (v === getFieldValue('pin') ? Promise.resolve() : Promise.reject(new Error(T.pinMismatch))) })]}
          >
            <Input.Password inputMode="numeric" />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={busy} block size="large">
            {T.submit}
          </Button>
        </Form>
      </Card>
    </div>
  );
}

import { Alert, App, Button, Card, Form, Input, Select, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { invoke } from '../../api/client.js';
import { howLeft, lockedOperator, rememberLeft, rememberLock } from '../../app/lock.js';
import { useSession } from '../../app/session.js';
import { T } from './text.js';

export function LoginScreen() {
  const { status, setStatus } = useSession();
  const { message } = App.useApp();
  const [operators, setOperators] = useState<{ id: number; name: string }[]>([]);
  const [busy, setBusy] = useState(false);
  const [form] = Form.useForm<{ operatorId: number; pin: string }>();

  useEffect(() => {
    invoke('auth.operators', {}).then((ops) => {
      setOperators(ops);
      const locked = lockedOperator();
      if (locked && ops.some((o) => o.id === locked.id)) form.setFieldValue('operatorId', locked.id);
      // a switch hands over to someone else: nobody is preselected
      else if (ops.length === 1 && ops[0] && howLeft() !== 'switch') form.setFieldValue('operatorId', ops[0].id);
    }, (e: Error) => message.error(e.message));
  }, [form, message]);

  const submit = async (v: { operatorId: number; pin: string }) => {
    setBusy(true);
    try {
      setStatus(await invoke('auth.login', v));
      rememberLock(null);
      rememberLeft(null);
    } catch (e) {
      message.error((e as Error).message);
      form.setFieldValue('pin', '');
    } finally {
      setBusy(false);
    }
  };

  return (
    <div style={{ display: 'flex', justifyContent: 'center', alignItems: 'center', minHeight: '100vh', background: '#f5f5f5' }}>
      <Card style={{ width: 400 }}>
        <Typography.Title level={3} style={{ textAlign: 'center' }}>
          {status.village?.name}
        </Typography.Title>
        <Typography.Paragraph type="secondary" style={{ textAlign: 'center' }}>
          {T.title}
        </Typography.Paragraph>
        {lockedOperator() && <Alert type="info" showIcon style={{ marginBottom: 16 }} title={T.locked(lockedOperator()?.name ?? '')} />}
        {howLeft() === 'switch' && <Alert type="info" showIcon style={{ marginBottom: 16 }} title={T.switched} />}
        {howLeft() === 'logout' && <Alert type="success" showIcon style={{ marginBottom: 16 }} title={T.loggedOut} />}
        <Form form={form} layout="vertical" onFinish={submit}>
          <Form.Item name="operatorId" label={T.operator} rules={[{ required: true, message: T.choose }]}>
            <Select options={operators.map((o) => ({ value: o.id, label: o.name }))} placeholder={T.choose} />
          </Form.Item>
          <Form.Item name="pin" label={T.pin} rules={[{ required: true, message: T.pinPh }]}>
            <Input.Password autoFocus inputMode="numeric" placeholder={T.pinPh} />
          </Form.Item>
          <Button type="primary" htmlType="submit" block size="large" loading={busy}>
            {T.submit}
          </Button>
        </Form>
      </Card>
    </div>
  );
}

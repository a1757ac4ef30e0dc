import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Checkbox, Form, Input, InputNumber, Modal, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { Role } from '../../../../electron/core/contract/endpoint.js';
import type { OperatorRow } from '../../../../electron/core/contract/operators.js';
import { ROLE_LABELS, rolesFor } from '../../../../electron/core/contract/system.js';
import { useSession } from '../../app/session.js';
import { T } from './text.js';
import { useOperators } from './useOperators.js';

interface OperatorForm {
  name: string;
  roles: Role[];
  pin?: string;
}

const PIN_RULE = { pattern: /^\d{4,8}$/, message: T.form.pinRequired };

/** Whole minutes until a lockout ends, or null when the operator is not locked (an old lockout may still be stored). */
function minutesLocked(r: OperatorRow): number | null {
  const left = r.lockedUntil ? new Date(r.lockedUntil).getTime() - Date.now() : 0;
  return left > 0 ? Math.ceil(left / 60_000) : null;
}

export function OperatorsScreen() {
  const ops = useOperators();
  const { status } = useSession();
  const [editing, setEditing] = useState<OperatorRow | 'new' | null>(null);
  const [resetting, setResetting] = useState<OperatorRow | null>(null);
  const [unlocking, setUnlocking] = useState<OperatorRow | null>(null);
  const [unlockForm] = Form.useForm<{ adminPin: string }>();
  const [form] = Form.useForm<OperatorForm>();
  const [pinForm] = Form.useForm<{ pin: string }>();

  const open = (op: OperatorRow | 'new') => {
    form.resetFields();
    if (op !== 'new') form.setFieldsValue({ name: op.name, roles: op.roles });
    setEditing(op);
  };

  const save = async (v: OperatorForm) => {
    const ok =
      editing === 'new'
        ? await ops.create({ name: v.name, roles: v.roles, pin: v.pin ?? '' }, T.saved)
        : editing && (await ops.update({ id: editing.id, name: v.name, roles: v.roles }, T.saved));
    if (ok) setEditing(null);
  };

  const reset = async (v: { pin: string }) => {
    if (resetting && (await ops.resetPin({ id: resetting.id, pin: v.pin }, T.pinReset))) setResetting(null);
  };

  const unlock = async (v: { adminPin: string }) => {
    if (unlocking && (await ops.unlock({ id: unlocking.id, adminPin: v.adminPin }, T.unlockForm.done(unlocking.name)))) setUnlocking(null);
  };

  return (
    <div>
      <Typography.Title level={3}>{T.title}</Typography.Title>
      <Space style={{ marginBottom: 16 }}>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => open('new')}>
          {T.add}
        </Button>
      </Space>
      <Table<OperatorRow>
        rowKey="id"
        dataSource={ops.rows}
        pagination={false}
        columns={[
          { title: T.cols.name, dataIndex: 'name' },
          { title: T.cols.roles, render: (_, r) => r.roles.map((role) => <Tag key={role}>{ROLE_LABELS[role]}</Tag>) },
          {
            title: T.cols.status,
            render: (_, r) => {
              const locked = minutesLocked(r);
              if (!r.active) return <Tag>{T.inactive}</Tag>;
              return locked !== null ? <Tag color="orange">{T.lockedLeft(locked)}</Tag> : <Tag color="green">{T.active}</Tag>;
            },
          },
          { title: T.cols.createdAt, render: (_, r) => r.createdAt.slice(0, 10) },
          {
            title: T.cols.actions,
            render: (_, r) => (
              <Space>
                <Button size="small" onClick={() => open(r)}>
                  {T.edit}
                </Button>
                <Button size="small" onClick={() => (pinForm.resetFields(), setResetting(r))}>
                  {T.resetPin}
                </Button>
                {r.active && minutesLocked(r) !== null && (
                  <Button size="small" onClick={() => (unlockForm.resetFields(), setUnlocking(r))}>
                    {T.unlock}
                  </Button>
                )}
                {r.active ? (
                  r.id !== status.operator?.id && (
                    <Popconfirm title={T.confirmDeactivate(r.name)} onConfirm={() => ops.setActive({ id: r.id, active: false }, T.saved)}>
                      <Button size="small" danger>
                        {T.deactivate}
                      </Button>
                    </Popconfirm>
                  )
                ) : (
                  <Button size="small" onClick={() => ops.setActive({ id: r.id, active: true }, T.saved)}>
                    {T.activate}
                  </Button>
                )}
              </Space>
            ),
          },
        ]}
      />

      <Card title={T.settings.title} style={{ marginTop: 24, maxWidth: 560 }}>
        {ops.autoLock !== null && (
          <Form layout="vertical" initialValues={{ minutes: ops.autoLock }} onFinish={(v: { minutes: number }) => ops.saveAutoLock(v.minutes, T.settings.saved)}>
            <Form.Item name="minutes" label={T.settings.autoLock} extra={T.settings.autoLockHelp} rules={[{ required: true }]}>
              <InputNumber min={0} max={240} precision={0} style={{ width: 160 }} />
            </Form.Item>
            <Button htmlType="submit">{T.settings.save}</Button>
          </Form>
        )}
      </Card>

      <Modal
        open={editing !== null}
        title={editing === 'new' ? T.form.titleNew : editing ? T.form.titleEdit(editing.name) : ''}
        okText={T.form.save}
        onOk={() => form.submit()}
        onCancel={() => setEditing(null)}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" onFinish={save}>
          <Form.Item name="name" label={T.form.name} rules={[{ required: true, whitespace: true, message: T.form.nameRequired }]}>
            <Input maxLength={20} autoFocus />
          </Form.Item>
          <Form.Item name="roles" label={T.form.roles} extra={T.form.rolesHelp} rules={[{ required: true, message: T.form.rolesRequired }]}>
            <Checkbox.Group options={rolesFor(status.village?.installation).map((r) => ({ value: r, label: ROLE_LABELS[r] }))} />
          </Form.Item>
          {editing === 'new' && (
            <Form.Item name="pin" label={T.form.pin} extra={T.form.pinHelp} rules={[{ required: true, message: T.form.pinRequired }, PIN_RULE]}>
              <Input.Password inputMode="numeric" maxLength={8} />
            </Form.Item>
          )}
        </Form>
      </Modal>

      <Modal open={resetting !== null} title={resetting ? T.reset.title(resetting.name) : ''} okText={T.reset.ok} onOk={() => pinForm.submit()} onCancel={() => setResetting(null)} destroyOnHidden>
        <Form form={pinForm} layout="vertical" onFinish={reset}>
          <Form.Item name="pin" label={T.reset.newPin} extra={T.form.pinHelp} rules={[{ required: true, message: T.form.pinRequired }, PIN_RULE]}>
            <Input.Password inputMode="numeric" maxLength={8} autoFocus />
          </Form.Item>
        </Form>
      </Modal>

      <Modal
        open={unlocking !== null}
        title={unlocking ? T.unlockForm.title(unlocking.name) : ''}
        okText={T.unlockForm.ok}
        onOk={() => unlockForm.submit()}
        onCancel={() => setUnlocking(null)}
        destroyOnHidden
      >
        <Typography.Paragraph type="secondary">{unlocking ? T.unlockForm.help(unlocking.name) : ''}</Typography.Paragraph>
        <Form form={unlockForm} layout="vertical" onFinish={unlock}>
          <Form.Item name="adminPin" label={T.unlockForm.adminPin} rules={[{ required: true, message: T.form.pinRequired }, PIN_RULE]}>
            <Input.Password inputMode="numeric" maxLength={8} autoFocus />
          </Form.Item>
        </Form>
      </Modal>
    </div>
  );
}

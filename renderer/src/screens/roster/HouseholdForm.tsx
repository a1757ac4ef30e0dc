import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Checkbox, Drawer, Form, Input, InputNumber, Radio, Select, Space } from 'antd';
import { useEffect, useState } from 'react';
import { GENDER_LABELS, HEAD, HOUSEHOLD_STATUS_LABELS, HOUSEHOLD_STATUSES, RELATIONS, type GroupRow, type HouseholdDetail } from '../../../../electron/core/contract/roster.js';
import { invoke } from '../../api/client.js';
import { T } from './text.js';

interface Props {
  open: boolean;
  householdId: number | null;
  groups: GroupRow[];
  onClose(saved: boolean): void;
}

type FormValues = Omit<HouseholdDetail, 'id'>;

const emptyMember = { name: '', relation: HEAD, gender: null, birthYear: null, idCard: '', phone: '', partyMember: false };

export function HouseholdForm({ open, householdId, groups, onClose }: Props) {
  const { message } = App.useApp();
  const [form] = Form.useForm<FormValues>();
  const [busy, setBusy] = useState(false);
  const [title, setTitle] = useState(T.form.titleNew);

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    if (householdId) {
      invoke('roster.households.get', { id: householdId }).then((h) => {
        form.setFieldsValue(h);
        setTitle(T.form.titleEdit(h.number));
      }, (e: Error) => message.error(e.message));
    } else {
      setTitle(T.form.titleNew);
      form.setFieldsValue({ groupId: groups[0]?.id, members: [emptyMember] });
    }
  }, [open, householdId, form, groups, message]);

  const save = async (v: FormValues) => {
    setBusy(true);
    try {
      const payload = {
        groupId: v.groupId,
        number: v.number ?? '',
        address: v.address ?? '',
        note: v.note ?? '',
        members: v.members.map((m) => ({
          ...(m.id ? { id: m.id } : {}),
          name: m.name,
          relation: m.relation as (typeof RELATIONS)[number],
          gender: m.gender ?? null,
          birthYear: m.birthYear ?? null,
          idCard: m.idCard || null,
          phone: m.phone || null,
          partyMember: m.partyMember ?? false,
        })),
      };
      if (householdId) await invoke('roster.households.update', { id: householdId, status: v.status, ...payload });
      else await invoke('roster.households.create', payload);
      message.success(T.form.saved);
      onClose(true);
    } catch (e) {
      message.error((e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Drawer
      title={title}
      open={open}
      size={960}
      onClose={() => onClose(false)}
      destroyOnHidden
      extra={
        <Space>
          <Button onClick={() => onClose(false)}>{T.form.cancel}</Button>
          <Button type="primary" loading={busy} onClick={() => form.submit()}>
            {T.form.save}
          </Button>
        </Space>
      }
    >
      <Form form={form} layout="vertical" onFinish={save}>
        <Space size="large" wrap align="start">
          <Form.Item name="groupId" label={T.form.group} rules={[{ required: true, message: T.form.required }]}>
            <Select style={{ width: 180 }} options={groups.map((g) => ({ value: g.id, label: g.name }))} />
          </Form.Item>
          <Form.Item name="number" label={T.form.number} extra={T.form.numberHelp}>
            <Input style={{ width: 140 }} />
          </Form.Item>
          <Form.Item name="address" label={T.form.address}>
            <Input style={{ width: 320 }} />
          </Form.Item>
        </Space>
        {householdId && (
          <Form.Item name="status" label={T.form.status} extra={T.form.statusHelp}>
            <Radio.Group optionType="button" options={HOUSEHOLD_STATUSES.map((st) => ({ value: st, label: HOUSEHOLD_STATUS_LABELS[st] }))} />
          </Form.Item>
        )}
        <Form.Item name="note" label={T.form.note}>
          <Input.TextArea rows={2} />
        </Form.Item>
        <h4>{T.form.members}</h4>
        <Form.List name="members">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f, i) => (
                <Space key={f.key} align="baseline" wrap role="group" aria-label={`成员 ${i + 1}`}>
                  <Form.Item name={[f.name, 'id']} hidden>
                    <Input />
                  </Form.Item>
                  <Form.Item name={[f.name, 'name']} label={T.form.name} rules={[{ required: true, message: T.form.required }]}>
                    <Input style={{ width: 110 }} aria-label={T.form.name} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'relation']} label={T.form.relation} rules={[{ required: true, message: T.form.required }]}>
                    <Select style={{ width: 110 }} aria-label={T.form.relation} options={RELATIONS.map((r) => ({ value: r, label: r }))} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'gender']} label={T.form.gender}>
                    <Select style={{ width: 70 }} aria-label={T.form.gender} allowClear options={Object.entries(GENDER_LABELS).map(([v, l]) => ({ value: v, label: l }))} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'birthYear']} label={T.form.birthYear}>
                    <InputNumber style={{ width: 90 }} aria-label={T.form.birthYear} min={1890} max={2100} precision={0} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'idCard']} label={T.form.idCard}>
                    <Input style={{ width: 190 }} aria-label={T.form.idCard} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'phone']} label={T.form.phone}>
                    <Input style={{ width: 130 }} aria-label={T.form.phone} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'partyMember']} valuePropName="checked">
                    <Checkbox>{T.form.partyMember}</Checkbox>
                  </Form.Item>
                  {fields.length > 1 && (
                    <Button type="text" danger icon={<MinusCircleOutlined />} onClick={() => remove(f.name)}>
                      {T.form.remove}
                    </Button>
                  )}
                </Space>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ ...emptyMember, relation: undefined })}>
                {T.form.addMember}
              </Button>
            </>
          )}
        </Form.List>
      </Form>
    </Drawer>
  );
}

import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Form, Input, InputNumber, Modal, Select, Space, Switch } from 'antd';
import { useEffect } from 'react';
import { CADENCE_LABELS, CADENCES, SUBJECT_LABELS, SUBJECTS, UNIT_LABELS, UNITS, type Cadence, type ChecklistRow, type Grade, type ItemRow, type Subject, type Unit } from '../../../../electron/core/contract/checklist.js';
import { T } from './text.js';

export interface ItemFormValues {
  category: string;
  name: string;
  byGrade: boolean;
  points: number | null;
  grades: Grade[];
  unit: Unit;
  capMonth: number | null;
  capYear: number | null;
  noteRequired: boolean;
  photoRequired: boolean;
  checklistVersionId: number;
  cadence: Cadence;
  evidence: string;
  partyOnly: boolean;
  subject: Subject;
}

/** Create or edit an item; the values form a new version when they change. */
export function ItemForm({ list, item, open, onCancel, onSave }: { list: ChecklistRow; item: ItemRow | null; open: boolean; onCancel: () => void; onSave: (v: ItemFormValues) => void }) {
  const [form] = Form.useForm<ItemFormValues>();
  const byGrade = Form.useWatch('byGrade', form);
  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue({
      category: item?.category ?? '',
      name: item?.name ?? '',
      byGrade: !!item?.grades,
      points: item?.points ?? null,
      grades: item?.grades ?? [
        { label: '优秀', points: 5 },
        { label: '合格', points: 0 },
      ],
      unit: item?.unit ?? 'per-time',
      capMonth: item?.capMonth ?? null,
      capYear: item?.capYear ?? null,
      noteRequired: item?.noteRequired ?? false,
      photoRequired: item?.photoRequired ?? false,
      checklistVersionId: list.versions[0]?.id,
      cadence: item?.cadence ?? 'per-time',
      evidence: item?.evidence ?? '',
      partyOnly: item?.partyOnly ?? false,
      subject: item?.subject ?? (list.code === 'conduct' ? 'household' : 'cadre'),
    });
  }, [open, item, list, form]);
  return (
    <Modal title={item ? T.editItem : T.addItem} open={open} onCancel={onCancel} onOk={() => form.submit()} okText={T.save} cancelText={T.cancel} width={620}>
      <Form form={form} layout="vertical" onFinish={onSave}>
        <Space>
          <Form.Item name="category" label={T.category}>
            <Input style={{ width: 140 }} />
          </Form.Item>
          <Form.Item name="name" label={T.name} rules={[{ required: true, message: '请填写事项名称' }]}>
            <Input style={{ width: 380 }} />
          </Form.Item>
        </Space>
        <Form.Item name="byGrade" label={T.byGrade} valuePropName="checked">
          <Switch />
        </Form.Item>
        {byGrade ? (
          <Form.List name="grades">
            {(fields, { add, remove }) => (
              <Form.Item label={T.grades}>
                {fields.map((f) => (
                  <Space key={f.key} align="baseline">
                    <Form.Item name={[f.name, 'label']} rules={[{ required: true, message: '请填写等级' }]}>
                      <Input placeholder={T.gradeLabel} style={{ width: 120 }} />
                    </Form.Item>
                    <Form.Item name={[f.name, 'points']} rules={[{ required: true, message: '请填写分值' }]}>
                      <InputNumber precision={0} />
                    </Form.Item>
                    {fields.length > 2 && <MinusCircleOutlined onClick={() => remove(f.name)} />}
                  </Space>
                ))}
                {fields.length < 4 && (
                  <Button icon={<PlusOutlined />} onClick={() => add({ label: '', points: 0 })}>
                    {T.addGrade}
                  </Button>
                )}
              </Form.Item>
            )}
          </Form.List>
        ) : (
          <Form.Item name="points" label={T.pointsLabel} rules={[{ required: true, message: '请填写分值' }]}>
            <InputNumber precision={0} />
          </Form.Item>
        )}
        <Space wrap>
          <Form.Item name="unit" label={T.unit}>
            <Select style={{ width: 140 }} options={UNITS.map((u) => ({ value: u, label: UNIT_LABELS[u] }))} />
          </Form.Item>
          <Form.Item name="capMonth" label={T.capMonth}>
            <InputNumber precision={0} min={1} />
          </Form.Item>
          <Form.Item name="capYear" label={T.capYear}>
            <InputNumber precision={0} min={1} />
          </Form.Item>
          <Form.Item name="noteRequired" label={T.noteRequired} valuePropName="checked">
            <Switch />
          </Form.Item>
          <Form.Item name="photoRequired" label={T.photoRequired} valuePropName="checked">
            <Switch />
          </Form.Item>
        </Space>
        <Space wrap>
          <Form.Item name="subject" label={T.subject}>
            <Select style={{ width: 110 }} options={SUBJECTS.map((k) => ({ value: k, label: SUBJECT_LABELS[k] }))} />
          </Form.Item>
          <Form.Item name="cadence" label={T.cadence}>
            <Select style={{ width: 110 }} options={CADENCES.map((k) => ({ value: k, label: CADENCE_LABELS[k] }))} />
          </Form.Item>
          <Form.Item name="evidence" label={T.evidence}>
            <Input style={{ width: 200 }} />
          </Form.Item>
          <Form.Item name="partyOnly" label={T.partyOnly} valuePropName="checked">
            <Switch />
          </Form.Item>
        </Space>
        <Form.Item name="checklistVersionId" label={T.belongsTo}>
          <Select options={list.versions.map((v) => ({ value: v.id, label: `第 ${v.version} 版（${v.meetingDate}）` }))} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

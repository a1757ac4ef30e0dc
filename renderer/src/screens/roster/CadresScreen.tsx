import { PlusOutlined } from '@ant-design/icons';
import { App, Button, DatePicker, Form, Input, Modal, Select, Switch, Table } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useCallback, useEffect, useState } from 'react';
import { CADRE_POSTS, type CadreRow } from '../../../../electron/core/contract/roster.js';
import { invoke } from '../../api/client.js';
import { useCan } from '../../app/session.js';
import { ScreenHeader } from './ScreenHeader.js';
import { T } from './text.js';

interface CadreForm {
  name: string;
  post: (typeof CADRE_POSTS)[number];
  phone?: string;
  from: Dayjs;
  to?: Dayjs | null;
  note?: string;
}

export function CadresScreen() {
  const { message } = App.useApp();
  const canEdit = useCan(['admin']);
  const [rows, setRows] = useState<CadreRow[]>([]);
  const [all, setAll] = useState(false);
  const [editing, setEditing] = useState<CadreRow | 'new' | null>(null);
  const [form] = Form.useForm<CadreForm>();

  const load = useCallback(() => {
    invoke('roster.cadres.list', { current: !all }).then(setRows, (e: Error) => message.error(e.message));
  }, [all, message]);
  useEffect(load, [load]);

  const open = (c: CadreRow | 'new') => {
    form.resetFields();
    if (c !== 'new') form.setFieldsValue({ name: c.name, post: c.post as CadreForm['post'], from: dayjs(c.fromDate), to: c.toDate ? dayjs(c.toDate) : null, note: c.note });
    else form.setFieldsValue({ from: dayjs() });
    setEditing(c);
  };

  const save = async (v: CadreForm) => {
    try {
      await invoke('roster.cadres.save', {
        ...(editing && editing !== 'new' ? { id: editing.id } : {}),
        name: v.name,
        post: v.post,
        // An empty phone field on edit keeps the stored number (the form only ever sees it masked).
        ...(v.phone ? { phone: v.phone } : editing === 'new' ? { phone: null } : {}),
        fromDate: v.from.format('YYYY-MM-DD'),
        toDate: v.to ? v.to.format('YYYY-MM-DD') : null,
        note: v.note ?? '',
      });
      message.success(T.cadres.saved);
      setEditing(null);
      load();
    } catch (e) {
      message.error((e as Error).message);
    }
  };

  return (
    <div>
      <ScreenHeader title={T.cadres.title}>
        <Switch checked={all} onChange={setAll} aria-label={T.cadres.showAll} /> {T.cadres.showAll}
        {canEdit && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => open('new')}>
            {T.cadres.add}
          </Button>
        )}
      </ScreenHeader>
      <Table<CadreRow>
        rowKey="id"
        dataSource={rows}
        pagination={false}
        columns={[
          { title: T.cadres.name, dataIndex: 'name', sorter: (a, b) => a.name.localeCompare(b.name, 'zh-CN') },
          { title: T.cadres.post, dataIndex: 'post', sorter: (a, b) => CADRE_POSTS.indexOf(a.post as never) - CADRE_POSTS.indexOf(b.post as never) },
          { title: T.cadres.phone, dataIndex: 'phoneMasked' },
          { title: T.cadres.from, dataIndex: 'fromDate' },
          { title: T.cadres.to, dataIndex: 'toDate' },
          { title: T.cadres.note, dataIndex: 'note' },
          ...(canEdit ? [{ title: '', key: 'a', render: (_: unknown, r: CadreRow) => <Button type="link" onClick={() => open(r)}>{T.cadres.edit}</Button> }] : []),
        ]}
      />
      <Modal title={editing === 'new' ? T.cadres.add : T.cadres.edit} open={editing !== null} onCancel={() => setEditing(null)} onOk={() => form.submit()} okText={T.cadres.save}>
        <Form form={form} layout="vertical" onFinish={save}>
          <Form.Item name="name" label={T.cadres.name} rules={[{ required: true }]}>
            <Input />
          </Form.Item>
          <Form.Item name="post" label={T.cadres.post} rules={[{ required: true }]}>
            <Select options={CADRE_POSTS.map((p) => ({ value: p, label: p }))} />
          </Form.Item>
          <Form.Item name="phone" label={T.cadres.phone}>
            <Input />
          </Form.Item>
          <Form.Item name="from" label={T.cadres.from} rules={[{ required: true }]}>
            <DatePicker />
          </Form.Item>
          <Form.Item name="to" label={T.cadres.to}>
            <DatePicker />
          </Form.Item>
          <Form.Item name="note" label={T.cadres.note}>
            <Input />
          </Form.Item>
        </Form>
      </Modal>
    </div>
  );
}

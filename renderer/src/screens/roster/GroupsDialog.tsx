import { App, Button, Input, Modal, Space, Table } from 'antd';
import { useState } from 'react';
import type { GroupRow } from '../../../../electron/core/contract/roster.js';
import { invoke } from '../../api/client.js';
import { T } from './text.js';

interface Props {
  open: boolean;
  groups: GroupRow[];
  onChange(groups: GroupRow[]): void;
  onClose(): void;
}

/** Adding and renaming 村小组; a group is never deleted (households and records point at it). */
export function GroupsDialog({ open, groups, onChange, onClose }: Props) {
  const { message } = App.useApp();
  const [newName, setNewName] = useState('');
  const [editing, setEditing] = useState<{ id: number; name: string } | null>(null);

  const run = async (call: Promise<GroupRow[]>, done: () => void) => {
    try {
      onChange(await call);
      done();
      message.success(T.groups.saved);
    } catch (e) {
      message.error((e as Error).message);
    }
  };
  const add = () => void run(invoke('roster.groups.add', { name: newName }), () => setNewName(''));
  const rename = () => editing && void run(invoke('roster.groups.rename', editing), () => setEditing(null));

  return (
    <Modal title={T.groups.title} open={open} onCancel={onClose} footer={<Button onClick={onClose}>{T.groups.close}</Button>} width={560} destroyOnHidden>
      <Table<GroupRow>
        style={{ marginTop: 16 }}
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={groups}
        columns={[
          {
            title: T.groups.name,
            dataIndex: 'name',
            render: (name: string, g) =>
              editing?.id === g.id ? (
                <Input autoFocus aria-label={T.groups.newNameOf(name)} value={editing.name} onChange={(e) => setEditing({ id: g.id, name: e.target.value })} onPressEnter={rename} />
              ) : (
                name
              ),
          },
          { title: T.groups.households, dataIndex: 'households', width: 100 },
          {
            title: T.groups.actions,
            key: 'a',
            width: 140,
            render: (_: unknown, g) =>
              editing?.id === g.id ? (
                <Space size={0}>
                  <Button type="link" onClick={rename}>
                    {T.groups.save}
                  </Button>
                  <Button type="link" onClick={() => setEditing(null)}>
                    {T.groups.cancel}
                  </Button>
                </Space>
              ) : (
                <Button type="link" onClick={() => setEditing({ id: g.id, name: g.name })}>
                  {T.groups.rename}
                </Button>
              ),
          },
        ]}
      />
      <Space.Compact style={{ width: '100%', marginTop: 16 }}>
        <Input placeholder={T.groups.newPlaceholder} aria-label={T.groups.newPlaceholder} value={newName} onChange={(e) => setNewName(e.target.value)} onPressEnter={add} />
        <Button type="primary" onClick={add} disabled={!newName.trim()}>
          {T.groups.add}
        </Button>
      </Space.Compact>
    </Modal>
  );
}

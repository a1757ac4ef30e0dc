import { ApartmentOutlined, DownloadOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button, Input, Select, Space, Table, Tag } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { HOUSEHOLD_STATUS_LABELS, HOUSEHOLD_STATUSES, type GroupRow, type HouseholdRow, type HouseholdStatus } from '../../../../electron/core/contract/roster.js';
import { invoke } from '../../api/client.js';
import { downloadFile } from '../../api/files.js';
import { useCan } from '../../app/session.js';
import { GroupsDialog } from './GroupsDialog.js';
import { HouseholdForm } from './HouseholdForm.js';
import { ScreenHeader } from './ScreenHeader.js';
import { ImportWizard } from './ImportWizard.js';
import { T } from './text.js';

type SortKey = 'number' | 'group' | 'head' | 'members';

export function RosterScreen() {
  const { message } = App.useApp();
  const canEdit = useCan(['admin', 'clerk']);
  const canManageGroups = useCan(['admin']);
  const [groups, setGroups] = useState<GroupRow[]>([]);
  const [query, setQuery] = useState('');
  const [groupId, setGroupId] = useState<number | null>(null);
  const [status, setStatus] = useState<HouseholdStatus | null>('active');
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);
  const [sort, setSort] = useState<{ key: SortKey; desc: boolean }>({ key: 'number', desc: false });
  const [data, setData] = useState<{ rows: HouseholdRow[]; total: number }>({ rows: [], total: 0 });
  const [loading, setLoading] = useState(false);
  const [editing, setEditing] = useState<{ id: number | null } | null>(null);
  const [importing, setImporting] = useState(false);
  const [managingGroups, setManagingGroups] = useState(false);

  const load = useCallback(() => {
    setLoading(true);
    invoke('roster.households.list', { query, groupId, status, page, pageSize, sort: sort.key, desc: sort.desc })
      .then(setData, (e: Error) => message.error(e.message))
      .finally(() => setLoading(false));
  }, [query, groupId, status, page, pageSize, sort, message]);

  useEffect(load, [load]);
  useEffect(() => {
    invoke('roster.groups.list', {}).then(setGroups, (e: Error) => message.error(e.message));
  }, [message]);

  const download = (method: 'roster.xlsx.template' | 'roster.xlsx.export', done?: string) =>
    invoke(method, {}).then(
      (f) => {
        downloadFile(f);
        if (done) message.success(done);
      },
      (e: Error) => message.error(e.message),
    );

  return (
    <div>
      <ScreenHeader title={T.title}>
        {canEdit && (
          <>
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ id: null })}>
              {T.add}
            </Button>
            <Button icon={<UploadOutlined />} onClick={() => setImporting(true)}>
              {T.importXlsx}
            </Button>
            <Button icon={<DownloadOutlined />} onClick={() => void download('roster.xlsx.export', T.exported)}>
              {T.exportXlsx}
            </Button>
          </>
        )}
        {canManageGroups && (
          <Button type="link" icon={<ApartmentOutlined />} onClick={() => setManagingGroups(true)}>
            {T.manageGroups}
          </Button>
        )}
      </ScreenHeader>
      <Space wrap style={{ marginBottom: 16 }}>
        <Input.Search
          allowClear
          style={{ width: 340 }}
          placeholder={T.search}
          aria-label={T.search}
          onChange={(e) => {
            setQuery(e.target.value);
            setPage(1);
          }}
        />
        <Select
          style={{ width: 160 }}
          aria-label={T.cols.group}
          value={groupId ?? 0}
          onChange={(v) => {
            setGroupId(v || null);
            setPage(1);
          }}
          options={[{ value: 0, label: T.allGroups }, ...groups.map((g) => ({ value: g.id, label: g.name }))]}
        />
        <Select
          style={{ width: 120 }}
          aria-label={T.cols.status}
          value={status ?? ''}
          onChange={(v) => {
            setStatus((v || null) as HouseholdStatus | null);
            setPage(1);
          }}
          options={[{ value: '', label: T.allStatuses }, ...HOUSEHOLD_STATUSES.map((s) => ({ value: s, label: HOUSEHOLD_STATUS_LABELS[s] }))]}
        />
      </Space>
      <Table<HouseholdRow>
        rowKey="id"
        size="middle"
        loading={loading}
        dataSource={data.rows}
        onChange={(_p, _f, sorter) => {
          const s = Array.isArray(sorter) ? sorter[0] : sorter;
          setSort(s?.order ? { key: s.columnKey as SortKey, desc: s.order === 'descend' } : { key: 'number', desc: false });
        }}
        pagination={{
          current: page,
          pageSize,
          total: data.total,
          showTotal: T.total,
          showSizeChanger: true,
          onChange: (p, ps) => {
            setPage(p);
            setPageSize(ps);
          },
        }}
        columns={[
          { key: 'number', title: T.cols.number, dataIndex: 'number', sorter: true, width: 100 },
          { key: 'group', title: T.cols.group, dataIndex: 'groupName', sorter: true, width: 140 },
          { key: 'head', title: T.cols.head, dataIndex: 'headName', sorter: true },
          { key: 'members', title: T.cols.members, dataIndex: 'memberCount', sorter: true, width: 80 },
          { key: 'address', title: T.cols.address, dataIndex: 'address' },
          { key: 'phone', title: T.cols.phone, dataIndex: 'phoneMasked', width: 140 },
          {
            key: 'status',
            title: T.cols.status,
            dataIndex: 'status',
            width: 80,
            render: (s: HouseholdStatus) => <Tag color={s === 'active' ? 'green' : 'default'}>{HOUSEHOLD_STATUS_LABELS[s]}</Tag>,
          },
          ...(canEdit
            ? [
                {
                  key: 'actions',
                  title: T.cols.actions,
                  width: 80,
                  render: (_: unknown, r: HouseholdRow) => (
                    <Button type="link" onClick={() => setEditing({ id: r.id })}>
                      {T.edit}
                    </Button>
                  ),
                },
              ]
            : []),
        ]}
      />
      <GroupsDialog open={managingGroups} groups={groups} onChange={setGroups} onClose={() => setManagingGroups(false)} />
      <ImportWizard open={importing} groups={groups} onTemplate={() => void download('roster.xlsx.template')} onClose={() => setImporting(false)} onImported={() => {
          load();
          invoke('roster.groups.list', {}).then(setGroups, (e: Error) => message.error(e.message));
        }}
      />
      <HouseholdForm
        open={editing !== null}
        householdId={editing?.id ?? null}
        groups={groups}
        onClose={(saved) => {
          setEditing(null);
          if (saved) load();
        }}
      />
    </div>
  );
}

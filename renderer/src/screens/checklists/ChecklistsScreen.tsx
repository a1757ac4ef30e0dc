import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Checkbox, Form, List, Modal, Space, Table, Tabs, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { CADENCE_LABELS, MEETING_LABELS, UNIT_LABELS, type ChecklistCode, type ChecklistRow, type ItemRow, type MeetingKind, type TemplateInfo } from '../../../../electron/core/contract/checklist.js';
import { invoke } from '../../api/client.js';
import { downloadFile } from '../../api/files.js';
import { useCan } from '../../app/session.js';
import { signed } from '../scoring/lookups.js';
import { ItemForm, type ItemFormValues } from './ItemForm.js';
import { ItemSheetImport } from './ItemSheetImport.js';
import { MeetingFields } from './MeetingFields.js';
import { T } from './text.js';
import { useChecklists } from './useChecklists.js';

interface MeetingForm {
  meeting: { kind: MeetingKind; date: Dayjs; attendance: number; note?: string };
}
const meetingOf = (m: MeetingForm['meeting']) => ({ kind: m.kind, date: m.date.format('YYYY-MM-DD'), attendance: m.attendance, note: m.note ?? '' });
const meetingDefaults = { meeting: { kind: 'representatives' as const, date: dayjs() } };
/** 四大清单 are what a village adopts first; 政府事务清单 come from the township and are ticked when they do. */
const USUAL: readonly ChecklistCode[] = ['party', 'service', 'development', 'conduct'];

/** The village's lists: import templates, edit items (versioned), record adopting meetings. */
export function ChecklistsScreen() {
  const c = useChecklists();
  const isAdmin = useCan(['admin']);
  const [codes, setCodes] = useState<ChecklistCode[] | null>(null);
  const [previewing, setPreviewing] = useState<TemplateInfo | null>(null);
  const [editing, setEditing] = useState<{ list: ChecklistRow; item: ItemRow | null } | null>(null);
  const [adopting, setAdopting] = useState<ChecklistRow | null>(null);
  const [sheetFor, setSheetFor] = useState<ChecklistRow | null>(null);
  const [importForm] = Form.useForm<MeetingForm>();
  const [adoptForm] = Form.useForm<MeetingForm>();
  const unloaded = c.templates.filter((t) => !t.loaded);
  const chosen = codes ?? unloaded.filter((t) => USUAL.includes(t.code)).map((t) => t.code);

  const saveItem = async (list: ChecklistRow, item: ItemRow | null, v: ItemFormValues) => {
    const ok = await c.run(
      () =>
        invoke('checklist.saveItem', {
          ...(item ? { id: item.id } : {}),
          checklistId: list.id,
          category: v.category,
          name: v.name,
          checklistVersionId: v.checklistVersionId,
          cadence: v.cadence,
          evidence: v.evidence,
          partyOnly: v.partyOnly,
          subject: v.subject,
          values: {
            points: v.byGrade ? null : v.points,
            grades: v.byGrade ? v.grades : null,
            unit: v.unit,
            capMonth: v.capMonth ?? null,
            capYear: v.capYear ?? null,
            noteRequired: v.noteRequired,
            photoRequired: v.photoRequired,
          },
        }),
      T.saved,
    );
    if (ok) setEditing(null);
  };

  return (
    <div>
      <Typography.Title level={3}>{T.title}</Typography.Title>
      {isAdmin && unloaded.length > 0 && (
        <Card title={T.importTitle} style={{ marginBottom: 16 }}>
          <Typography.Paragraph type="secondary">{T.importHelp}</Typography.Paragraph>
          <Checkbox.Group value={chosen} onChange={(v) => setCodes(v as ChecklistCode[])}>
            <Space wrap>
              {unloaded.map((t) => (
                <Space key={t.code} size={0}>
                  <Checkbox value={t.code}>
                    {t.name}（{T.items(t.items)}）
                  </Checkbox>
                  <Button type="link" size="small" onClick={() => setPreviewing(t)}>
                    {T.previewTemplate}
                  </Button>
                </Space>
              ))}
            </Space>
          </Checkbox.Group>
          <Form
            form={importForm}
            layout="inline"
            style={{ marginTop: 16 }}
            initialValues={meetingDefaults}
            onFinish={(v) => c.run(() => invoke('checklist.loadTemplates', { codes: chosen, meeting: meetingOf(v.meeting) }), T.imported).then((ok) => ok && setCodes(null))}
          >
            <MeetingFields />
            <Button type="primary" htmlType="submit" disabled={chosen.length === 0}>
              {T.importButton}
            </Button>
          </Form>
        </Card>
      )}
      {c.lists.length > 0 && (
        <Tabs
          items={c.lists.map((list) => ({
            key: list.code,
            label: list.name,
            children: (
              <>
                <Space style={{ marginBottom: 12 }}>
                  {isAdmin && (
                    <Button icon={<PlusOutlined />} onClick={() => setEditing({ list, item: null })}>
                      {T.addItem}
                    </Button>
                  )}
                  {isAdmin && <Button onClick={() => (adoptForm.setFieldsValue(meetingDefaults), setAdopting(list))}>{T.adopt}</Button>}
                  {isAdmin && <Button onClick={() => c.run(() => invoke('checklist.xlsx.export', { checklistId: list.id }).then(downloadFile), T.sheet.exported)}>{T.exportSheet}</Button>}
                  {isAdmin && <Button onClick={() => setSheetFor(list)}>{T.importSheet}</Button>}
                </Space>
                <List
                  size="small"
                  header={T.versions}
                  style={{ marginBottom: 12 }}
                  dataSource={list.versions.slice(0, 3)}
                  renderItem={(v) => <List.Item>{T.version(v.version, MEETING_LABELS[v.meetingKind], v.meetingDate, v.attendance) + (v.note ? `：${v.note}` : '')}</List.Item>}
                />
                <Table<ItemRow>
                  rowKey="id"
                  size="small"
                  dataSource={list.items}
                  pagination={false}
                  columns={[
                    { title: T.cols.category, dataIndex: 'category', width: 100 },
                    { title: T.cols.name, dataIndex: 'name' },
                    { title: T.cols.points, key: 'p', render: (_: unknown, i) => (i.grades ? i.grades.map((g) => `${g.label}${signed(g.points)}`).join(' / ') : signed(i.points ?? 0)) },
                    { title: T.cols.unit, dataIndex: 'unit', width: 90, render: (u: keyof typeof UNIT_LABELS) => UNIT_LABELS[u] },
                    { title: T.cadence, dataIndex: 'cadence', width: 70, render: (k: keyof typeof CADENCE_LABELS) => CADENCE_LABELS[k] },
                    {
                      title: T.cols.caps,
                      key: 'c',
                      width: 130,
                      render: (_: unknown, i) => [i.capMonth ? `${T.capMonth} ${i.capMonth}` : '', i.capYear ? `${T.capYear} ${i.capYear}` : ''].filter(Boolean).join('，'),
                    },
                    {
                      title: T.cols.req,
                      key: 'r',
                      width: 150,
                      render: (_: unknown, i) => (
                        <>
                          {i.noteRequired && <Tag>{T.noteRequired}</Tag>}
                          {i.photoRequired && <Tag>{T.photoRequired}</Tag>}
                        </>
                      ),
                    },
                    ...(list.code === 'conduct' ? [] : [{ title: T.cols.cadre, dataIndex: 'cadreName', width: 90, render: (n: string | null) => n ?? <Tag color="orange">{T.duties.nobody}</Tag> }]),
                    { title: T.cols.version, dataIndex: 'version', width: 60 },
                    ...(isAdmin ? [{ title: T.cols.action, key: 'a', width: 80, render: (_: unknown, i: ItemRow) => <Button type="link" onClick={() => setEditing({ list, item: i })}>{T.edit}</Button> }] : []),
                  ]}
                />
              </>
            ),
          }))}
        />
      )}
      {c.lists.length === 0 && !isAdmin && <Alert type="info" title={T.importHelp} />}
      {sheetFor && <ItemSheetImport list={sheetFor} run={c.run} onClose={() => setSheetFor(null)} />}
      {editing && <ItemForm list={editing.list} item={editing.item} open onCancel={() => setEditing(null)} onSave={(v) => saveItem(editing.list, editing.item, v)} />}
      <Modal title={T.adopt} open={adopting !== null} onCancel={() => setAdopting(null)} onOk={() => adoptForm.submit()} okText={T.save} cancelText={T.cancel}>
        <Form
          form={adoptForm}
          layout="vertical"
          onFinish={(v) => adopting && c.run(() => invoke('checklist.adopt', { checklistId: adopting.id, meeting: meetingOf(v.meeting) }), T.adopted).then((ok) => ok && setAdopting(null))}
        >
          <MeetingFields />
        </Form>
      </Modal>
      <Modal title={previewing ? T.templateItems(previewing.name) : ''} open={previewing !== null} footer={null} width={760} onCancel={() => setPreviewing(null)}>
        {previewing && (
          <Table
            size="small"
            rowKey={(r) => `${r.category}-${r.name}`}
            dataSource={previewing.preview}
            pagination={{ pageSize: 15, showSizeChanger: false }}
            columns={[
              { title: T.templateCols.category, dataIndex: 'category', width: 120 },
              { title: T.templateCols.name, dataIndex: 'name' },
              { title: T.templateCols.points, dataIndex: 'points', width: 200 },
            ]}
          />
        )}
      </Modal>
    </div>
  );
}

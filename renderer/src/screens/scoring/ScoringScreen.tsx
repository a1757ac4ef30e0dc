import { UploadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, DatePicker, Form, Input, InputNumber, Radio, Select, Space, Table, Typography, Upload } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import type { HouseholdRow } from '../../../../electron/core/contract/roster.js';
import { ApiFailure, invoke } from '../../api/client.js';
import { readAsBase64 } from '../../api/files.js';
import { DeductionSlipButton } from '../publications/DeductionSlipButton.js';
import { T as P } from '../publications/text.js';
import { itemLabel, today, useHouseholds, useLookups, useMembers } from './lookups.js';
import { T } from './text.js';

const t = T.record;

/** 一事一记录: one item for one household, a whole group, a filtered set, or a cadre. */
export function ScoringScreen() {
  const { message, modal } = App.useApp();
  const { items, groups, cadres } = useLookups();
  const [subject, setSubject] = useState<'household' | 'cadre'>('household');
  const [itemId, setItemId] = useState<number | null>(null);
  const [date, setDate] = useState(today());
  const [groupId, setGroupId] = useState<number | null>(null);
  const [query, setQuery] = useState('');
  const [selected, setSelected] = useState<number[]>([]);
  const [cadreId, setCadreId] = useState<number | null>(null);
  const [quantity, setQuantity] = useState<number>(1);
  const [grade, setGrade] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const [photo, setPhoto] = useState<{ fileName: string; dataBase64: string } | null>(null);
  const [busy, setBusy] = useState(false);
  // The household deductions just recorded: each household is to be told with a 扣分告知单.
  const [deductions, setDeductions] = useState<number[]>([]);
  const households = useHouseholds(groupId, query);
  const [memberId, setMemberId] = useState<number | null>(null);
  const members = useMembers(subject === 'household' && selected.length === 1 ? (selected[0] ?? null) : null);
  const choices = items.filter((i) => i.subject === subject);
  const item = items.find((i) => i.id === itemId) ?? null;

  const submit = async (confirmOtherOwner = false): Promise<void> => {
    if (!item) return void message.warning(t.pickItem);
    if (subject === 'household' && selected.length === 0) return void message.warning(t.pickHouseholds);
    setBusy(true);
    try {
      const r = await invoke('ledger.record', {
        itemId: item.id,
        date,
        householdIds: subject === 'household' ? selected : [],
        cadreId: subject === 'cadre' ? cadreId : null,
        memberId: members.length > 0 ? memberId : null,
        quantity,
        grade: item.grades ? grade : null,
        note,
        photo,
        confirmOtherOwner,
      });
      message.success(t.saved(r.seqs.length, r.points));
      setDeductions(subject === 'household' && r.points < 0 ? r.seqs : []);
      setSelected([]);
      setMemberId(null);
      setNote('');
      setPhoto(null);
    } catch (e) {
      // The item names another owner: say so and let the clerk confirm, rather than record by a slip of the mouse.
      if (e instanceof ApiFailure && e.code === 'OTHER_OWNER') {
        modal.confirm({ title: t.otherOwner, content: e.message, okText: t.confirmOther, cancelText: t.cancelOther, onOk: () => submit(true) });
      } else message.error(e instanceof ApiFailure ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div>
      <Typography.Title level={3}>{t.title}</Typography.Title>
      {deductions.length > 0 && (
        <Alert
          type="warning"
          showIcon
          closable={{ onClose: () => setDeductions([]) }}
          style={{ marginBottom: 16 }}
          title={P.deductionSlip.recorded}
          description={
            <Space wrap>
              {deductions.map((seq) => (
                <DeductionSlipButton key={seq} seq={seq} numbered={deductions.length > 1} />
              ))}
            </Space>
          }
        />
      )}
      <Card style={{ marginBottom: 16 }}>
        <Form layout="vertical" onFinish={() => submit()}>
          <Space wrap align="start" size="large">
            <Form.Item label=" ">
              <Radio.Group
                value={subject}
                onChange={(e) => {
                  setSubject(e.target.value as 'household' | 'cadre');
                  setItemId(null);
                }}
                options={[
                  { value: 'household', label: t.subjectHousehold },
                  { value: 'cadre', label: t.subjectCadre },
                ]}
                optionType="button"
              />
            </Form.Item>
            <Form.Item label={t.item} htmlFor="score-item">
              <Select
                id="score-item"
                aria-label={t.item}
                style={{ width: 420 }}
                showSearch={{ optionFilterProp: 'label' }}
                placeholder={t.itemPlaceholder}
                value={itemId}
                onChange={(v: number) => {
                  setItemId(v);
                  setGrade(null);
                  setQuantity(1);
                }}
                options={choices.map((i) => ({ value: i.id, label: itemLabel(i) }))}
              />
            </Form.Item>
            <Form.Item label={t.date} htmlFor="score-date">
              <DatePicker id="score-date" aria-label={t.date} allowClear={false} value={dayjs(date)} onChange={(d) => d && setDate(d.format('YYYY-MM-DD'))} />
            </Form.Item>
            {item?.grades ? (
              <Form.Item label={t.grade}>
                <Radio.Group value={grade} onChange={(e) => setGrade(e.target.value as string)} options={item.grades.map((g) => ({ value: g.label, label: g.label }))} />
              </Form.Item>
            ) : (
              <Form.Item label={t.quantity} htmlFor="score-quantity">
                <InputNumber id="score-quantity" aria-label={t.quantity} precision={0} value={quantity} onChange={(v) => setQuantity(v ?? 1)} />
              </Form.Item>
            )}
            {members.length > 0 && (
              <Form.Item label={t.member} htmlFor="score-member">
                <Select
                  id="score-member"
                  aria-label={t.member}
                  allowClear
                  style={{ width: 160 }}
                  placeholder={t.wholeHousehold}
                  value={memberId}
                  onChange={(v: number | undefined) => setMemberId(v ?? null)}
                  options={members.map((m) => ({ value: m.id, label: `${m.name}（${m.relation}）` }))}
                />
              </Form.Item>
            )}
            {subject === 'cadre' && (
              <Form.Item label={t.cadre} htmlFor="score-cadre">
                <Select id="score-cadre" aria-label={t.cadre} style={{ width: 160 }} value={cadreId} onChange={setCadreId} options={cadres.map((c) => ({ value: c.id, label: `${c.name}（${c.post}）` }))} />
              </Form.Item>
            )}
          </Space>
          <Form.Item label={t.note} htmlFor="score-note">
            <Input id="score-note" aria-label={t.note} placeholder={t.notePlaceholder} value={note} onChange={(e) => setNote(e.target.value)} maxLength={500} />
          </Form.Item>
          <Form.Item label={t.photo}>
            <Upload
              accept=".jpg,.jpeg,.png,.webp"
              maxCount={1}
              fileList={photo ? [{ uid: '1', name: photo.fileName, status: 'done' }] : []}
              onRemove={() => setPhoto(null)}
              beforeUpload={async (f) => {
                setPhoto({ fileName: f.name, dataBase64: await readAsBase64(f) });
                return false;
              }}
            >
              <Button icon={<UploadOutlined />}>{item?.photoRequired ? t.photoRequired : t.photoOptional}</Button>
            </Upload>
          </Form.Item>
          <Space>
            <Button type="primary" htmlType="submit" loading={busy}>
              {t.submit}
            </Button>
            {subject === 'household' && <span>{t.selected(selected.length)}</span>}
            {subject === 'household' && selected.length > 0 && <Button onClick={() => setSelected([])}>{t.clear}</Button>}
          </Space>
        </Form>
      </Card>
      {subject === 'household' && (
        <Card>
          <Space style={{ marginBottom: 12 }}>
            <Select
              aria-label={t.group}
              style={{ width: 160 }}
              value={groupId ?? 0}
              onChange={(v) => setGroupId(v || null)}
              options={[{ value: 0, label: t.allGroups }, ...groups.map((g) => ({ value: g.id, label: g.name }))]}
            />
            <Input.Search allowClear style={{ width: 320 }} placeholder={t.search} aria-label={t.search} onChange={(e) => setQuery(e.target.value)} />
          </Space>
          <Table<HouseholdRow>
            rowKey="id"
            size="small"
            dataSource={households}
            pagination={false}
            scroll={{ y: 420 }}
            rowSelection={{
              selectedRowKeys: selected,
              preserveSelectedRowKeys: true,
              onChange: (keys) => (setSelected(keys as number[]), setMemberId(null)),
              getTitleCheckboxProps: () => ({ 'aria-label': T.selectPage }),
            }}
            columns={[
              { title: t.cols.number, dataIndex: 'number', width: 100 },
              { title: t.cols.group, dataIndex: 'groupName', width: 140 },
              { title: t.cols.head, dataIndex: 'headName' },
              { title: t.cols.members, dataIndex: 'memberCount', width: 80 },
            ]}
          />
        </Card>
      )}
    </div>
  );
}

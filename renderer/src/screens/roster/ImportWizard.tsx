import { InboxOutlined } from '@ant-design/icons';
import { Alert, Button, Checkbox, Col, Form, Modal, Result, Row, Select, Space, Steps, Table, Typography, Upload } from 'antd';
import { columnLetter, IMPORT_FIELDS, type ImportExisting, type ImportField, type ImportPreview, type ImportProblem } from '../../../../electron/core/contract/roster-import.js';
import type { GroupRow } from '../../../../electron/core/contract/roster.js';
import { T } from './text.js';
import { useImport } from './useImport.js';

interface Props {
  open: boolean;
  groups: GroupRow[];
  onTemplate(): void;
  onClose(): void;
  onImported(): void;
}

const STEP_INDEX = { choose: 0, check: 1, done: 2 } as const;

export function ImportWizard({ open, groups, onTemplate, onClose, onImported }: Props) {
  const w = useImport(onImported);
  const close = () => {
    w.reset();
    onClose();
  };
  const p = w.preview;
  const updates = p && w.update ? p.existing.filter((e) => e.changes.length > 0).length : 0;
  const footer =
    w.step === 'check' && p ? (
      <Space>
        <Button onClick={close}>{T.import.cancel}</Button>
        <Button onClick={w.reset}>{T.import.rechoose}</Button>
        <Button type="primary" loading={w.busy} disabled={p.validHouseholds === 0 && updates === 0} onClick={() => void w.confirm()}>
          {T.import.confirm(p.validHouseholds, updates)}
        </Button>
      </Space>
    ) : w.step === 'done' ? (
      <Button type="primary" onClick={close}>
        {T.import.close}
      </Button>
    ) : (
      <Button onClick={close}>{T.import.cancel}</Button>
    );

  return (
    <Modal title={T.import.title} open={open} width={1080} onCancel={close} footer={footer} destroyOnHidden maskClosable={false}>
      <Steps size="small" current={STEP_INDEX[w.step]} items={T.import.steps.map((title) => ({ title }))} style={{ marginBottom: 24 }} />
      {w.step === 'choose' && (
        <>
          <Upload.Dragger
            accept=".xlsx"
            showUploadList={false}
            disabled={w.busy}
            beforeUpload={(f) => {
              void w.choose(f);
              return false;
            }}
          >
            <p className="ant-upload-drag-icon">
              <InboxOutlined />
            </p>
            <p className="ant-upload-text">{w.busy ? T.import.reading : T.import.choose}</p>
            <p className="ant-upload-hint">{T.import.chooseHint}</p>
          </Upload.Dragger>
          <Typography.Paragraph style={{ marginTop: 16 }}>
            {T.import.templateHint}
            <Button type="link" onClick={onTemplate}>
              {T.template}
            </Button>
          </Typography.Paragraph>
        </>
      )}
      {w.step === 'check' && p && <CheckStep preview={p} groups={groups} wizard={w} />}
      {w.step === 'done' && w.result && (
        <>
          <Result
            status={w.result.skipped ? 'warning' : 'success'}
            title={T.import.done(w.result.households, w.result.members)}
            subTitle={[
              w.result.updated ? T.import.doneUpdated(w.result.updated) : '',
              w.result.unchanged ? T.import.doneUnchanged(w.result.unchanged) : '',
              w.result.skipped ? T.import.doneSkipped(w.result.skipped) : '',
            ].join('')}
          />
          {p && <Problems problems={p.problems} wizard={w} />}
        </>
      )}
    </Modal>
  );
}

function CheckStep({ preview: p, groups, wizard: w }: { preview: ImportPreview; groups: GroupRow[]; wizard: ReturnType<typeof useImport> }) {
  const skipped = p.households - p.validHouseholds;
  const columnOptions = [
    { value: 0, label: T.import.notImported },
    ...p.columns.map((c) => ({
      value: c.col,
      label: T.import.column(columnLetter(c.col), c.header),
      title: c.samples.length ? `${T.import.example}：${c.samples.join('、')}` : c.header,
    })),
  ];
  const setField = (key: ImportField, col: number) => {
    const next = { ...p.mapping };
    // One column feeds one field: choosing it here takes it away from where it was.
    for (const k of Object.keys(next) as ImportField[]) if (next[k] === col) delete next[k];
    if (col) next[key] = col;
    else delete next[key];
    void w.changeMapping(next);
  };

  return (
    <>
      <Alert
        type={skipped ? 'warning' : 'success'}
        showIcon
        style={{ marginBottom: 16 }}
        title={T.import.summary(p.households, p.validHouseholds, p.validMembers, p.existing.length)}
        description={skipped ? T.import.skipped(skipped) : T.import.allGood}
      />
      <Problems problems={p.problems} wizard={w} />
      {p.existing.length > 0 && <Existing existing={p.existing} wizard={w} />}
      <Typography.Title level={5} style={{ marginTop: 16 }}>{T.import.mapping}</Typography.Title>
      <Typography.Paragraph type="secondary">{T.import.mappingHint}</Typography.Paragraph>
      <Space wrap style={{ marginBottom: 12 }}>
        {p.sheets.length > 1 && (
          <Space>
            <span>{T.import.sheet}</span>
            <Select aria-label={T.import.sheet} style={{ width: 160 }} value={p.sheet} onChange={(s) => void w.changeSheet(s)} options={p.sheets.map((s) => ({ value: s, label: s }))} />
          </Space>
        )}
        <Typography.Text type="secondary">{T.import.headerRow(p.headerRow)}</Typography.Text>
        <Space>
          <span>{T.import.defaultGroup}</span>
          <Select
            aria-label={T.import.defaultGroup}
            style={{ width: 200 }}
            value={w.defaultGroupId ?? 0}
            onChange={(g) => void w.changeDefaultGroup(g || null)}
            options={[{ value: 0, label: T.import.noDefaultGroup }, ...groups.map((g) => ({ value: g.id, label: g.name }))]}
          />
        </Space>
      </Space>
      <Form layout="horizontal" component="div" labelCol={{ flex: '84px' }} labelAlign="left" colon={false}>
        <Row gutter={12}>
          {IMPORT_FIELDS.map((f) => (
            <Col span={6} key={f.key}>
              <Form.Item label={f.label} style={{ marginBottom: 8 }}>
                <Select aria-label={`对应：${f.label}`} value={p.mapping[f.key] ?? 0} onChange={(c) => setField(f.key, c)} options={columnOptions} disabled={w.busy} />
              </Form.Item>
            </Col>
          ))}
        </Row>
      </Form>
    </>
  );
}

/** Row numbers and reasons, kept on the last step too, and exportable so the skipped rows can be corrected in Excel. */
function Problems({ problems, wizard: w }: { problems: ImportProblem[]; wizard: ReturnType<typeof useImport> }) {
  if (problems.length === 0) return null;
  return (
    <>
      <Space style={{ marginBottom: 8 }}>
        <Typography.Title level={5} style={{ margin: 0 }}>
          {T.import.problems(problems.length)}
        </Typography.Title>
        <Button loading={w.busy} onClick={() => void w.exportProblems()}>
          {T.import.exportProblems}
        </Button>
      </Space>
      <Table<ImportProblem>
        aria-label={T.import.problems(problems.length)}
        size="small"
        rowKey={(r) => `${r.row}-${r.field}-${r.reason}`}
        dataSource={problems}
        pagination={problems.length > 10 ? { pageSize: 10, showSizeChanger: false } : false}
        columns={[
          { title: T.import.cols.row, dataIndex: 'row', width: 80 },
          { title: T.import.cols.field, dataIndex: 'field', width: 120, render: (f: string) => f || T.import.wholeRow },
          { title: T.import.cols.reason, dataIndex: 'reason' },
        ]}
      />
    </>
  );
}

/** Households the roster already has: what the sheet would change, and the choice to update them. */
function Existing({ existing, wizard: w }: { existing: ImportExisting[]; wizard: ReturnType<typeof useImport> }) {
  const changed = existing.filter((e) => e.changes.length > 0).length;
  return (
    <>
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {T.import.existing(existing.length, changed)}
      </Typography.Title>
      <Table<ImportExisting>
        aria-label={T.import.existing(existing.length, changed)}
        size="small"
        rowKey="number"
        dataSource={existing}
        pagination={existing.length > 10 ? { pageSize: 10, showSizeChanger: false } : false}
        columns={[
          { title: T.import.cols.row, dataIndex: 'row', width: 80 },
          { title: T.import.cols.number, dataIndex: 'number', width: 100 },
          { title: T.import.cols.head, dataIndex: 'headName', width: 100 },
          { title: T.import.cols.changes, key: 'changes', render: (_: unknown, e) => (e.changes.length ? e.changes.join('；') : <Typography.Text type="secondary">{T.import.noChange}</Typography.Text>) },
        ]}
      />
      {changed > 0 && (
        <Checkbox style={{ marginTop: 8 }} checked={w.update} onChange={(e) => w.setUpdate(e.target.checked)}>
          {T.import.update(changed)}
        </Checkbox>
      )}
    </>
  );
}

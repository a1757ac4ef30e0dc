import { Alert, App, Button, Card, DatePicker, Form, Input, InputNumber, List, Popconfirm, Space, Switch, Typography } from 'antd';
import dayjs from 'dayjs';
import { useCallback, useEffect, useState } from 'react';
import type { IntegrityReport, LedgerSettings } from '../../../../electron/core/contract/ledger.js';
import { invoke } from '../../api/client.js';
import { useCan } from '../../app/session.js';
import { today } from '../scoring/lookups.js';
import { S } from './text.js';

/** Village ledger settings, yearly clearing, and the 数据校验 check (hash chains and balances). */
export function LedgerSettingsScreen() {
  const { message } = App.useApp();
  const isAdmin = useCan(['admin']);
  const [form] = Form.useForm<{ allowSelfApproval: boolean; clearingDay: string; yearCap: number | null; backfillFrom: dayjs.Dayjs | null }>();
  const [windowFrom, setWindowFrom] = useState('');
  const [report, setReport] = useState<IntegrityReport | null>(null);
  const [clearDate, setClearDate] = useState(today());
  const fail = (e: Error) => message.error(e.message);
  const fill = useCallback(
    (s: LedgerSettings) => {
      form.setFieldsValue({ allowSelfApproval: s.allowSelfApproval, clearingDay: s.clearingDay ?? '', yearCap: s.yearCap, backfillFrom: s.backfillFrom ? dayjs(s.backfillFrom) : null });
      setWindowFrom(s.windowFrom);
      if (s.clearingDue) setClearDate(s.clearingDue);
    },
    [form],
  );
  useEffect(() => {
    invoke('ledger.settings', {}).then(fill, (e: Error) => message.error(e.message));
  }, [fill, message]);

  return (
    <div>
      <Typography.Title level={3}>{S.title}</Typography.Title>
      <Card title={S.verify} style={{ marginBottom: 16 }}>
        <Typography.Paragraph type="secondary">{S.verifyHelp}</Typography.Paragraph>
        <Button type="primary" onClick={() => invoke('ledger.verify', {}).then(setReport, fail)}>
          {S.verify}
        </Button>
        {report &&
          (report.ok ? (
            <Alert
              style={{ marginTop: 12 }}
              type="success"
              title={S.verifyOk(report.entries, report.reviews)}
              {...(report.lastClosure ? { description: S.lastFingerprint(report.lastClosure.month, report.lastClosure.fingerprint) } : {})}
            />
          ) : (
            <Alert
              style={{ marginTop: 12 }}
              type="error"
              title={S.verifyBad}
              description={
                <List
                  size="small"
                  dataSource={[
                    ...(report.chainProblem ? [report.chainProblem.message] : []),
                    ...report.balanceProblems.map((b) => S.balanceProblem(b.number, b.cached.available, b.computed.available)),
                    ...report.findings,
                  ]}
                  renderItem={(x) => <List.Item>{x}</List.Item>}
                />
              }
            />
          ))}
      </Card>
      {isAdmin && (
        <Card title={S.settings}>
          <Form
            form={form}
            layout="vertical"
            style={{ maxWidth: 520 }}
            onFinish={(v) =>
              invoke('ledger.saveSettings', {
                allowSelfApproval: v.allowSelfApproval,
                clearingDay: v.clearingDay.trim() || null,
                yearCap: v.yearCap ?? null,
                backfillFrom: v.backfillFrom ? v.backfillFrom.format('YYYY-MM-DD') : null,
              }).then((s) => {
                fill(s);
                message.success(S.saved);
              }, fail)
            }
          >
            <Form.Item name="allowSelfApproval" label={S.selfApproval} valuePropName="checked" extra={S.selfApprovalHelp}>
              <Switch />
            </Form.Item>
            <Form.Item name="clearingDay" label={S.clearingDay}>
              <Input placeholder="12-31" style={{ width: 120 }} />
            </Form.Item>
            <Form.Item name="yearCap" label={S.yearCap}>
              <InputNumber precision={0} min={1} style={{ width: 160 }} />
            </Form.Item>
            <Form.Item name="backfillFrom" label={S.backfillFrom} extra={S.backfillHelp(windowFrom)}>
              <DatePicker aria-label={S.backfillFrom} maxDate={dayjs()} />
            </Form.Item>
            <Button type="primary" htmlType="submit">
              {S.save}
            </Button>
          </Form>
          <Space style={{ marginTop: 24 }}>
            <span>{S.clearDate}</span>
            <DatePicker allowClear={false} value={dayjs(clearDate)} onChange={(d) => d && setClearDate(d.format('YYYY-MM-DD'))} />
            <Popconfirm
              title={S.clearConfirm}
              okText={S.ok}
              cancelText={S.cancel}
              onConfirm={() => invoke('ledger.clear', { date: clearDate }).then((r) => message.success(S.cleared(r.seqs.length, -r.points)), fail)}
            >
              <Button danger>{S.clearNow}</Button>
            </Popconfirm>
          </Space>
        </Card>
      )}
    </div>
  );
}

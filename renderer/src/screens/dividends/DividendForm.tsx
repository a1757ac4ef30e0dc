import { Button, DatePicker, Form, Input, InputNumber, List, Select, Space, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useCallback, useEffect, useState } from 'react';
import { formatFen, parseYuan, type DividendInput } from '../../../../electron/core/contract/dividend.js';
import { invoke } from '../../api/client.js';
import { ItemsPicker } from './ItemsPicker.js';
import { T } from './text.js';

interface Values {
  title: string;
  amount: string;
  from: Dayjs;
  to: Dayjs;
  minPoints: number | null;
}

type Exclusion = { householdId: number; label: string; reason: string };

/** The request: amount as typed (checked as the person types), period, minimum points, exclusions with reasons. */
export function DividendForm({ busy, onPreview }: { busy: boolean; onPreview(input: DividendInput): void }) {
  const [form] = Form.useForm<Values>();
  const amount = Form.useWatch('amount', form) ?? '';
  const parsed = amount ? parseYuan(amount) : null;
  const [exclusions, setExclusions] = useState<Exclusion[]>([]);
  const [options, setOptions] = useState<{ value: number; label: string }[]>([]);
  const [picked, setPicked] = useState<number | null>(null);
  const [reason, setReason] = useState('');
  const [leftOutItems, setLeftOutItems] = useState<number[]>([]);
  const onItems = useCallback((ids: number[]) => setLeftOutItems(ids), []);
  // Points of an open month may still change: the period ends with the last closed month unless the user picks otherwise.
  useEffect(() => {
    invoke('ledger.months', {}).then((ms) => {
      const closed = ms.find((m) => m.closed)?.month;
      if (closed && !form.isFieldsTouched(['from', 'to'])) form.setFieldsValue({ from: dayjs(`${closed}-01`).startOf('year'), to: dayjs(`${closed}-01`) });
    }, () => undefined);
  }, [form]);

  const search = (query: string) =>
    invoke('roster.households.list', { query, status: 'active', pageSize: 20 }).then(
      (r) => setOptions(r.rows.map((h) => ({ value: h.id, label: `${h.number} ${h.headName}（${h.groupName}）` }))),
      () => setOptions([]),
    );
  const add = () => {
    const option = options.find((o) => o.value === picked);
    if (!option || !reason.trim() || exclusions.some((x) => x.householdId === option.value)) return;
    setExclusions([...exclusions, { householdId: option.value, label: option.label, reason: reason.trim() }]);
    setPicked(null);
    setReason('');
  };
  const submit = (v: Values) =>
    onPreview({
      title: v.title,
      amount: v.amount,
      fromMonth: v.from.format('YYYY-MM'),
      toMonth: v.to.format('YYYY-MM'),
      minPoints: v.minPoints ?? null,
      exclusions: exclusions.map(({ householdId, reason: r }) => ({ householdId, reason: r })),
      leftOutItems,
    });

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      style={{ maxWidth: 720 }}
      initialValues={{ title: T.form.titleDefault(dayjs().year()), amount: '', from: dayjs().startOf('year'), to: dayjs(), minPoints: null }}
      onFinish={submit}
    >
      <Typography.Paragraph type="secondary">{T.form.basis}</Typography.Paragraph>
      <Form.Item name="title" label={T.form.title} rules={[{ required: true, whitespace: true, message: T.form.titleRequired }]}>
        <Input maxLength={40} />
      </Form.Item>
      <Form.Item
        name="amount"
        label={T.form.amount}
        validateStatus={parsed && !parsed.ok ? 'error' : undefined}
        help={parsed ? (parsed.ok ? T.form.amountIs(formatFen(parsed.fen)) : parsed.message) : T.form.amountHelp}
      >
        <Input prefix="¥" inputMode="decimal" style={{ width: 260 }} autoFocus />
      </Form.Item>
      <Space size="large">
        <Form.Item name="from" label={T.form.from} rules={[{ required: true }]}>
          <DatePicker picker="month" format="YYYY-MM" allowClear={false} />
        </Form.Item>
        <Form.Item name="to" label={T.form.to} rules={[{ required: true }]}>
          <DatePicker picker="month" format="YYYY-MM" allowClear={false} />
        </Form.Item>
        <Form.Item name="minPoints" label={T.form.minPoints} tooltip={T.form.minPointsHelp}>
          <InputNumber min={1} precision={0} style={{ width: 160 }} />
        </Form.Item>
      </Space>
      <Form.Item label={T.form.items}>
        <ItemsPicker onChange={onItems} />
      </Form.Item>
      <Form.Item label={T.form.exclusions}>
        <Space wrap>
          <Select
            showSearch={{ filterOption: false, onSearch: search }}
            aria-label={T.form.exclusionHousehold}
            placeholder={T.form.exclusionSearch}
            style={{ width: 280 }}
            value={picked}
            onChange={setPicked}
            onFocus={() => search('')}
            options={options}
          />
          <Input aria-label={T.form.exclusionReason} placeholder={T.form.exclusionReason} value={reason} onChange={(e) => setReason(e.target.value)} style={{ width: 260 }} />
          <Button onClick={add} disabled={!picked || !reason.trim()}>
            {T.form.addExclusion}
          </Button>
        </Space>
        {exclusions.length > 0 && (
          <List
            size="small"
            dataSource={exclusions}
            renderItem={(x) => (
              <List.Item actions={[<Button key="rm" type="link" onClick={() => setExclusions(exclusions.filter((e) => e !== x))}>{T.form.remove}</Button>]}>
                {x.label}：{x.reason}
              </List.Item>
            )}
          />
        )}
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={busy} disabled={!parsed?.ok}>
        {T.form.preview}
      </Button>
    </Form>
  );
}

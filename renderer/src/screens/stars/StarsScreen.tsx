import { App, Button, Card, Input, InputNumber, Select, Space, Table, Tag, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { starText, type StarList, type StarRow } from '../../../../electron/core/contract/stats.js';
import { invoke } from '../../api/client.js';
import { useCan } from '../../app/session.js';
import { PdfPreview } from '../publications/PdfPreview.js';
import { usePdfAction } from '../publications/usePdfAction.js';
import { T } from './text.js';

const THIS_YEAR = new Date().getFullYear();
const YEARS = [THIS_YEAR, THIS_YEAR - 1, THIS_YEAR - 2];

/** 星级文明户: the village's thresholds for a year, the resulting list, printable list and certificates. */
export function StarsScreen() {
  const { message } = App.useApp();
  const isAdmin = useCan(['admin']);
  const pdf = usePdfAction();
  const [year, setYear] = useState(THIS_YEAR);
  const [list, setList] = useState<StarList | null>(null);
  const [thresholds, setThresholds] = useState<(number | null)[]>([null, null, null, null, null]);
  const [note, setNote] = useState('');
  const [minStars, setMinStars] = useState(1);

  const load = useCallback(() => {
    invoke('stars.list', { year }).then(
      (l) => {
        setList(l);
        setThresholds([0, 1, 2, 3, 4].map((i) => l.rule?.thresholds[i] ?? null));
        setNote(l.rule?.note ?? '');
      },
      (e: Error) => message.error(e.message),
    );
  }, [year, message]);
  useEffect(load, [load]);

  const save = async () => {
    try {
      await invoke('stars.saveRule', { year, thresholds: thresholds.filter((t): t is number => t !== null), note });
      message.success(T.rule.saved);
      load();
    } catch (e) {
      message.error((e as Error).message);
    }
  };

  return (
    <div>
      <Typography.Title level={3}>{T.title}</Typography.Title>
      <Space style={{ marginBottom: 16 }}>
        <span>{T.year}</span>
        <Select aria-label={T.year} value={year} onChange={setYear} style={{ width: 120 }} options={YEARS.map((y) => ({ value: y, label: T.yearOption(y) }))} />
      </Space>
      <Card title={T.rule.title} style={{ marginBottom: 16 }}>
        <Typography.Paragraph type="secondary">
          {list?.rule ? T.rule.current(list.rule.operatorName, list.rule.createdAt.slice(0, 16).replace('T', ' ')) : T.rule.none(year)} {T.rule.help}
        </Typography.Paragraph>
        <Space wrap>
          {thresholds.map((t, i) => (
            <Space.Compact key={i}>
              <Space.Addon>{T.rule.level(i + 1)}</Space.Addon>
              <InputNumber
                aria-label={T.rule.level(i + 1)}
                min={1}
                precision={0}
                value={t}
                disabled={!isAdmin}
                onChange={(v) => setThresholds(thresholds.map((x, j) => (j === i ? v : x)))}
                style={{ width: 100 }}
              />
              <Space.Addon>{T.rule.points}</Space.Addon>
            </Space.Compact>
          ))}
        </Space>
        {isAdmin && (
          <Space style={{ marginTop: 12 }}>
            <Input aria-label={T.rule.note} placeholder={T.rule.note} value={note} onChange={(e) => setNote(e.target.value)} style={{ width: 320 }} />
            <Button type="primary" onClick={save}>
              {T.rule.save}
            </Button>
          </Space>
        )}
      </Card>
      {list?.rule && (
        <Card
          title={
            <Space wrap>
              {list.counts.map((n, stars) => (
                <Tag key={stars} color={stars === 0 ? 'default' : 'gold'}>
                  {T.counts(stars, n)}
                </Tag>
              )).reverse()}
            </Space>
          }
          extra={
            <Space>
              <Button loading={pdf.busy === 'list'} onClick={() => pdf.run('list', () => invoke('stars.listPdf', { year }))}>
                {T.print.list}
              </Button>
              <Select
                aria-label={T.print.minStars}
                value={minStars}
                onChange={setMinStars}
                style={{ width: 130 }}
                options={list.rule.thresholds.map((_, i) => ({ value: i + 1, label: T.print.minOption(i + 1) }))}
              />
              <Button type="primary" loading={pdf.busy === 'certs'} onClick={() => pdf.run('certs', () => invoke('stars.certificatesPdf', { year, minStars }))}>
                {T.print.certificates}
              </Button>
            </Space>
          }
        >
          <Table<StarRow>
            size="small"
            rowKey="householdId"
            dataSource={list.rows}
            pagination={{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: false }}
            columns={[
              { title: T.cols.number, dataIndex: 'number', width: 100 },
              { title: T.cols.head, dataIndex: 'headName' },
              { title: T.cols.group, dataIndex: 'groupName' },
              { title: T.cols.points, dataIndex: 'points', align: 'right' },
              { title: T.cols.stars, dataIndex: 'stars', render: (n: number) => <span style={{ color: '#b8860b' }}>{starText(n)}</span> },
            ]}
          />
        </Card>
      )}
      <PdfPreview result={pdf.result} onClose={pdf.close} />
    </div>
  );
}

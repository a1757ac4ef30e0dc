import { App, Button, Card, Select, Space, Table, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { CadreRankRow, CadreRanking as Ranking } from '../../../../electron/core/contract/checklist.js';
import { invoke } from '../../api/client.js';
import { downloadFile } from '../../api/files.js';
import { PdfPreview } from '../publications/PdfPreview.js';
import { recentYears } from '../publications/periods.js';
import { usePdfAction } from '../publications/usePdfAction.js';
import { T } from './text.js';

const t = T.ranking;

/** The year's cadre ranking for 评先评优, with the signed sheet as PDF and .xlsx. */
export function CadreRanking() {
  const { message } = App.useApp();
  const years = recentYears();
  const [year, setYear] = useState(years[0]?.value ?? 2026);
  const [ranking, setRanking] = useState<Ranking | null>(null);
  const pdf = usePdfAction();
  useEffect(() => {
    invoke('checklist.ranking', { year }).then(setRanking, (e: Error) => message.error(e.message));
  }, [year, message]);
  const exportSheet = () =>
    invoke('checklist.ranking.xlsx', { year }).then(
      (f) => {
        downloadFile(f);
        message.success(t.exported);
      },
      (e: Error) => message.error(e.message),
    );
  return (
    <Card
      title={t.title}
      style={{ marginTop: 16 }}
      extra={
        <Space wrap>
          <Select aria-label={t.year} value={year} onChange={setYear} options={years} style={{ width: 100 }} />
          <Button loading={pdf.busy === 'ranking'} onClick={() => pdf.run('ranking', () => invoke('checklist.ranking.pdf', { year }))}>
            {t.pdf}
          </Button>
          <Button onClick={exportSheet}>{t.xlsx}</Button>
        </Space>
      }
    >
      <Typography.Paragraph type="secondary">{t.help}</Typography.Paragraph>
      <Table<CadreRankRow>
        size="small"
        rowKey="cadreId"
        pagination={false}
        dataSource={ranking?.rows ?? []}
        locale={{ emptyText: t.empty }}
        columns={[
          { title: t.rank, dataIndex: 'rank', width: 70 },
          { title: t.name, dataIndex: 'name' },
          { title: t.post, dataIndex: 'post' },
          { title: t.points, dataIndex: 'points', align: 'right' },
          { title: t.rate, key: 'rate', render: (_, r) => t.rateText(r.done, r.due, r.rate) },
        ]}
      />
      <PdfPreview result={pdf.result} onClose={pdf.close} />
    </Card>
  );
}

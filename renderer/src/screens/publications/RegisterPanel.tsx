import { Button, Space, Table, Typography } from 'antd';
import type { IssuedPublication } from '../../../../electron/core/contract/publications.js';
import { invoke } from '../../api/client.js';
import { PdfPreview } from './PdfPreview.js';
import { T } from './text.js';
import { usePdfAction } from './usePdfAction.js';

const C = T.register.cols;

/** Every issued publication; a reprint is the stored file, byte for byte. */
export function RegisterPanel({ rows, onObject }: { rows: IssuedPublication[]; onObject(p: IssuedPublication): void }) {
  const pdf = usePdfAction();
  return (
    <>
      <Table<IssuedPublication>
        rowKey="id"
        dataSource={rows}
        pagination={{ pageSize: 20 }}
        locale={{ emptyText: T.register.empty }}
        columns={[
          { title: C.title, dataIndex: 'title' },
          { title: C.period, dataIndex: 'periodLabel' },
          { title: C.publicity, render: (_, p) => (p.publicityFrom ? `${p.publicityFrom} 至 ${p.publicityTo}` : '—') },
          { title: C.operator, dataIndex: 'operatorName' },
          { title: C.issuedAt, dataIndex: 'issuedAt', render: (t: string) => t.slice(0, 16).replace('T', ' ') },
          { title: C.sha, dataIndex: 'sha256', render: (s: string) => <Typography.Text code copyable={{ text: s }}>{s.slice(0, 12)}</Typography.Text> },
          { title: C.objections, dataIndex: 'openObjections' },
          {
            title: C.actions,
            render: (_, p) => (
              <Space>
                <Button size="small" loading={pdf.busy === `r${p.id}`} onClick={() => pdf.run(`r${p.id}`, () => invoke('publications.reprint', { id: p.id }))}>
                  {T.register.reprint}
                </Button>
                {p.publicityFrom && (
                  <Button size="small" onClick={() => onObject(p)}>
                    {T.register.object}
                  </Button>
                )}
              </Space>
            ),
          },
        ]}
      />
      <PdfPreview result={pdf.result} onClose={pdf.close} />
    </>
  );
}

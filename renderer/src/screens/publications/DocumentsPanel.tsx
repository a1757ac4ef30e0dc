import { Alert, Button, Card, Col, Row, Select, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { MissingGlyphs } from '../../../../electron/core/contract/publications.js';
import type { GroupRow } from '../../../../electron/core/contract/roster.js';
import { invoke } from '../../api/client.js';
import { PdfPreview } from './PdfPreview.js';
import { T } from './text.js';
import { usePdfAction } from './usePdfAction.js';

/** One card per printable document with its few choices and a button that opens the preview. */
export function DocumentsPanel() {
  const pdf = usePdfAction();
  const [groups, setGroups] = useState<GroupRow[]>([]);
  const [groupId, setGroupId] = useState(0);
  const [rare, setRare] = useState<MissingGlyphs[] | null>(null);
  useEffect(() => {
    invoke('roster.groups.list', {}).then(setGroups, () => setGroups([]));
    invoke('publications.rareNames', {}).then(setRare, () => setRare(null));
  }, []);

  return (
    <div>
      {rare && rare.length > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={`${T.rare.title}：${T.preview.missingTitle}`}
          description={rare.map((m) => T.preview.missingItem(m.name, m.characters)).join('；')}
        />
      )}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12} xl={8}>
          <Card title={T.cards.title}>
            <Typography.Paragraph type="secondary">{T.cards.help}</Typography.Paragraph>
            <Space wrap>
              <Select
                style={{ width: 180 }}
                aria-label={T.cards.group}
                value={groupId}
                onChange={setGroupId}
                options={[{ value: 0, label: T.cards.allGroups }, ...groups.map((g) => ({ value: g.id, label: g.name }))]}
              />
              <Button
                type="primary"
                loading={pdf.busy === 'cards'}
                onClick={() => pdf.run('cards', () => invoke('publications.cards', { groupId: groupId || null }))}
              >
                {T.generate}
              </Button>
            </Space>
          </Card>
        </Col>
      </Row>
      <PdfPreview result={pdf.result} onClose={pdf.close} />
    </div>
  );
}

import { Button, Card, Space, Typography } from 'antd';
import type { ReactNode } from 'react';
import { T } from './text.js';

/** One printable document: its choices, a preview button and, for 公示, an issue button. */
export function DocumentCard(props: { title: string; help: string; busy: boolean; onPreview(): void; onIssue?: () => void; children?: ReactNode }) {
  return (
    <Card title={props.title} style={{ height: '100%' }}>
      <Typography.Paragraph type="secondary">{props.help}</Typography.Paragraph>
      <Space wrap>
        {props.children}
        <Button loading={props.busy} onClick={props.onPreview} type={props.onIssue ? 'default' : 'primary'}>
          {T.generate}
        </Button>
        {props.onIssue && (
          <Button type="primary" disabled={props.busy} onClick={props.onIssue}>
            {T.issue}
          </Button>
        )}
      </Space>
    </Card>
  );
}

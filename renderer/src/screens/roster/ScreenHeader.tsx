import { Space, Typography } from 'antd';
import type { ReactNode } from 'react';

/** A screen's title with its main actions on the same line, so tables start high on a laptop screen. */
export function ScreenHeader({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', flexWrap: 'wrap', gap: 8, marginBottom: 16 }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {title}
      </Typography.Title>
      <Space wrap>{children}</Space>
    </div>
  );
}

import { Tabs, Typography } from 'antd';
import { useCan } from '../../app/session.js';
import { GoodsPanel } from './GoodsPanel.js';
import { ReportsPanel } from './ReportsPanel.js';
import { SettingsPanel } from './SettingsPanel.js';
import { WaitingPanel } from './WaitingPanel.js';
import { T } from './text.js';

/** 积分超市: goods, stock-in, donations, stocktakes, reports, settings. */
export function ShopScreen() {
  const manage = useCan(['admin', 'cashier']);
  const admin = useCan(['admin']);
  return (
    <div>
      <Typography.Title level={3}>{T.title}</Typography.Title>
      <Tabs
        destroyOnHidden
        items={[
          { key: 'goods', label: T.tabs.goods, children: <GoodsPanel manage={manage} /> },
          { key: 'waiting', label: T.tabs.waiting, children: <WaitingPanel manage={manage} /> },
          { key: 'reports', label: T.tabs.reports, children: <ReportsPanel /> },
          ...(admin ? [{ key: 'settings', label: T.tabs.settings, children: <SettingsPanel /> }] : []),
        ]}
      />
    </div>
  );
}

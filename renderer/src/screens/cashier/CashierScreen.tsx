import { Tabs, Typography } from 'antd';
import { useState } from 'react';
import type { ReceiptPaper } from '../../../../electron/core/contract/shop.js';
import { Counter } from './Counter.js';
import { HistoryPanel } from './HistoryPanel.js';
import { readPaper, writePaper } from './paper.js';
import { T } from './text.js';

/** 收银兑换: the counter for redemption days, and the history for reprints and voids. */
export function CashierScreen() {
  const [paper, setPaperState] = useState<ReceiptPaper>(readPaper);
  const setPaper = (p: ReceiptPaper) => {
    writePaper(p);
    setPaperState(p);
  };
  return (
    <div>
      <Typography.Title level={3}>{T.title}</Typography.Title>
      <Tabs
        destroyOnHidden
        items={[
          { key: 'counter', label: T.counter, children: <Counter paper={paper} setPaper={setPaper} /> },
          { key: 'history', label: T.history, children: <HistoryPanel paper={paper} /> },
        ]}
      />
    </div>
  );
}

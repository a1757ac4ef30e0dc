import { Tree, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import type { ItemRow } from '../../../../electron/core/contract/checklist.js';
import { isBaseScoreItem } from '../../../../electron/core/contract/stats.js';
import { invoke } from '../../api/client.js';
import { T } from './text.js';

const categoryKey = (category: string) => `category:${category}`;

/**
 * Which household items count for the dividend, by category: all ticked but the
 * base score, which every household gets and would make the split close to per household.
 * Reports the items left out (unticked).
 */
export function ItemsPicker({ onChange }: { onChange(leftOut: number[]): void }) {
  const [items, setItems] = useState<ItemRow[]>([]);
  const [checked, setChecked] = useState<number[]>([]);
  useEffect(() => {
    invoke('checklist.lists', { includeInactive: true }).then(
      (lists) => {
        const household = lists.flatMap((l) => l.items).filter((i) => i.subject === 'household');
        setItems(household);
        setChecked(household.filter((i) => !isBaseScoreItem(i.name)).map((i) => i.id));
      },
      () => setItems([]),
    );
  }, []);
  useEffect(() => onChange(items.filter((i) => !checked.includes(i.id)).map((i) => i.id)), [items, checked, onChange]);

  const tree = useMemo(() => {
    const byCategory = new Map<string, ItemRow[]>();
    for (const i of items) byCategory.set(i.category || T.items.other, [...(byCategory.get(i.category || T.items.other) ?? []), i]);
    return [...byCategory].map(([category, list]) => ({
      key: categoryKey(category),
      title: category,
      children: list.map((i) => ({ key: i.id, title: i.name })),
    }));
  }, [items]);

  if (items.length === 0) return null;
  return (
    <div>
      <Typography.Paragraph type="secondary">{T.items.help}</Typography.Paragraph>
      <div role="group" aria-label={T.items.label} style={{ maxHeight: 260, overflow: 'auto', border: '1px solid #f0f0f0', padding: 8 }}>
        <Tree
          checkable
          selectable={false}
          defaultExpandAll={false}
          treeData={tree}
          checkedKeys={checked}
          onCheck={(keys) => {
            const list = Array.isArray(keys) ? keys : keys.checked;
            setChecked(list.filter((k): k is number => typeof k === 'number'));
          }}
        />
      </div>
    </div>
  );
}

import { App } from 'antd';
import { useEffect, useState } from 'react';
import type { ChecklistRow, ItemRow } from '../../../../electron/core/contract/checklist.js';
import type { CadreRow, GroupRow, HouseholdRow } from '../../../../electron/core/contract/roster.js';
import { invoke } from '../../api/client.js';

/** Lists, groups and cadres that every scoring screen picks from. */
export function useLookups() {
  const { message } = App.useApp();
  const [lists, setLists] = useState<ChecklistRow[]>([]);
  const [groups, setGroups] = useState<GroupRow[]>([]);
  const [cadres, setCadres] = useState<CadreRow[]>([]);
  useEffect(() => {
    const fail = (e: Error) => message.error(e.message);
    invoke('checklist.lists', {}).then(setLists, fail);
    invoke('roster.groups.list', {}).then(setGroups, fail);
    invoke('roster.cadres.list', { current: true }).then(setCadres, fail);
  }, [message]);
  const items: ItemRow[] = lists.flatMap((l) => l.items);
  return { lists, items, groups, cadres };
}

/** Households of a group (or all), filtered by name, 户号 or pinyin initials — the roster's own search. */
export function useHouseholds(groupId: number | null, query: string) {
  const { message } = App.useApp();
  const [rows, setRows] = useState<HouseholdRow[]>([]);
  useEffect(() => {
    invoke('roster.households.list', { groupId, query, status: 'active', sort: 'number', pageSize: 1000 }).then(
      (r) => setRows(r.rows),
      (e: Error) => message.error(e.message),
    );
  }, [groupId, query, message]);
  return rows;
}

export const itemLabel = (i: ItemRow) =>
  `${i.name}（${i.grades ? i.grades.map((g) => `${g.label}${signed(g.points)}`).join('/') : signed(i.points ?? 0)}）`;

export const signed = (n: number) => (n > 0 ? `+${n}` : String(n));

export const today = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

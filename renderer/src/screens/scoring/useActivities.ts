import { App } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import type { ActivityRow } from '../../../../electron/core/contract/ledger.js';
import { invoke } from '../../api/client.js';
import { withRepeatConfirm } from './repeat.js';
import { T } from './text.js';

export interface ActivityForm {
  name: string;
  date: string;
  itemId: number;
  cadreId: number;
  dutyItemId: number | null;
}

export function useActivities() {
  const { message, modal } = App.useApp();
  const [rows, setRows] = useState<ActivityRow[]>([]);
  const [currentId, setCurrentId] = useState<number | null>(null);
  const fail = useCallback((e: Error) => message.error(e.message), [message]);
  const load = useCallback(() => {
    invoke('ledger.activities', {}).then(setRows, fail);
  }, [fail]);
  useEffect(load, [load]);
  const replace = (a: ActivityRow) => setRows((rs) => rs.map((r) => (r.id === a.id ? a : r)));

  return {
    rows,
    current: rows.find((r) => r.id === currentId) ?? null,
    select: setCurrentId,
    create: async (f: ActivityForm) => {
      try {
        const a = await withRepeatConfirm(modal, (confirmRepeat) => invoke('ledger.activity.create', { ...f, confirmRepeat }));
        if (!a) return false;
        message.success(T.activity.created(a.name));
        setRows((rs) => [a, ...rs]);
        setCurrentId(a.id);
        return true;
      } catch (e) {
        fail(e as Error);
        return false;
      }
    },
    mark: (activityId: number, householdId: number, present: boolean) => invoke('ledger.activity.mark', { activityId, householdId, present }).then(replace, fail),
    finish: async (activityId: number) => {
      try {
        const r = await invoke('ledger.activity.finish', { activityId });
        message.success(T.activity.saved(r.seqs.length));
        load();
      } catch (e) {
        fail(e as Error);
      }
    },
  };
}

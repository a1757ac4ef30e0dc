import { App } from 'antd';
import { useCallback, useEffect, useState, type KeyboardEvent } from 'react';
import type { InspectionRow } from '../../../../electron/core/contract/ledger.js';
import type { ItemRow } from '../../../../electron/core/contract/checklist.js';
import { invoke } from '../../api/client.js';
import { today, useHouseholds } from './lookups.js';
import { withRepeatConfirm } from './repeat.js';
import { T } from './text.js';

/** State of one inspection round: the set-up, a grade per household, and the keyboard cursor. */
export function useInspection(items: ItemRow[]) {
  const { message, modal } = App.useApp();
  const [groupId, setGroupId] = useState<number | null>(null);
  const [date, setDate] = useState(today());
  const [itemId, setItemId] = useState<number | null>(null);
  const [cadreId, setCadreId] = useState<number | null>(null);
  const [dutyItemId, setDutyItemId] = useState<number | null>(null);
  const [grades, setGrades] = useState<Map<number, string>>(new Map());
  const [cursor, setCursor] = useState(0);
  const [busy, setBusy] = useState(false);
  const [history, setHistory] = useState<InspectionRow[]>([]);
  const households = useHouseholds(groupId, '');
  const item = items.find((i) => i.id === itemId) ?? null;

  const loadHistory = useCallback(() => {
    invoke('ledger.inspections', {}).then(setHistory, (e: Error) => message.error(e.message));
  }, [message]);
  useEffect(loadHistory, [loadHistory]);
  useEffect(() => {
    setGrades(new Map());
    setCursor(0);
  }, [groupId]);

  const setGrade = (householdId: number, grade: string | null) =>
    setGrades((g) => {
      const next = new Map(g);
      if (grade) next.set(householdId, grade);
      else next.delete(householdId);
      return next;
    });

  /** ↑/↓ move; 1–4 grade the current household and move on; 0/Delete clear. */
  const onKeyDown = (e: KeyboardEvent) => {
    if (!item?.grades || households.length === 0) return;
    const current = households[cursor];
    const move = (to: number) => setCursor(Math.max(0, Math.min(households.length - 1, to)));
    if (e.key === 'ArrowDown') move(cursor + 1);
    else if (e.key === 'ArrowUp') move(cursor - 1);
    else if (/^[1-4]$/.test(e.key)) {
      const g = item.grades[Number(e.key) - 1];
      if (!g || !current) return;
      setGrade(current.id, g.label);
      move(cursor + 1);
    } else if (e.key === '0' || e.key === 'Delete' || e.key === 'Backspace') {
      if (current) setGrade(current.id, null);
    } else return;
    e.preventDefault();
  };

  useEffect(() => {
    const id = households[cursor]?.id;
    if (id !== undefined) document.querySelector(`[data-row-key="${id}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [cursor, households]);

  const finish = async () => {
    if (groupId === null || itemId === null || cadreId === null) return;
    setBusy(true);
    try {
      const graded = households.filter((h) => grades.has(h.id)).map((h) => ({ householdId: h.id, grade: grades.get(h.id) as string }));
      const r = await withRepeatConfirm(modal, (confirmRepeat) => invoke('ledger.inspect', { groupId, date, itemId, cadreId, dutyItemId, grades: graded, confirmRepeat }));
      if (!r) return;
      message.success(T.inspection.saved(r.seqs.length));
      setGrades(new Map());
      setCursor(0);
      loadHistory();
    } catch (e) {
      message.error((e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return {
    setup: { groupId, setGroupId, date, setDate, itemId, setItemId, cadreId, setCadreId, dutyItemId, setDutyItemId },
    item,
    households,
    grades,
    cursor,
    setCursor,
    onKeyDown,
    finish,
    busy,
    history,
    ready: groupId !== null && itemId !== null && cadreId !== null && grades.size > 0,
  };
}

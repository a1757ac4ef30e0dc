import { App } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import type { EntryRow, EntryStatus, MonthRow } from '../../../../electron/core/contract/ledger.js';
import { ApiFailure, invoke } from '../../api/client.js';
import { useCan } from '../../app/session.js';
import { today } from '../scoring/lookups.js';
import { T } from './text.js';

/** The reviewer's month: its entries, selection, decisions and closing. */
export function useReview() {
  const { message } = App.useApp();
  const [months, setMonths] = useState<MonthRow[]>([]);
  const [month, setMonth] = useState<string | null>(null);
  const [status, setStatus] = useState<EntryStatus | null>('pending');
  const [list, setList] = useState<string | null>(null);
  const [householdId, setHouseholdId] = useState<number | null>(null);
  const [rows, setRows] = useState<EntryRow[]>([]);
  const [selected, setSelected] = useState<number[]>([]);
  const fail = useCallback((e: Error) => message.error(e.message), [message]);
  const isAdmin = useCan(['admin']);
  const [earlyClose, setEarlyClose] = useState(false);
  // The core's refusal when the screen's own clock thought the month over: kept on screen, not a passing toast.
  const [refusal, setRefusal] = useState<string | null>(null);

  const loadMonths = useCallback(() => {
    invoke('ledger.months', {}).then((ms) => {
      setMonths(ms);
      setMonth((m) => m ?? ms.find((x) => x.pending > 0)?.month ?? ms[0]?.month ?? null);
    }, fail);
  }, [fail]);
  const loadRows = useCallback(() => {
    if (!month) return setRows([]);
    invoke('ledger.entries', { month, status, checklistCode: list, householdId, pageSize: 2000 }).then((r) => setRows(r.rows), fail);
  }, [month, status, list, householdId, fail]);
  useEffect(loadMonths, [loadMonths]);
  useEffect(loadRows, [loadRows]);
  useEffect(() => setSelected([]), [month, status, list, householdId]);
  useEffect(() => setRefusal(null), [month]);
  const refresh = () => {
    loadMonths();
    loadRows();
  };

  return {
    months,
    current: months.find((m) => m.month === month) ?? null,
    month,
    setMonth,
    status,
    setStatus,
    list,
    setList,
    householdId,
    setHouseholdId,
    rows,
    selected,
    setSelected,
    approve: async () => {
      try {
        const r = await invoke('ledger.review', { seqs: selected, decision: 'approved', reason: '' });
        message.success(T.approved(r.reviewed));
        setSelected([]);
        refresh();
      } catch (e) {
        fail(e as Error);
      }
    },
    reject: async (seq: number, reason: string) => {
      try {
        await invoke('ledger.review', { seqs: [seq], decision: 'rejected', reason });
        message.success(T.rejected);
        refresh();
        return true;
      } catch (e) {
        fail(e as Error);
        return false;
      }
    },
    /** The month not over yet: an admin is asked why it closes early (audited); others see the refusal. */
    earlyClose,
    /** Why this month cannot be closed yet, or null. */
    notOver: month !== null && month >= today().slice(0, 7) && !isAdmin ? (refusal ?? T.notOver(month)) : refusal,
    cancelEarlyClose: () => setEarlyClose(false),
    close: async (reason = '') => {
      if (!month) return false;
      try {
        await invoke('ledger.closeMonth', { month, reason });
        message.success(T.closedOk(month));
        setEarlyClose(false);
        refresh();
        return true;
      } catch (e) {
        if (e instanceof ApiFailure && e.code === 'MONTH_NOT_OVER' && isAdmin && !reason.trim()) setEarlyClose(true);
        else if (e instanceof ApiFailure && e.code === 'MONTH_NOT_OVER') setRefusal(e.message);
        else fail(e as Error);
        return false;
      }
    },
  };
}

import { useCallback, useEffect, useMemo, useState } from 'react';
import type { EntryRow, EntryStatus, MonthRow } from '../../../../electron/core/contract/ledger.js';
import { ApiFailure, invoke } from '../../api/client.js';
import { useCan, useSession } from '../../app/session.js';
import { useAction } from '../../app/useAction.js';
import { today } from '../scoring/lookups.js';
import { T } from './text.js';

/** The reviewer's month: its entries, selection, decisions and closing. */
export function useReview() {
  const { run, fail, succeed, busy } = useAction();
  const me = useSession().status.operator?.id ?? null;
  const [allowSelf, setAllowSelf] = useState(false);
  const [months, setMonths] = useState<MonthRow[]>([]);
  const [month, setMonth] = useState<string | null>(null);
  const [status, setStatus] = useState<EntryStatus | null>('pending');
  const [list, setList] = useState<string | null>(null);
  const [householdId, setHouseholdId] = useState<number | null>(null);
  const [rows, setRows] = useState<EntryRow[]>([]);
  const [selected, setSelected] = useState<number[]>([]);
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
  useEffect(() => void invoke('ledger.settings', {}).then((s) => setAllowSelf(s.allowSelfApproval), fail), [fail]);
  useEffect(loadRows, [loadRows]);
  useEffect(() => setSelected([]), [month, status, list, householdId]);
  useEffect(() => setRefusal(null), [month]);
  const refresh = () => {
    loadMonths();
    loadRows();
  };
  const current = months.find((m) => m.month === month) ?? null;
  /** Whoever recorded an entry may not decide on it (the core refuses too); the screen says so before the click. */
  const isOwn = useCallback((e: EntryRow) => !allowSelf && e.operatorId === me, [allowSelf, me]);
  const decidable = useMemo(() => (current?.closed ? [] : rows.filter((e) => e.status === 'pending' && !isOwn(e))), [rows, current, isOwn]);
  const decide = async (decision: 'approved' | 'rejected', seqs: number[], reason = '') => {
    const r = await run(
      () => invoke('ledger.review', { seqs, decision, reason }),
      (x) => (decision === 'approved' ? T.approved(x.reviewed) : T.rejected(x.reviewed)),
    );
    if (!r) return false;
    setSelected([]);
    refresh();
    return true;
  };

  return {
    months,
    current,
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
    busy,
    isOwn,
    /** Every pending entry of the month this reviewer may decide on, across all table pages. */
    decidable,
    selectAll: () => setSelected(decidable.map((e) => e.seq)),
    approve: () => decide('approved', selected),
    /** One reason for every selected entry (duplicates are rejected for the same cause). */
    rejectSelected: (reason: string) => decide('rejected', selected, reason),
    reject: (seq: number, reason: string) => decide('rejected', [seq], reason),
    /** The month not over yet: an admin is asked why it closes early (audited); others see the refusal. */
    earlyClose,
    /** Why this month cannot be closed yet, or null. */
    notOver: month !== null && month >= today().slice(0, 7) && !isAdmin ? (refusal ?? T.notOver(month)) : refusal,
    cancelEarlyClose: () => setEarlyClose(false),
    close: async (reason = '') => {
      if (!month) return false;
      // not `run`: the early-close refusal opens the reason dialog instead of an error message
      try {
        await invoke('ledger.closeMonth', { month, reason });
      } catch (e) {
        if (e instanceof ApiFailure && e.code === 'MONTH_NOT_OVER' && isAdmin && !reason.trim()) setEarlyClose(true);
        else if (e instanceof ApiFailure && e.code === 'MONTH_NOT_OVER') setRefusal(e.message);
        else fail(e);
        return false;
      }
      succeed(T.closedOk(month));
      setEarlyClose(false);
      refresh();
      return true;
    },
  };
}

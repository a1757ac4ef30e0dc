import { App } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import type { CadrePassbook, Passbook } from '../../../../electron/core/contract/ledger.js';
import { invoke } from '../../api/client.js';
import { T } from './text.js';

export function usePassbook() {
  const { message } = App.useApp();
  const [householdId, setHouseholdId] = useState<number | null>(null);
  const [cadreId, setCadreId] = useState<number | null>(null);
  const [year, setYear] = useState<number | null>(new Date().getFullYear());
  const [book, setBook] = useState<Passbook | null>(null);
  const [cadreBook, setCadreBook] = useState<CadrePassbook | null>(null);
  const fail = useCallback((e: Error) => message.error(e.message), [message]);

  const load = useCallback(() => {
    if (householdId) invoke('ledger.passbook', { householdId, year }).then(setBook, fail);
    else setBook(null);
  }, [householdId, year, fail]);
  useEffect(load, [load]);
  useEffect(() => {
    if (cadreId) invoke('ledger.cadrePassbook', { cadreId, year }).then(setCadreBook, fail);
    else setCadreBook(null);
  }, [cadreId, year, fail]);

  return {
    householdId,
    setHouseholdId,
    cadreId,
    setCadreId,
    year,
    setYear,
    book,
    cadreBook,
    correct: async (seq: number, points: number, reason: string, date: string) => {
      try {
        await invoke('ledger.correct', { seq, points, reason, date });
        message.success(T.corrected);
        load();
        return true;
      } catch (e) {
        fail(e as Error);
        return false;
      }
    },
  };
}

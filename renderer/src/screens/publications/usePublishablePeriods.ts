import { useEffect, useState } from 'react';
import { invoke } from '../../api/client.js';
import { recentMonths, recentQuarters } from './periods.js';

type Option = { value: string; label: string };

/**
 * Months and quarters that have approved entries: a publication of a period
 * with nothing in it (or before the village used cunji) would be registered
 * for ever, so the lists offer only periods that exist.
 */
export function usePublishablePeriods(): { months: Option[]; quarters: Option[]; boardPeriods: Option[] } {
  const [withData, setWithData] = useState<Set<string>>(new Set());
  useEffect(() => {
    invoke('ledger.months', {}).then(
      (rows) => setWithData(new Set(rows.filter((m) => m.approved > 0).map((m) => m.month))),
      () => setWithData(new Set()),
    );
  }, []);
  const months = recentMonths(24).filter((m) => withData.has(m.value));
  const quarters = recentQuarters(8).filter((q) => {
    const [y, n] = [q.value.slice(0, 4), Number(q.value.slice(6))];
    return [1, 2, 3].some((i) => withData.has(`${y}-${String((n - 1) * 3 + i).padStart(2, '0')}`));
  });
  return { months, quarters, boardPeriods: [...months.slice(0, 6), ...quarters.slice(0, 4)] };
}

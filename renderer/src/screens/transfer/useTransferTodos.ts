import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { STALE_AFTER_DAYS } from '../../../../electron/core/contract/township.js';
import { invoke } from '../../api/client.js';
import { useCan, useSession } from '../../app/session.js';
import { TODO } from './text.js';

/** To-dos for the home page: a village that has not reported lately; a township with villages gone quiet. */
export function useTransferTodos(): string[] {
  const { status } = useSession();
  const isAdmin = useCan(['admin']);
  const installation = status.village?.installation;
  const [todos, setTodos] = useState<string[]>([]);
  useEffect(() => {
    if (installation === 'township') {
      invoke('township.dashboard', { period: dayjs().format('YYYY') }).then(
        (d) => setTodos(d.totals.villages === 0 ? [TODO.noPackages] : d.totals.stale > 0 ? [TODO.stale(d.totals.stale)] : []),
        () => setTodos([]),
      );
    } else if (isAdmin) {
      invoke('transfer.status', {}).then((s) => {
        const last = s.exports[0];
        if (!last) return setTodos([TODO.neverSent]);
        const days = dayjs().startOf('day').diff(dayjs(last.createdAt.slice(0, 10)), 'day');
        setTodos(days > STALE_AFTER_DAYS ? [TODO.overdue(days)] : []);
      }, () => setTodos([]));
    }
  }, [installation, isAdmin]);
  return todos;
}

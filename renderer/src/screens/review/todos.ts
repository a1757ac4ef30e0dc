import { useEffect, useState } from 'react';
import { invoke } from '../../api/client.js';
import { useCan } from '../../app/session.js';
import { today } from '../scoring/lookups.js';

/** Home-page to-dos from the ledger: months waiting for review (reviewers) and duty items nobody holds (admins). */
export function useLedgerTodos(): string[] {
  const isReviewer = useCan(['reviewer']);
  const isAdmin = useCan(['admin']);
  const [todos, setTodos] = useState<string[]>([]);
  useEffect(() => {
    const pending = isReviewer
      ? invoke('ledger.months', {}).then((ms) => ms.filter((m) => m.pending > 0).map((m) => `${m.month} 有 ${m.pending} 条积分记录待审核（月度审核）`))
      : Promise.resolve([]);
    const duties = isAdmin
      ? invoke('checklist.duties', { date: today() }).then((d) =>
          d.unassigned.length ? [`有 ${d.unassigned.length} 个职责事项还没有责任人（职责分工）`] : [],
        )
      : Promise.resolve([]);
    Promise.all([pending, duties]).then(([a, b]) => setTodos([...a, ...b]), () => setTodos([]));
  }, [isReviewer, isAdmin]);
  return todos;
}

import { useEffect, useState } from 'react';
import { invoke } from '../../api/client.js';
import { useCan, useSession } from '../../app/session.js';
import { T } from './text.js';

export interface LinkedTodo {
  text: string;
  /** The screen (route key) where it is done. */
  to: string;
  action: string;
}

/**
 * A fresh village's first steps, each gone once done: the lists it uses, its
 * cadres, and a second operator (录入 and 审核 must be different people).
 */
export function useSetupTodos(): LinkedTodo[] {
  const { status } = useSession();
  const admin = useCan(['admin']);
  const village = status.village?.installation !== 'township';
  const [counts, setCounts] = useState<{ lists: number; cadres: number; operators: number } | null>(null);
  useEffect(() => {
    if (!admin || !village) return;
    Promise.all([invoke('checklist.lists', {}), invoke('roster.cadres.list', {}), invoke('auth.operators', {})]).then(
      ([lists, cadres, operators]) => setCounts({ lists: lists.length, cadres: cadres.length, operators: operators.length }),
      () => setCounts(null),
    );
  }, [admin, village]);
  if (!counts) return [];
  return [
    ...(counts.lists === 0 ? [{ text: T.setup.lists, to: 'checklists', action: T.setup.go('清单管理') }] : []),
    ...(counts.cadres === 0 ? [{ text: T.setup.cadres, to: 'cadres', action: T.setup.go('村干部') }] : []),
    ...(counts.operators < 2 ? [{ text: T.setup.operators, to: 'operators', action: T.setup.go('操作员管理') }] : []),
  ];
}

import { useEffect, useState } from 'react';
import { invoke } from '../../api/client.js';
import { useSession } from '../../app/session.js';
import { T } from './text.js';

/** Home to-dos for publications: last week's cadre notice, last month's notice before the 10th, last quarter's notice. */
export function usePublicationReminders(): string[] {
  const { status } = useSession();
  const village = status.village?.installation === 'village';
  const [todos, setTodos] = useState<string[]>([]);
  useEffect(() => {
    if (!village) return;
    invoke('publications.reminders', {}).then((rs) => setTodos(rs.map((r) => T.publish[r.kind](r.periodLabel, r.deadline))), () => setTodos([]));
  }, [village]);
  return todos;
}

import { createContext, useContext } from 'react';
import type { SystemStatus } from '../../../electron/core/contract/system.js';
import type { Role } from '../../../electron/core/contract/endpoint.js';

export interface Session {
  status: SystemStatus;
  /** Replace the status after login, logout or setup. */
  setStatus(s: SystemStatus): void;
}

export const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const s = useContext(SessionContext);
  if (!s) throw new Error('useSession outside SessionContext');
  return s;
}

export function useCan(roles: readonly Role[] | 'session'): boolean {
  const { status } = useSession();
  if (roles === 'session') return status.operator !== null;
  return roles.some((r) => status.operator?.roles.includes(r));
}

import { App } from 'antd';
import { useEffect, useState } from 'react';
import type { AuditRow } from '../../../../electron/core/contract/audit.js';
import type { Input } from '../../../../electron/core/contract/index.js';
import { invoke } from '../../api/client.js';

export type AuditFilter = Input<'audit.list'>;

/** The audit log page for the current filter. */
export function useAudit(filter: AuditFilter) {
  const { message } = App.useApp();
  const [data, setData] = useState<{ rows: AuditRow[]; total: number; operators: { id: number; name: string }[] }>({ rows: [], total: 0, operators: [] });
  const key = JSON.stringify(filter);
  useEffect(() => {
    invoke('audit.list', JSON.parse(key) as AuditFilter).then(setData, (e: Error) => message.error(e.message));
  }, [key, message]);
  return data;
}

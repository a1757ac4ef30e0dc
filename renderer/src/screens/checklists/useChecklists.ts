import { App } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import type { ChecklistRow, TemplateInfo } from '../../../../electron/core/contract/checklist.js';
import { invoke } from '../../api/client.js';

export function useChecklists() {
  const { message } = App.useApp();
  const [lists, setLists] = useState<ChecklistRow[]>([]);
  const [templates, setTemplates] = useState<TemplateInfo[]>([]);
  const fail = useCallback((e: Error) => message.error(e.message), [message]);
  const load = useCallback(() => {
    invoke('checklist.lists', {}).then(setLists, fail);
    invoke('checklist.templates', {}).then(setTemplates, fail);
  }, [fail]);
  useEffect(load, [load]);
  /** Runs a write, reports its error in Chinese, reloads; true when it worked. */
  const run = useCallback(
    async (write: () => Promise<unknown>, done: string) => {
      try {
        await write();
        message.success(done);
        load();
        return true;
      } catch (e) {
        fail(e as Error);
        return false;
      }
    },
    [fail, load, message],
  );
  return { lists, templates, run };
}

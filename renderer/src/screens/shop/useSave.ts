import { App } from 'antd';
import { useState } from 'react';

/** Runs a save, shows the core's Chinese message on refusal, closes the dialog on success. */
export function useSave(onDone: () => void) {
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const save = async (fn: () => Promise<unknown>) => {
    setBusy(true);
    try {
      await fn();
      message.success('已保存');
      onDone();
    } catch (e) {
      if (e instanceof Error) message.error(e.message);
    } finally {
      setBusy(false);
    }
  };
  return { busy, save };
}

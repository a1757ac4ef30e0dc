import { App } from 'antd';
import { useCallback, useState } from 'react';

type Success<R> = string | ((result: R) => string);

/**
 * The one way a screen calls the core for something the user asked for: it is
 * busy while the call runs, shows the core's Chinese message when refused and a
 * success message when done — so no save is silent and no screen repeats the
 * try/catch. Resolves to the result, or `undefined` when the call was refused.
 */
export function useAction() {
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const fail = useCallback((e: unknown) => void message.error(e instanceof Error ? e.message : String(e)), [message]);
  const run = useCallback(
    async <R>(fn: () => Promise<R>, success?: Success<R>): Promise<R | undefined> => {
      setBusy(true);
      try {
        const result = await fn();
        if (success) message.success(typeof success === 'function' ? success(result) : success);
        return result;
      } catch (e) {
        fail(e);
        return undefined;
      } finally {
        setBusy(false);
      }
    },
    [message, fail],
  );
  /** For the few calls that handle a refusal themselves and then only need the success message. */
  const succeed = useCallback((text: string) => void message.success(text), [message]);
  return { busy, run, fail, succeed };
}

import { useAction } from '../../app/useAction.js';

/** Runs a save through the shared action hook and closes the dialog on success. */
export function useSave(onDone: () => void) {
  const { busy, run } = useAction();
  const save = async (fn: () => Promise<unknown>) => {
    if (await run(async () => (await fn(), true), '已保存')) onDone();
  };
  return { busy, save };
}

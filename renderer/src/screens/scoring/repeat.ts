import type { useAppProps } from 'antd/es/app/context';
import { ApiFailure } from '../../api/client.js';
import { T } from './text.js';

const REPEAT_CODES = new Set(['REPEAT_ROUND', 'REPEAT_ACTIVITY']);

/**
 * Sends a round or an activity; when the core says the same one is already
 * recorded that day, shows why and sends again only if the clerk chooses
 * 再记一次 (the flag is recorded in the audit log). Null: the clerk cancelled.
 */
export async function withRepeatConfirm<R>(modal: useAppProps['modal'], send: (confirmRepeat: boolean) => Promise<R>): Promise<R | null> {
  try {
    return await send(false);
  } catch (e) {
    if (!(e instanceof ApiFailure) || !REPEAT_CODES.has(e.code)) throw e;
    const again = await modal.confirm({ title: T.repeat.title, content: e.message, okText: T.repeat.ok, cancelText: T.repeat.cancel });
    return again ? send(true) : null;
  }
}

import type { Session } from 'electron';
import { dirname, join } from 'node:path';
import { objectPrefsStore, type PrefsStore } from '../core/prefs/store.js';

/** This PC's preferences in electron-store (`prefs.json` in the user-data folder). */
export async function openElectronPrefs(): Promise<PrefsStore> {
  // electron-store is ES-module only; the bundled CommonJS main loads it with import()
  const { default: Store } = await import('electron-store');
  return objectPrefsStore(new Store<Record<string, unknown>>({ name: 'prefs', clearInvalidConfig: true }));
}

/** Every export (Excel, PDF, backup) asks where to save, starting in the folder used last time. */
export function rememberExportFolder(session: Session, prefs: PrefsStore): void {
  session.on('will-download', (_event, item) => {
    const last = prefs.read().lastExportFolder;
    item.setSaveDialogOptions({ title: '保存到', defaultPath: last ? join(last, item.getFilename()) : item.getFilename() });
    item.once('done', (_e, state) => {
      if (state === 'completed' && item.getSavePath()) prefs.write({ lastExportFolder: dirname(item.getSavePath()) });
    });
  });
}

import type { Database } from 'better-sqlite3';
import type { PublicationSettings } from '../contract/publications.js';
import { readSetting, writeSetting } from '../village/village.js';

const KEY = 'publications';

/** Black board off, names shown in full on the red board, a week of 公示期 — until the village decides otherwise. */
export const DEFAULT_SETTINGS: PublicationSettings = {
  maskNamesOnBoards: false,
  blackBoardEnabled: false,
  blackBoardMode: 'maskedNames',
  objectionPlace: '村务监督委员会（村委会办公室）',
  publicityDays: 7,
};

export function readPublicationSettings(db: Database): PublicationSettings {
  return { ...DEFAULT_SETTINGS, ...readSetting<Partial<PublicationSettings>>(db, KEY, {}) };
}

export function writePublicationSettings(db: Database, settings: PublicationSettings): PublicationSettings {
  writeSetting(db, KEY, settings);
  return readPublicationSettings(db);
}

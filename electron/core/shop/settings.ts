import type { Database } from 'better-sqlite3';
import type { ShopSettings } from '../contract/shop.js';
import { readSetting, writeSetting } from '../village/village.js';

const KEY = 'shop';

/** The cashier PC usually faces the queue, and receipts go home with villagers: mask until the village decides otherwise. */
export const DEFAULT_SHOP_SETTINGS: ShopSettings = { maskNamesOnScreen: true, maskNamesOnReceipt: true };

export function readShopSettings(db: Database): ShopSettings {
  return { ...DEFAULT_SHOP_SETTINGS, ...readSetting<Partial<ShopSettings>>(db, KEY, {}) };
}

export function writeShopSettings(db: Database, s: ShopSettings): ShopSettings {
  writeSetting(db, KEY, s);
  return readShopSettings(db);
}

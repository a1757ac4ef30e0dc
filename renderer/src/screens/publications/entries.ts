import type { EntryRow } from '../../../../electron/core/contract/ledger.js';

/** 第 12 号 · 2026-03-02 · 参加志愿服务 · +15 分 */
export function entryLabel(e: EntryRow): string {
  return `第 ${e.seq} 号 · ${e.date} · ${e.itemName ?? ''} · ${e.points > 0 ? '+' : ''}${e.points} 分`;
}

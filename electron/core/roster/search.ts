import { pinyin } from 'pinyin-pro';

/**
 * The searchable text of one or more names: each name, its full pinyin and
 * its initials, `|`-separated so initials of two names never run together
 * (张三 李四 → "张三|zhangsan|zs|李四|lisi|ls").
 */
export function searchKeys(names: readonly string[]): string {
  const parts: string[] = [];
  for (const name of names) {
    if (!name) continue;
    // `surname: 'head'` reads 曾/单/解 at the start of a name as surnames (zeng, shan, xie).
    const syllables = pinyin(name, { toneType: 'none', type: 'array', surname: 'head', nonZh: 'consecutive', v: true });
    parts.push(name, syllables.join('').toLowerCase(), syllables.map((s) => s[0] ?? '').join('').toLowerCase());
  }
  return parts.join('|');
}

/** Normalises what the user typed: pinyin is matched in lowercase without spaces. */
export function normalizeQuery(q: string): string {
  return q.trim().replace(/\s+/g, '').toLowerCase();
}

/** A LIKE pattern that treats the user's % and _ literally. */
export function likePattern(q: string): string {
  return `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

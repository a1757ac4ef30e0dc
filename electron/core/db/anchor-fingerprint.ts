import { createHash } from 'node:crypto';

/** One chain head of a month closure's anchor (`closure_anchors` row without the month). */
export interface AnchorHead {
  register: string;
  seq: number;
  hash: string;
}

/**
 * A short, readable fingerprint of a closure anchor (the heads of every chain
 * when the month was closed): 16 hex digits in groups of four. The village
 * and the township compute it from the same rows, so it can be compared on paper.
 */
export function anchorFingerprint(heads: readonly AnchorHead[]): string {
  const lines = [...heads]
    .sort((a, b) => (a.register < b.register ? -1 : a.register > b.register ? 1 : 0))
    .map((h) => `${h.register}:${h.seq}:${h.hash}\n`)
    .join('');
  const hex = createHash('sha256').update(lines).digest('hex').slice(0, 16).toUpperCase();
  return hex.match(/.{4}/g)!.join(' ');
}

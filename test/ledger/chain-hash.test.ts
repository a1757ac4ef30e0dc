import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { chainHash, GENESIS } from '../../electron/core/db/chain-hash.js';

// Every stored hash in every village and package depends on these bytes: a faster way to compute
// the chain step must give the same digest as the first one did.
describe('the chain step', () => {
  it('is SHA-256 over the previous hash, a newline and the canonical JSON, byte for byte', () => {
    const canonical = JSON.stringify([1, '2026-03-01', '户主一户', '参加志愿服务', 10]);
    expect(chainHash(GENESIS, canonical)).toBe('c98a9e3d4af0ef2ec500f076988ee1cf499d402749b5f29137c1704baba5f782');
    for (const [prev, text] of [
      [GENESIS, '[]'],
      ['ab'.repeat(32), JSON.stringify(['龙眼', '𠀀', 'a\nb', null, -5])],
      ['', ''],
    ] as const) {
      const old = createHash('sha256').update(prev).update('\n').update(text).digest('hex');
      expect(chainHash(prev, text)).toBe(old);
    }
  });
});

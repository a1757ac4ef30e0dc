import { describe, expect, it } from 'vitest';
import { interleaveAll } from '../../bench/harness.js';

describe('interleaveAll', () => {
  it('runs the subject and every floor in the same rounds, alternating the order, and counts only measured rounds', async () => {
    const calls: string[] = [];
    const side = (name: string) => ({ before: () => void calls.push(`${name}?`), run: () => void calls.push(name) });
    const out = await interleaveAll(2, side('s'), [side('a'), side('b')], 1);
    expect(calls).toEqual(['s?', 's', 'a?', 'a', 'b?', 'b', 'b?', 'b', 'a?', 'a', 's?', 's', 's?', 's', 'a?', 'a', 'b?', 'b']);
    expect(out.subject.samples).toBe(2);
    expect(out.floors.map((f) => f.samples)).toEqual([2, 2]);
  });
});

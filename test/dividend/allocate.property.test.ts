import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatFen, MAX_AMOUNT_FEN, parseYuan } from '../../electron/core/contract/dividend.js';
import { allocate, type Claim } from '../../electron/core/dividend/allocate.js';

const claimsOf = (points: number[]): Claim[] => points.map((p, i) => ({ householdId: i + 1, number: String(1001 + i).padStart(5, '0'), points: p }));

/** The properties every split must have, whatever the inputs. */
function checkSplit(amount: number, points: number[]) {
  const shares = allocate(amount, claimsOf(points));
  const list = points.map((_, i) => shares.get(i + 1) as number);
  for (const s of list) {
    expect(Number.isSafeInteger(s)).toBe(true);
    expect(s).toBeGreaterThanOrEqual(0);
  }
  expect(list.reduce((n, s) => n + BigInt(s), 0n)).toBe(BigInt(amount));
  for (let i = 0; i < points.length; i++) {
    for (let j = 0; j < points.length; j++) {
      const [pi, pj, si, sj] = [points[i]!, points[j]!, list[i]!, list[j]!];
      if (pi > pj) expect(si).toBeGreaterThanOrEqual(sj);
      // Equal points differ by at most the one fen the tie rule hands out.
      if (pi === pj) expect(Math.abs(si - sj)).toBeLessThanOrEqual(1);
    }
  }
  // Largest remainder: no share is more than one fen away from its exact quota.
  const total = points.reduce((n, p) => n + BigInt(p), 0n);
  list.forEach((s, i) => {
    const exact = BigInt(amount) * BigInt(points[i]!);
    expect(BigInt(s) * total - exact < total).toBe(true);
    expect(exact - BigInt(s) * total < total).toBe(true);
  });
  return list;
}

const points = fc.array(fc.integer({ min: 1, max: 100_000 }), { minLength: 1, maxLength: 60 });

describe('largest-remainder split (property tests)', () => {
  it('gives non-negative integer fen that add up exactly to the amount and are monotone in points', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: MAX_AMOUNT_FEN }), points, (amount, pts) => void checkSplit(amount, pts)), { numRuns: 400 });
  });

  it('holds for huge amounts (10^12 fen and more, products beyond 2^53)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1_000_000_000_000, max: MAX_AMOUNT_FEN }), points, (amount, pts) => void checkSplit(amount, pts)),
      { numRuns: 200 },
    );
    const list = checkSplit(1_000_000_000_000, [99_999, 99_998, 1]);
    expect(list.reduce((a, b) => a + b, 0)).toBe(1_000_000_000_000);
  });

  it('holds for amounts smaller than the number of households', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 50 }), { minLength: 2, maxLength: 80 }).chain((pts) => fc.tuple(fc.integer({ min: 0, max: pts.length - 1 }), fc.constant(pts))),
        ([amount, pts]) => void checkSplit(amount, pts),
      ),
      { numRuns: 300 },
    );
  });

  it('gives one household everything', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: MAX_AMOUNT_FEN }), fc.integer({ min: 1, max: 1_000_000 }), (amount, p) => {
        expect(checkSplit(amount, [p])).toEqual([amount]);
      }),
    );
  });

  it('refuses to split against zero points', () => {
    expect(() => allocate(100, [])).toThrow('nothing to allocate');
    expect(() => allocate(100, claimsOf([0, 0]))).toThrow('positive');
  });

  it('breaks equal remainders by more points, then by the smaller 户号', () => {
    // 3 fen over 3 equal households: one each.
    expect([...allocate(3, claimsOf([5, 5, 5])).values()].sort()).toEqual([1, 1, 1]);
    // 1 fen over 3 equal households: the smallest 户号 (household 1) gets it.
    const one = allocate(1, claimsOf([5, 5, 5]));
    expect([one.get(1), one.get(2), one.get(3)]).toEqual([1, 0, 0]);
    // 10 fen by 1:2 → quotas 3.33 and 6.67: the larger remainder wins.
    const two = allocate(10, claimsOf([1, 2]));
    expect([two.get(1), two.get(2)]).toEqual([3, 7]);
    // 5 fen by 1:1:2 over 户号 order reversed: remainders 0.25, 0.25, 0.5 → household 3 first, then the smaller 户号.
    const three = allocate(5, [
      { householdId: 1, number: '00009', points: 1 },
      { householdId: 2, number: '00002', points: 1 },
      { householdId: 3, number: '00005', points: 2 },
    ]);
    expect([three.get(1), three.get(2), three.get(3)]).toEqual([1, 1, 3]);
  });
});

describe('amounts typed in yuan', () => {
  it('parses straight to integer fen', () => {
    const cases: [string, number][] = [
      ['10000', 1_000_000],
      ['10,000.00', 1_000_000],
      ['¥10000.5', 1_000_050],
      ['￥ 1,234,567.89 元', 123_456_789],
      ['０.０１', 1],
      ['0.1', 10],
      ['99999999999.99', MAX_AMOUNT_FEN],
    ];
    for (const [text, fen] of cases) expect(parseYuan(text)).toEqual({ ok: true, fen });
  });

  it('refuses bad amounts with a Chinese message', () => {
    expect(parseYuan('10000.001')).toEqual({ ok: false, message: '金额最多只能有两位小数（精确到分）' });
    for (const bad of ['', '1e5', '10,00.00', '-5', '12.3.4', '１万', '100000000000']) {
      const r = parseYuan(bad);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.message).toMatch(/^(请填写)?(分红)?金额/);
    }
  });

  it('round-trips every fen amount through its formatted text', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: MAX_AMOUNT_FEN }), (fen) => {
        expect(parseYuan(formatFen(fen))).toEqual({ ok: true, fen });
        expect(parseYuan(`¥${formatFen(fen, { grouping: false })}`)).toEqual({ ok: true, fen });
      }),
    );
    expect(formatFen(5)).toBe('0.05');
    expect(formatFen(100_000_000)).toBe('1,000,000.00');
  });
});

/** One household's claim on a distribution. */
export interface Claim {
  householdId: number;
  /** 户号, the last tie-break. */
  number: string;
  /** Positive integer points. */
  points: number;
}

/**
 * Splits `amountFen` in proportion to points, to the fen, by the largest
 * remainder (Hamilton) method: every household first gets
 * floor(amount × points ÷ total); the fen left over (fewer than the number of
 * households) go one each to the largest remainders. Equal remainders: more
 * points first, then the smaller 户号 (see TIE_RULE in the contract).
 *
 * amount × points can pass 2^53 (10^12 fen × 10^5 points), so the products and
 * remainders are BigInt; every share is at most the amount, hence a safe
 * integer again.
 *
 * Shares are monotone in points: a household with more points has a floor at
 * least as large and, when the floors are equal, a strictly larger remainder,
 * so it is never passed over for a fen that a household with fewer points gets.
 */
export function allocate(amountFen: number, claims: readonly Claim[]): Map<number, number> {
  if (!Number.isSafeInteger(amountFen) || amountFen < 0) throw new Error('amount must be a non-negative safe integer of fen');
  for (const c of claims) {
    if (!Number.isSafeInteger(c.points) || c.points <= 0) throw new Error('every claim needs positive integer points');
  }
  const total = claims.reduce((n, c) => n + BigInt(c.points), 0n);
  if (total === 0n) throw new Error('nothing to allocate against');
  const amount = BigInt(amountFen);
  const parts = claims.map((c) => {
    const product = amount * BigInt(c.points);
    return { claim: c, floor: product / total, remainder: product % total };
  });
  let left = amount - parts.reduce((n, p) => n + p.floor, 0n);
  const order = [...parts].sort(
    (a, b) =>
      (a.remainder === b.remainder ? 0 : a.remainder > b.remainder ? -1 : 1) ||
      b.claim.points - a.claim.points ||
      (a.claim.number < b.claim.number ? -1 : a.claim.number > b.claim.number ? 1 : 0),
  );
  const shares = new Map<number, number>();
  for (const p of order) {
    const extra = left > 0n ? 1n : 0n;
    left -= extra;
    shares.set(p.claim.householdId, Number(p.floor + extra));
  }
  return shares;
}

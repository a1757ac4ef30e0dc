import { describe, expect, it } from 'vitest';
import { onHouseholdLine } from '../../electron/core/contract/township.js';

describe('the 85 % household line', () => {
  it('a village reaches it at 85.0 % and above, never with no households', () => {
    expect(onHouseholdLine({ participating: 85, households: 100 })).toBe(true);
    expect(onHouseholdLine({ participating: 849, households: 1000 })).toBe(false);
    // 84.96 % rounds to 85.0 % on screen, and so counts: the screen and the rule never disagree
    expect(onHouseholdLine({ participating: 2124, households: 2500 })).toBe(true);
    expect(onHouseholdLine({ participating: 0, households: 0 })).toBe(false);
  });
});

import { BASE_SCORE_MARK } from '../contract/stats.js';

/**
 * Taking part (参与): a household takes part in a month when it has an approved
 * entry that adds points and is not the base score (BASE_SCORE_MARK). The base
 * score is given to every household, and 0-point grades ("一般") and deductions
 * are not taking part: counting them made every month read ~100 %.
 *
 * Returns the SQL condition, given the entry's alias, an SQL expression for its
 * review status and one for its item's name, so the village statistics and the
 * township roll-up apply the same rule to their own tables.
 */
export function takesPartSql(entry: string, status: string, itemName: string): string {
  return `(${entry}.kind = 'earn' AND ${entry}.points > 0 AND ${status} = 'approved' AND instr(coalesce(${itemName}, ''), '${BASE_SCORE_MARK}') = 0)`;
}

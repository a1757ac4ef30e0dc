/**
 * Taking part (参与): a household takes part in a month when it has an approved
 * entry that adds points and is not the base score. The yearly base score is
 * given to every household, 0-point grades ("一般") and deductions are not
 * taking part — counting them made every month read ~100 %.
 *
 * The base score is recognised by the item's name ("户基础分（每年）" in the
 * template): the name is the one fact about an item that both the village and
 * a township package carry, so both sides apply the same rule.
 */
export const BASE_SCORE_MARK = '基础分';

export const isBaseScoreItem = (itemName: string): boolean => itemName.includes(BASE_SCORE_MARK);

/**
 * SQL condition for an entry that counts as taking part, given the entry's
 * alias, an SQL expression for its review status and one for its item's name.
 */
export function takesPartSql(entry: string, status: string, itemName: string): string {
  return `(${entry}.kind = 'earn' AND ${entry}.points > 0 AND ${status} = 'approved' AND instr(coalesce(${itemName}, ''), '${BASE_SCORE_MARK}') = 0)`;
}

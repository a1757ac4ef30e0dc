import type { Database } from 'better-sqlite3';
import { join } from 'node:path';
import { chainHash } from '../../electron/core/db/chain-hash.js';
import { configure } from '../../electron/core/db/connection.js';
import { openSqlite } from '../../electron/core/db/sqlite.js';
import { getItem } from '../../electron/core/checklist/items.js';
import { appendChainedRows } from '../../electron/core/ledger/chain.js';
import { checkCaps } from '../../electron/core/ledger/record.js';
import { breakdownNote, interleaveAll, round, type BenchCase, type Measured } from '../harness.js';
import { sameRowsFloor, twinTable } from './floor-table.js';
import { pointsVillage, SESSION } from './points-village.js';

/**
 * One batch award (批量记分) to every household through `ledger.record` — the
 * dispatcher's transaction, item checks, the item's monthly and yearly caps and
 * the village's yearly cap per household, hash chain, balance triggers, audit.
 * Floor: the same rows inserted by one prepared statement, in one transaction,
 * into a twin of `entries` with the same layout (STRICT, CHECKs, foreign keys,
 * every index), interleaved with the subject.
 */
export const ledgerBatch: BenchCase = {
  id: 'ledger-batch',
  title: '批量记分 1,000 条 / record one batch of 1,000 entries',
  async run({ quick, workDir }) {
    const households = quick ? 20 : 1000;
    const { core, ids, itemId } = await pointsVillage(workDir, households, '2026-03-31T18:00:00+08:00');
    let guardsDb: Database | undefined;
    try {
      const item = (await core.call(SESSION, 'checklist.lists', {})).flatMap((l) => l.items).find((i) => i.id === itemId)!;
      await core.call(SESSION, 'checklist.saveItem', {
        id: item.id, checklistId: item.checklistId, category: item.category, name: item.name,
        values: { points: item.points, grades: null, unit: item.unit, capMonth: 10_000, capYear: 100_000, noteRequired: false, photoRequired: false },
      });
      await core.call(SESSION, 'ledger.saveSettings', { allowSelfApproval: true, clearingDay: null, yearCap: 100_000 });
      const db = core.db;
      twinTable(db, 'entries', 'entries_floor');
      const cols = (db.prepare("SELECT name FROM pragma_table_info('entries')").all() as { name: string }[]).map((c) => c.name);
      const insert = db.prepare(`INSERT INTO entries_floor (${cols.join(', ')}) VALUES (${cols.map((c) => `@${c}`).join(', ')})`);
      const last = db.prepare('SELECT * FROM entries ORDER BY seq DESC LIMIT ?');
      // the rows the subject's last batch wrote, in the order it wrote them
      const lastBatch = () => (last.all(households) as Record<string, unknown>[]).reverse();
      let rows: Record<string, unknown>[] = [];
      // one batch per day, March then February (the clock stands at the end of March)
      const days = [3, 2].flatMap((m) => Array.from({ length: m === 3 ? 31 : 28 }, (_, d) => `2026-0${m}-${String(d + 1).padStart(2, '0')}`));
      const batch = () => core.call(SESSION, 'ledger.record', { itemId, date: days.shift()!, householdIds: ids });
      let floorSeq = 1;
      const n = quick ? 2 : 15;
      // What stands in the way of the goal: the rows the batch must write besides the entries
      // (a chain link each, the balance caches, its audit row), written plainly, against the same subject.
      const renumber = (key: string) => (r: Record<string, unknown>, k: number) => ({ ...r, [key]: k });
      const plain = sameRowsFloor(db, [
        { table: 'entries', latest: `SELECT * FROM entries ORDER BY seq DESC LIMIT ${households}`, unique: renumber('seq') },
        {
          table: 'chain_links',
          latest: `SELECT * FROM (SELECT * FROM chain_links WHERE register = 'entries' ORDER BY seq DESC LIMIT ${households})
                   UNION ALL SELECT * FROM (SELECT * FROM chain_links WHERE register = 'audit_log' ORDER BY seq DESC LIMIT 1)`,
          unique: renumber('seq'),
        },
        { table: 'household_balances', latest: `SELECT b.* FROM household_balances b WHERE b.household_id IN (SELECT household_id FROM entries ORDER BY seq DESC LIMIT ${households})` },
        { table: 'audit_log', latest: 'SELECT * FROM audit_log ORDER BY id DESC LIMIT 1', unique: renumber('id') },
      ]);
      // The same rows plus the work the rules cannot skip, each done the plainest way in the same transaction:
      // the cap pass (one grouped read of the households' year) and two SHA-256 per entry (its own hash and
      // its chain link's). What is left between this and the subject is the code's own overhead (triggers,
      // statement calls); what is between this and the entries alone is the rules' cost.
      const capped = getItem(db, itemId);
      const capSubjects = ids.map((id) => ({ householdId: id, cadreId: null, label: '' }));
      let ruleRows: Record<string, unknown>[] = [];
      let capDay = '';
      const rules = {
        before: () => {
          plain.before();
          ruleRows = lastBatch();
          capDay = ruleRows[0]!.date as string;
        },
        run: () =>
          db.transaction(() => {
            checkCaps(db, capped, capSubjects, capDay, capped.points ?? 0);
            let prev = '';
            for (const r of ruleRows) prev = chainHash(chainHash(prev, JSON.stringify(Object.values(r))), JSON.stringify([prev]));
            plain.run();
          }).immediate(),
      };
      // The entries alone: the rows the subject wrote last, same values, numbered in the twin's own sequence.
      const entriesOnly = {
        before: () => (rows = lastBatch().map((r) => ({ ...r, seq: floorSeq++ }))),
        run: () =>
          db.transaction(() => {
            for (const r of rows) insert.run(r);
          }).immediate(),
      };
      // The rules and the database's own guards, nothing else: the same cap read, then the same entries
      // chained as the ledger chains them (one SHA-256 each) into a copy of the village, whose triggers do
      // per row what they do for the subject — the register link (a second SHA-256), the balance cache,
      // the gap and closed-month refusals. Same durability (the copy is configured like the village).
      // Between this and the subject: the dispatcher, the item and household checks, statement calls.
      const guardsFile = join(workDir, 'guards.sqlite');
      db.prepare('VACUUM INTO ?').run(guardsFile);
      const copy = openSqlite(guardsFile);
      guardsDb = copy;
      configure(copy);
      let guardRows: Record<string, unknown>[] = [];
      const guarded = {
        before: () => {
          guardRows = lastBatch().map(({ seq: _seq, prev_hash: _prev, hash: _hash, ...r }) => r);
        },
        run: () =>
          copy.transaction(() => {
            checkCaps(copy, capped, capSubjects, capDay, capped.points ?? 0);
            appendChainedRows(copy, 'entries', guardRows);
          }).immediate(),
      };
      // One run, the same rounds: the batch, the entries alone, every row plainly, those rows plus the rules,
      // the rules through the guards (each batch adds to the households' year that the cap pass reads, so
      // separate runs would not compare).
      const { subject, floors } = await interleaveAll(n, { run: batch }, [entriesOnly, plain, rules, guarded]);
      const [floor, same, withRules, withGuards] = floors as [Measured, Measured, Measured, Measured];
      const size = `${households} entries per batch, capped item`;
      // Irreducible only when the rules and the guards done plainly already cost more than the goal allows;
      // otherwise the note names the rest as the code's own overhead, still to be removed.
      const ratioOf = (m: Measured) => round(m.median / floor.median);
      const measuredParts =
        `批量记分要写的全部行（积分记录、每条一个哈希链环节、余额缓存、操作日志）直接写入要 ${round(same.median)} ms；` +
        `加上规则本身必须做的事（上限检查读一遍这些户全年的记录、每条记录两次 SHA-256），用最直接的方式做要 ` +
        `${round(withRules.median)} ms（只写积分记录的 ${ratioOf(withRules)} 倍）；同样的上限检查和记录改经数据库自己的逐行守卫` +
        `（触发器：登记链环节、余额缓存、序号连续与已结账月份检查）写入要 ${round(withGuards.median)} ms，是只写积分记录的 ${ratioOf(withGuards)} 倍`;
      const note = breakdownNote(measuredParts, ratioOf(withGuards), 3, `其余 ${round(subject.median - withGuards.median)} ms 是调度、事项与农户检查和逐条语句的开销，尚未省掉`);
      return {
        status: 'measured',
        rows: [
          {
            title: '批量记分 1,000 条 / record one batch of 1,000 entries',
            size,
            subject,
            floor,
            goal: { ratio: 3 },
            floorLabel: 'raw INSERT of the same rows into a twin of entries (same constraints and indexes), one transaction',
            ...(subject.median > 3 * floor.median ? { note } : {}),
          },
          {
            title: '批量记分 对 同样的行 / one batch vs every row it writes, written plainly',
            size,
            subject,
            floor: same,
            goal: { ratio: 3 },
            floorLabel: 'the same entries, their chain links, balance caches and audit row inserted into twins (same constraints and indexes, no triggers), one transaction',
          },
          {
            title: '批量记分 对 同样的行加规则 / one batch vs the same rows plus the cap pass and hashes, done plainly',
            size,
            subject,
            floor: withRules,
            goal: { ratio: 3 },
            floorLabel: 'the same rows written plainly, plus the grouped cap read of the households’ year and two SHA-256 per entry, one transaction',
          },
          {
            title: '批量记分 对 规则加数据库守卫 / one batch vs the cap pass and the chained entries through the database’s triggers',
            size,
            subject,
            floor: withGuards,
            goal: { ratio: 3 },
            floorLabel: 'the same cap read, then the same entries chained (one SHA-256 each) into a copy of the village whose triggers add the register link, the balance cache and the gap and closed-month checks, one transaction',
          },
        ],
      };
    } finally {
      guardsDb?.close();
      core.db.close();
    }
  },
};

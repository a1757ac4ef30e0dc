import { registerBackupVerifier } from '../backup/verify.js';
import { verifyRegisters } from '../db/registers.js';
import { verifyChain } from './chain.js';
import { checkBalances } from './entries.js';

// A backup is only worth restoring if its points ledger is intact: the hash
// chain verifies and every cached balance equals the sum of its entries.
registerBackupVerifier('ledger', (db) => {
  const hasLedger = db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'entries'").get();
  if (!hasLedger) return null;
  const { problem } = verifyChain(db);
  if (problem) return `积分记录哈希链在第 ${problem.seq} 条处不一致（${problem.message}）`;
  const balances = checkBalances(db);
  if (balances.length > 0) return `${balances.length} 户的积分余额与积分记录不一致`;
  return verifyRegisters(db)[0] ?? null;
});

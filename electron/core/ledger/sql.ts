// The statement cache moved to db/statements.ts so every domain shares it; ledger imports stay short.
export { prepared } from '../db/statements.js';

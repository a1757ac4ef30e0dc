import { randomUUID } from 'node:crypto';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/** A fresh path in the data folder's `tmp/` (same disk as the database, never the stick); removed after `fn`. */
export async function withTempFile<T>(dataDir: string, fn: (path: string) => T | Promise<T>): Promise<T> {
  const dir = join(dataDir, 'tmp');
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `${randomUUID()}.cunji`);
  try {
    return await fn(path);
  } finally {
    rmSync(path, { force: true });
    rmSync(`${path}-journal`, { force: true });
  }
}

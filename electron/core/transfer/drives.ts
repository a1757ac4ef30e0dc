import { execFile } from 'node:child_process';
import { closeSync, fsyncSync, openSync, readdirSync, readFileSync, renameSync, statfsSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { UserError } from '../api/errors.js';
import { sha256Hex } from './digest.js';

export interface Drive {
  /** Folder to write into, e.g. `E:\` or `/media/wang/KINGSTON`. */
  path: string;
  label: string;
  freeBytes: number | null;
}

const run = promisify(execFile);

function freeBytes(path: string): number | null {
  try {
    const s = statfsSync(path);
    return s.bavail * s.bsize;
  } catch {
    return null;
  }
}

/** Subfolders of `root` (one or two levels: `/media/<user>/<label>` and `/media/<label>`) that look like mount points. */
function mountsUnder(root: string, depth: number): string[] {
  let names: string[];
  try {
    names = readdirSync(root);
  } catch {
    return [];
  }
  const found: string[] = [];
  const rootDev = statSync(root).dev;
  for (const name of names) {
    const path = join(root, name);
    let dev: number;
    try {
      const s = statSync(path);
      if (!s.isDirectory()) continue;
      dev = s.dev;
    } catch {
      continue;
    }
    // A mounted stick sits on another device than the folder holding it.
    if (dev !== rootDev) found.push(path);
    else if (depth > 1) found.push(...mountsUnder(path, depth - 1));
  }
  return found;
}

async function windowsDrives(): Promise<string[]> {
  // DriveType 2 = removable. PowerShell first; wmic is gone from recent Windows 11 but present on older offices' PCs.
  try {
    const { stdout } = await run('powershell.exe', ['-NoProfile', '-Command', 'Get-CimInstance Win32_LogicalDisk -Filter "DriveType=2" | ForEach-Object { $_.DeviceID }'], {
      timeout: 10_000,
      windowsHide: true,
    });
    return stdout.split(/\r?\n/).map((s) => s.trim()).filter(Boolean);
  } catch {
    try {
      const { stdout } = await run('wmic', ['logicaldisk', 'where', 'drivetype=2', 'get', 'deviceid'], { timeout: 10_000, windowsHide: true });
      return stdout.split(/\r?\n/).map((s) => s.trim()).filter((s) => /^[A-Z]:$/.test(s));
    } catch {
      return [];
    }
  }
}

/** Removable drives the office PC can see right now; an empty list when none are found (the user then types a folder). */
export async function findRemovableDrives(platform: NodeJS.Platform = process.platform): Promise<Drive[]> {
  let paths: string[];
  if (platform === 'win32') paths = (await windowsDrives()).map((d) => `${d}\\`);
  else if (platform === 'darwin') paths = mountsUnder('/Volumes', 1);
  else paths = [...mountsUnder('/media', 2), ...mountsUnder('/run/media', 2)];
  return paths.map((path) => ({ path, label: path.replace(/[\\/]+$/, '').split(/[\\/]/).pop() || path, freeBytes: freeBytes(path) }));
}

export interface WriteOptions {
  /** Simulates a stick with this many bytes of room (tests): writing past it fails like a full drive. */
  capacityBytes?: number;
}

const CHUNK = 256 * 1024;

function plainWriteError(error: unknown): UserError {
  const code = (error as { code?: string }).code;
  if (code === 'ENOSPC' || code === 'EDQUOT') return new UserError('DRIVE_FULL', 'U 盘空间不够，数据包没有写入（没有留下不完整的文件）。请换一个 U 盘或删掉一些文件后重试。');
  if (code === 'ENOENT') return new UserError('DRIVE_MISSING', '找不到这个文件夹，U 盘可能已经拔出。请插好 U 盘后重试。');
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return new UserError('DRIVE_READONLY', '这个位置不能写入（U 盘可能有写保护开关）。请换一个位置。');
  return new UserError('DRIVE_FAILED', '写入 U 盘时出错，U 盘可能被拔出或已损坏。没有留下不完整的文件，请重新插好后再试。');
}

function tryUnlink(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // already gone (or the stick was pulled): nothing left to clean
  }
}

/**
 * Puts `bytes` at `dir/fileName` so that the name only ever appears with the
 * whole, verified content: write a temporary name, fsync, rename, read back
 * and compare the hash. On any failure the temporary (and a mismatching
 * final) file is removed and a plain Chinese message is thrown.
 */
export function writeVerified(bytes: Uint8Array, dir: string, fileName: string, options: WriteOptions = {}): { path: string; sha256: string } {
  const final = join(dir, fileName);
  const temp = join(dir, `.${fileName}.partial`);
  const expected = sha256Hex(bytes);
  let fd: number | null = null;
  try {
    fd = openSync(temp, 'w');
    for (let pos = 0; pos < bytes.length; pos += CHUNK) {
      const end = Math.min(bytes.length, pos + CHUNK);
      if (options.capacityBytes !== undefined && end > options.capacityBytes) {
        writeSync(fd, bytes, pos, Math.max(0, options.capacityBytes - pos));
        throw Object.assign(new Error('simulated full drive'), { code: 'ENOSPC' });
      }
      writeSync(fd, bytes, pos, end - pos);
    }
    fsyncSync(fd);
    closeSync(fd);
    fd = null;
    renameSync(temp, final);
  } catch (error) {
    if (fd !== null) {
      try {
        closeSync(fd);
      } catch {
        // the device may be gone
      }
    }
    tryUnlink(temp);
    throw plainWriteError(error);
  }
  let readBack: string;
  try {
    readBack = sha256Hex(readFileSync(final));
  } catch (error) {
    tryUnlink(final);
    throw plainWriteError(error);
  }
  if (readBack !== expected) {
    tryUnlink(final);
    throw new UserError('DRIVE_VERIFY_FAILED', '写入后读回的内容与原文件不一致，U 盘可能有问题。已删除这个文件，请换一个 U 盘重试。');
  }
  return { path: final, sha256: expected };
}

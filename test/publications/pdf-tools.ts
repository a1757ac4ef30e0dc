import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tempDir } from '../helpers.js';

/** Poppler's command-line tools read what a villager would see on paper. */
export const ARTIFACTS = resolve('test-artifacts');

function save(pdf: Buffer): string {
  const file = join(tempDir('cunji-pdf-'), 'doc.pdf');
  writeFileSync(file, pdf);
  return file;
}

export function pdfText(pdf: Buffer): string {
  return execFileSync('pdftotext', ['-layout', save(pdf), '-'], { encoding: 'utf8' });
}

export function pageCount(pdf: Buffer): number {
  const info = execFileSync('pdfinfo', [save(pdf)], { encoding: 'utf8' });
  return Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
}

export function pageSizePts(pdf: Buffer): { width: number; height: number } {
  const info = execFileSync('pdfinfo', [save(pdf)], { encoding: 'utf8' });
  const m = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info);
  return { width: Math.round(Number(m?.[1])), height: Math.round(Number(m?.[2])) };
}

/** Page 1 as PNG into test-artifacts/ for a person to look at. */
export function pageOnePng(pdf: Buffer, name: string): void {
  mkdirSync(ARTIFACTS, { recursive: true });
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', save(pdf), join(ARTIFACTS, name)]);
}

export function embeddedFonts(pdf: Buffer): string {
  return execFileSync('pdffonts', [save(pdf)], { encoding: 'utf8' });
}

/** Collapses the layout spacing so a test can look for "张三 ... 12" without caring about columns. */
export const squash = (s: string) => s.replace(/[ \t]+/g, ' ');

/** All whitespace removed: for phrases that may wrap or lose spacing between CJK and digits. */
export const flat = (s: string) => s.replace(/\s+/g, '');

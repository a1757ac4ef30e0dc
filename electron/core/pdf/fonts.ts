import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import * as fontkit from 'fontkit';

/**
 * The one Simplified Chinese font every document is set in: Noto Sans SC
 * (OFL) from `@embedpdf/fonts-sc`, copied into `resources/fonts` at build
 * time (scripts/copy-fonts.mjs) so the packaged app carries it. Never a system
 * font: what prints must not depend on the office PC.
 */
export const FONT_FILES = { normal: 'NotoSansHans-Regular.otf', bold: 'NotoSansHans-Bold.otf' } as const;
export const FONT_FAMILY = 'NotoSansSC';

const PACKAGE_DIR = join('node_modules', '@embedpdf', 'fonts-sc', 'fonts');

function hasFonts(dir: string): boolean {
  return existsSync(join(dir, FONT_FILES.normal)) && existsSync(join(dir, FONT_FILES.bold));
}

/**
 * Where the fonts are: the packaged app's resources first, then `resources/fonts`
 * and finally the npm package, looked for upwards from this file (source, tests
 * and the esbuild bundle sit at different depths).
 */
export function fontDir(): string {
  const candidates: string[] = [];
  const resourcesPath = (process as { resourcesPath?: string }).resourcesPath;
  if (resourcesPath) candidates.push(join(resourcesPath, 'resources', 'fonts'));
  const ups: string[] = [];
  for (let dir = import.meta.dirname; ; dir = dirname(dir)) {
    ups.push(dir);
    if (dirname(dir) === dir) break;
  }
  candidates.push(...ups.map((d) => join(d, 'resources', 'fonts')), ...ups.map((d) => join(d, PACKAGE_DIR)));
  const found = candidates.find(hasFonts);
  if (!found) throw new Error(`Chinese font files ${FONT_FILES.normal}/${FONT_FILES.bold} not found; run scripts/copy-fonts.mjs`);
  return found;
}

export function fontPaths(): { normal: string; bold: string } {
  const dir = fontDir();
  return { normal: join(dir, FONT_FILES.normal), bold: join(dir, FONT_FILES.bold) };
}

let fonts: fontkit.Font[] | null = null;

/** Characters of `text` that neither weight of the font can draw (they would print as an empty box). */
export function missingCharacters(text: string): string[] {
  fonts ??= Object.values(fontPaths()).map((p) => fontkit.openSync(p));
  const missing = new Set<string>();
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    // Whitespace and controls are never drawn as glyphs.
    if (cp < 0x21) continue;
    if (!fonts.every((f) => f.hasGlyphForCodePoint(cp))) missing.add(ch);
  }
  return [...missing];
}

/** Names (or any labels) that would print with an empty box, each with the characters at fault. */
export function namesWithMissingCharacters(names: Iterable<string>): { name: string; characters: string[] }[] {
  const out: { name: string; characters: string[] }[] = [];
  const seen = new Set<string>();
  for (const name of names) {
    if (seen.has(name)) continue;
    seen.add(name);
    const characters = missingCharacters(name);
    if (characters.length) out.push({ name, characters });
  }
  return out;
}

// Copies the OFL Chinese font files from @embedpdf/fonts-sc into resources/fonts,
// which electron-builder ships as extraResources; the PDF engine reads them from there.
import { copyFileSync, existsSync, mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const FILES = ['NotoSansHans-Regular.otf', 'NotoSansHans-Bold.otf'];
const from = join('node_modules', '@embedpdf', 'fonts-sc', 'fonts');
const to = join('resources', 'fonts');
mkdirSync(to, { recursive: true });
for (const f of FILES) {
  const src = join(from, f);
  const dst = join(to, f);
  if (existsSync(dst) && statSync(dst).size === statSync(src).size) continue;
  copyFileSync(src, dst);
  console.log(`copied ${src} -> ${dst}`);
}

// The Electron build of better-sqlite3, kept beside (never inside) node_modules.
// `npm install` builds better-sqlite3 for Node; Electron needs its own ABI. Rebuilding
// node_modules in place would break `npm test`, `npm run web` and every other Node
// user of the module, so this step copies the module into a scratch folder, rebuilds
// the copy for the installed Electron and keeps only the binary:
//   native/electron-<version>-<platform>-<arch>/better_sqlite3.node  (+ stamp.json)
// The shell opens SQLite with better-sqlite3's `nativeBinding` option pointing there.
// Run by `npm start` and `npm run dist`; a binding that matches the stamp is reused.
import { copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const BINDING_FILE = 'better_sqlite3.node';

/** Folder name of one binding; electron/shell/native.ts builds the same name at run time. */
export const bindingKey = (electronVersion, platform = process.platform, arch = process.arch) =>
  `electron-${electronVersion}-${platform}-${arch}`;

const readVersion = (pkgDir) => JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8')).version;

/** Builds the copy in `moduleDir` for Electron with @electron/rebuild (needs the Electron headers, i.e. internet once). */
async function electronRebuild({ buildDir, electronVersion, arch }) {
  const { rebuild } = await import('@electron/rebuild');
  await rebuild({ buildPath: buildDir, electronVersion, arch, onlyModules: ['better-sqlite3'], force: true, mode: 'sequential' });
}

/**
 * Makes sure the Electron binding for the installed Electron exists.
 * Returns what it did: 'fresh' (already there and current) or 'built'.
 * `rebuild` is injectable so tests can check the decisions without Electron headers.
 */
export async function ensureElectronBinding({
  root = process.cwd(),
  electronVersion = readVersion(join(root, 'node_modules/electron')),
  platform = process.platform,
  arch = process.arch,
  rebuild = electronRebuild,
  log = console.log,
} = {}) {
  const moduleDir = join(root, 'node_modules/better-sqlite3');
  const sqliteVersion = readVersion(moduleDir);
  const key = bindingKey(electronVersion, platform, arch);
  const targetDir = join(root, 'native', key);
  const target = join(targetDir, BINDING_FILE);
  const stampFile = join(targetDir, 'stamp.json');
  const stamp = { electron: electronVersion, betterSqlite3: sqliteVersion, platform, arch };
  if (existsSync(target) && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === JSON.stringify(stamp)) {
    log(`数据库组件已就绪 / SQLite binding for Electron ${electronVersion} is up to date (${target})`);
    return { status: 'fresh', path: target };
  }
  const stale = existsSync(target);
  log(`${stale ? '数据库组件已过期' : '首次启动'}：正在为桌面程序（Electron ${electronVersion}）编译数据库组件，需要联网下载 Electron 头文件，约需 1–3 分钟……`);
  log(`Building the SQLite binding for Electron ${electronVersion} (${stale ? 'stale' : 'missing'}); node_modules is left as it is.`);
  const buildDir = join(root, 'native', `.build-${key}`);
  rmSync(buildDir, { recursive: true, force: true });
  const copy = join(buildDir, 'node_modules/better-sqlite3');
  // the compiled Node binary stays behind: the copy must be built from source for Electron
  cpSync(moduleDir, copy, { recursive: true, filter: (src) => !src.startsWith(join(moduleDir, 'build')) });
  writeFileSync(join(buildDir, 'package.json'), JSON.stringify({ name: 'cunji-native', version: '0.0.0', dependencies: { 'better-sqlite3': sqliteVersion } }));
  try {
    await rebuild({ buildDir, moduleDir: copy, electronVersion, platform, arch });
    const built = join(copy, 'build/Release', BINDING_FILE);
    if (!existsSync(built)) throw new Error(`rebuild finished but ${built} does not exist`);
    mkdirSync(targetDir, { recursive: true });
    // replaced in one rename, so an interrupted run never leaves a half-written binary behind a valid stamp
    copyFileSync(built, `${target}.tmp`);
    renameSync(`${target}.tmp`, target);
    writeFileSync(stampFile, JSON.stringify(stamp));
  } finally {
    rmSync(buildDir, { recursive: true, force: true });
  }
  log(`数据库组件编译完成 / SQLite binding ready: ${target}`);
  return { status: 'built', path: target };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = dirname(dirname(fileURLToPath(import.meta.url)));
  ensureElectronBinding({ root }).catch((error) => {
    console.error('数据库组件编译失败 / Could not build the SQLite binding for Electron:');
    console.error(error instanceof Error ? error.message : error);
    console.error('首次编译需要联网和 C++ 编译工具（Windows：Visual Studio Build Tools；Linux：build-essential、python3）。');
    process.exitCode = 1;
  });
}

// Finding the config and the baseline. This runs on every hook call, so it only looks at file
// names (and reads package.json, which is small); parsing is loaded only when a file is found.

import { statSync } from 'node:fs';
import { dirname, join, relative, resolve, isAbsolute } from 'node:path';
import { UsageError } from '../errors.ts';
import type { ScanConfig } from './types.ts';
import { diskFiles, type SettingsFiles } from './files.ts';

export const CONFIG_NAMES = ['.scan-secrets.json', '.scan-secrets.yaml', '.scan-secrets.yml'] as const;
export const GITLEAKS_CONFIG = '.gitleaks.toml';
export const BASELINE_NAME = '.scan-secrets-baseline.json';

export interface FoundConfig {
  file: string;
  format: ScanConfig['format'];
}

/** The format a file name implies (for --config). */
export function formatOf(file: string): ScanConfig['format'] {
  const base = file.slice(file.lastIndexOf('/') + 1).toLowerCase();
  if (base === 'package.json') return 'package.json';
  if (base.endsWith('.toml')) return 'gitleaks';
  if (base.endsWith('.json')) return 'json';
  if (base.endsWith('.yaml') || base.endsWith('.yml')) return 'yaml';
  if (/\.(?:[cm]?js|ts)$/.test(base)) {
    throw new UsageError(`${file}: JavaScript configs are not supported (a repository's config must not run code on the machine that scans it); use .scan-secrets.yaml or .scan-secrets.json`);
  }
  throw new UsageError(`${file}: unknown config format; use a .yaml, .yml or .json file, package.json, or a .gitleaks.toml`);
}

function hasPackageKey(file: string, files: SettingsFiles): boolean {
  try {
    const pkg = JSON.parse(files.read(file)) as Record<string, unknown>;
    return pkg !== null && typeof pkg === 'object' && Object.hasOwn(pkg, 'scan-secrets');
  } catch {
    // An unreadable package.json is npm's problem, not a config of ours.
    return false;
  }
}

/** Ours in one folder; two of ours side by side is a mistake worth stopping for. */
function oursIn(dir: string, files: SettingsFiles): FoundConfig | undefined {
  const found: FoundConfig[] = [];
  for (const name of CONFIG_NAMES) {
    const file = join(dir, name);
    if (files.exists(file)) found.push({ file, format: name.endsWith('.json') ? 'json' : 'yaml' });
  }
  const pkg = join(dir, 'package.json');
  if (files.exists(pkg) && hasPackageKey(pkg, files)) found.push({ file: pkg, format: 'package.json' });
  if (found.length > 1) {
    throw new UsageError(`${found.map((f) => f.file).join(' and ')} are both scan-secrets configs; keep one of them`);
  }
  return found[0];
}

/**
 * The nearest config from startDir up to stopDir (the repository root; outside one, the working
 * folder). Ours wins over a .gitleaks.toml anywhere on the way: that one is used only when the
 * repository has no config of ours.
 */
export function discoverConfig(startDir: string, stopDir: string, files: SettingsFiles = diskFiles): FoundConfig | undefined {
  let gitleaks: FoundConfig | undefined;
  const rel = relative(stopDir, startDir);
  let dir = rel.startsWith('..') || isAbsolute(rel) ? stopDir : startDir;
  for (;;) {
    const ours = oursIn(dir, files);
    if (ours) return ours;
    const gl = join(dir, GITLEAKS_CONFIG);
    if (!gitleaks && files.exists(gl)) gitleaks = { file: gl, format: 'gitleaks' };
    if (resolve(dir) === resolve(stopDir)) break;
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return gitleaks;
}

/** Where discovery starts: the folder holding every scanned path (the working folder by default). */
export function startDirFor(cwd: string, paths: string[]): string {
  const dirs = paths.filter((p) => p !== '-').map((p) => {
    const abs = resolve(cwd, p);
    try {
      return statSync(abs).isDirectory() ? abs : dirname(abs);
    } catch {
      return dirname(abs);
    }
  });
  if (dirs.length === 0) return cwd;
  let common = dirs[0];
  for (const d of dirs.slice(1)) {
    while (common !== dirname(common) && relative(common, d).startsWith('..')) common = dirname(common);
  }
  return common;
}

// Everything a scan needs from the repository's own settings: the rule set (config), and the
// filter that drops accepted findings (inline directives, allowlists, the baseline). Loaded only
// when a config or a baseline exists, so a hook in a repository without them pays nothing.

import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { displayPath } from '../scanners/fs-path.ts';
import { existsSync } from 'node:fs';
import { diskFiles, type SettingsFiles } from './files.ts';
import { Engine } from '../engine/engine.ts';
import { allowedByDirective } from '../engine/directives.ts';
import type { EngineOptions, Finding, Rule } from '../engine/types.ts';
import { UsageError } from '../errors.ts';
import { activeRules, builtinRules } from '../rules/index.ts';
import type { FindingFilter } from '../scan.ts';
import { AllowlistSet, globMatcher } from './allowlist.ts';
import type { Tester } from './allowlist.ts';
import { buildRules, compileAt, needsRegexEngine } from './build.ts';
import type { RegexCompiler } from './re2.ts';
import { BASELINE_NAME, discoverConfig, formatOf } from './discover.ts';
import type { FoundConfig } from './discover.ts';
import { loadConfig } from './load.ts';
import type { ScanConfig } from './types.ts';
import { readBaseline } from '../baseline/file.ts';
import { BaselineMatcher } from '../baseline/match.ts';

export interface SetupOptions {
  cwd: string;
  /** The repository's top folder; undefined outside git. */
  root?: string;
  /** Where config discovery starts (the scanned path). */
  startDir: string;
  configFlag?: string;
  baselineFlag?: string;
  /** False for the baseline command itself, which compares against the file instead. */
  useBaseline: boolean;
  verbose: boolean;
  /** How finding paths relate to the repository: repo-relative already, or relative to cwd. */
  paths: 'repo' | 'cwd';
  /** From --max-file-size; wins over the config. */
  maxFileSize?: number;
  enforceAllSizes?: boolean;
  /** --strict (the config's `strict: true` turns it on too). */
  strict?: boolean;
  /** Narrows the final rule set (--rule). */
  pick?: (rules: Rule[]) => Rule[];
  /** Where the repository's own config and baseline are read (default: the disk; a bare repository: HEAD). */
  files?: SettingsFiles;
}

export interface ScanSetup {
  engine: Engine;
  keep: FindingFilter;
  maxFileSize?: number;
  config?: ScanConfig;
  baseline?: { file: string; matcher: BaselineMatcher };
  /** Finding path -> repository-relative path. */
  repoPath: (file: string) => string;
  /** Lines for standard error after the scan: time budget overruns; with --verbose, hidden findings and config notes. */
  messages: () => string[];
}

const toSlash = (p: string) => (sep === '/' ? p : p.split(sep).join('/'));

/** The config in use: --config, else the nearest one from the scanned path up to the root. */
export function findConfig(o: Pick<SetupOptions, 'cwd' | 'root' | 'startDir' | 'configFlag' | 'files'>): FoundConfig | undefined {
  if (o.configFlag) {
    const file = resolve(o.cwd, o.configFlag);
    if (!existsSync(file)) throw new UsageError(`--config ${o.configFlag}: no such file; check the path`);
    return { file, format: formatOf(file) };
  }
  return discoverConfig(o.startDir, o.root ?? o.cwd, o.files);
}

/** Where a file of the repository's settings is read: named on the command line, from the disk. */
function filesFor(o: Pick<SetupOptions, 'configFlag' | 'files'>, fromCommandLine: boolean): SettingsFiles {
  return fromCommandLine ? diskFiles : (o.files ?? diskFiles);
}

/** How messages name a file of the settings. */
function shown(o: Pick<SetupOptions, 'cwd' | 'configFlag' | 'files'>, file: string, fromCommandLine: boolean): string {
  const files = filesFor(o, fromCommandLine);
  return files.name ? files.name(file) : displayPath(o.cwd, file);
}

/** The baseline in use: --baseline, else the config's `baseline`, else .scan-secrets-baseline.json at the root. */
export function findBaseline(o: Pick<SetupOptions, 'cwd' | 'root' | 'baselineFlag' | 'configFlag' | 'files'>, config?: ScanConfig): string | undefined {
  if (o.baselineFlag) {
    const file = resolve(o.cwd, o.baselineFlag);
    if (!existsSync(file)) throw new UsageError(`--baseline ${o.baselineFlag}: no such file; create one with: scan-secrets baseline`);
    return file;
  }
  if (config?.baseline) {
    const file = configBaseline(o, config);
    if (!filesFor(o, Boolean(o.configFlag)).exists(file)) throw new UsageError(`${config.display}: baseline: ${config.baseline} does not exist; create it with: scan-secrets baseline`);
    return file;
  }
  const file = resolve(o.root ?? o.cwd, BASELINE_NAME);
  return filesFor(o, false).exists(file) ? file : undefined;
}

/** Where a baseline should be written when none exists yet. */
export function defaultBaselinePath(o: Pick<SetupOptions, 'cwd' | 'root' | 'baselineFlag'>, config?: ScanConfig): string {
  if (o.baselineFlag) return resolve(o.cwd, o.baselineFlag);
  if (config?.baseline) return configBaseline(o, config);
  return resolve(o.root ?? o.cwd, BASELINE_NAME);
}

/**
 * The config's `baseline`. A config inside the repository is the repository's, so untrusted: it
 * may not make a scan read, or `scan-secrets baseline` write, a file outside it. (A config from
 * outside, named with --config, is the person's own and may point anywhere.)
 */
function configBaseline(o: Pick<SetupOptions, 'cwd' | 'root'>, config: ScanConfig): string {
  const file = resolve(dirname(config.file), config.baseline!);
  const top = o.root ?? o.cwd;
  const inside = (f: string) => {
    const rel = relative(top, f);
    return rel !== '' && rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
  };
  if (inside(config.file) && !inside(file)) {
    throw new UsageError(`${config.display}: baseline: ${config.baseline} is outside the repository; a repository's config may only name a baseline inside it (choose one elsewhere with --baseline)`);
  }
  return file;
}

export async function prepareScan(o: SetupOptions): Promise<ScanSetup> {
  const found = findConfig(o);
  const config = found ? await loadConfig(found, shown(o, found.file, Boolean(o.configFlag)), filesFor(o, Boolean(o.configFlag))) : undefined;
  const base = o.root ?? (config ? dirname(config.file) : o.cwd);
  const repoPath = o.paths === 'repo' ? (f: string) => f : (f: string) => toSlash(relative(base, resolve(o.cwd, f)));

  // Strict mode adds the context-free generic rules; ids are checked against every built-in rule.
  const strict = Boolean(o.strict || config?.strict);
  let rules: Rule[] = activeRules(strict);
  let options: Partial<EngineOptions> = {};
  let customIds = new Set<string>();
  let allowlists: AllowlistSet | undefined;
  let unknownIds: string[] = [];
  if (config) {
    // The regex engine is loaded only for configs that hold regexes.
    const compile: RegexCompiler = needsRegexEngine(config)
      ? (await import('./re2.ts')).compileUntrusted
      : () => {
          throw new Error('regex engine not loaded');
        };
    const built = buildRules(config, rules, compile, builtinRules);
    rules = built.rules;
    options = built.options;
    customIds = built.customIds;
    unknownIds = built.unknownIds;
    if (config.allowlists.length) {
      allowlists = new AllowlistSet(config.allowlists, (src, entry, key): Tester => compileAt(compile, src, { ...entry.where, key: `${entry.where.key}.${key}` }));
    }
  }
  if (o.pick) rules = o.pick(rules);
  const maxFileSize = o.maxFileSize ?? options.maxFileSize;
  const engine = new Engine(rules, { ...options, ...(maxFileSize !== undefined ? { maxFileSize } : {}), enforceAllSizes: o.enforceAllSizes });

  let baseline: ScanSetup['baseline'];
  if (o.useBaseline) {
    const file = findBaseline(o, config);
    // A baseline named on the command line, or by a config named there, is read from the disk.
    const fromCommandLine = Boolean(o.baselineFlag || (config?.baseline && o.configFlag));
    if (file) baseline = { file, matcher: new BaselineMatcher(readBaseline(file, shown(o, file, fromCommandLine), filesFor(o, fromCommandLine).read)) };
  }
  // The baseline holds nothing but hashes: its long hex strings are never findings.
  const baselineRel = toSlash(relative(base, baseline?.file ?? defaultBaselinePath(o, config)));

  const generic = new Set(rules.filter((r) => r.kind !== 'file' && r.generic).map((r) => r.id));
  const configRel = config ? toSlash(relative(base, config.file)) : undefined;
  const unblock = config?.blockedFiles.remove.map(globMatcher) ?? [];
  const hidden: string[] = [];

  const keep: FindingFilter = (f: Finding) => {
    if (f.kind === 'secret' && allowedByDirective(f)) return false;
    const path = repoPath(f.file);
    if (path === baselineRel && f.kind === 'secret') return false;
    // A custom rule's examples live in the config file itself.
    if (path === configRel && customIds.has(f.ruleId)) return false;
    if (f.kind === 'file' && f.ruleId.startsWith('blocked-') && unblock.some((g) => g(path))) return false;
    const allowed = allowlists?.match(f, path);
    if (allowed) {
      if (allowed.byPathOnly && f.kind === 'secret' && !generic.has(f.ruleId)) {
        hidden.push(`${f.file}:${f.line}  ${f.ruleId}  hidden by the path allowlist at ${allowed.entry.where.file}${allowed.entry.where.line ? `:${allowed.entry.where.line}` : ''} (${allowed.entry.where.key})`);
      }
      return false;
    }
    if (baseline?.matcher.match(f, path)) return false;
    return true;
  };

  const messages = () => {
    const out: string[] = [];
    for (const o of engine.overBudget) {
      out.push(`warning: custom rule${o.ruleIds.length > 1 ? 's' : ''} ${o.ruleIds.join(', ')} ran out of time in ${o.path} (timeBudgetMs ${engine.options.matcherBudgetMs ?? 2000}); the rest of that file was not searched by ${o.ruleIds.length > 1 ? 'them' : 'it'}`);
    }
    if (o.verbose) {
      if (hidden.length) {
        out.push(`${hidden.length} finding${hidden.length === 1 ? '' : 's'} of specific rules hidden by path allowlists (prefer the secret's hash, a regex, or an inline directive):`);
        for (const h of hidden) out.push(`  ${h}`);
      }
      if (config) {
        out.push(...config.notes);
        if (unknownIds.length) out.push(`${config.display}: rules not known here, ignored: ${unknownIds.join(', ')}`);
      }
    }
    return out;
  };

  return { engine, keep, maxFileSize, config, baseline, repoPath, messages };
}

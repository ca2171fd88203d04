// `scan-secrets env-check`: reads env files, the process environment or the repository, runs the
// pure checks in src/envcheck, and prints violations (never values). Exit 0 clean or warnings
// only, 1 on an error-level violation, 2 on unreadable input or bad usage.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import type { ArgumentsCamelCase } from 'yargs';
import { Engine } from '../../engine/engine.ts';
import { ScanError, UsageError } from '../../errors.ts';
import { builtinRules } from '../../rules/index.ts';
import { isEnvFileName } from '../../rules/files/env-file.ts';
import { git, repoRoot, splitZ } from '../../scanners/git.ts';
import { loadEnvCheckSection } from '../../envcheck/config-section.ts';
import { lastWins, parseDotenv } from '../../envcheck/dotenv.ts';
import type { EnvEntry } from '../../envcheck/dotenv.ts';
import { resolveEnvironment } from '../../envcheck/environment.ts';
import { hygieneViolations } from '../../envcheck/hygiene.ts';
import { globMatch } from '../../envcheck/keys.ts';
import { evaluatePolicy, exitCodeFor } from '../../envcheck/policy.ts';
import type { EnvVar, ExampleValues, Violation } from '../../envcheck/policy.ts';
import { parsePolicyConfig } from '../../envcheck/policy-config.ts';
import type { EnvCheckPolicy } from '../../envcheck/policy-config.ts';
import { renderEnvCheckJson, renderEnvCheckText } from '../../envcheck/report.ts';
import type { EnvCheckResult } from '../../envcheck/report.ts';
import { checkTemplate } from '../../envcheck/templates.ts';
import { useColor } from '../scan-command.ts';

/**
 * Variables a CI runner or shell sets for itself. With --from-env and no template to say which
 * variables are the app's, these are left out: `GITHUB_TOKEN` and `INPUT_TOKEN` sharing a value
 * is the runner's business, not a policy violation.
 */
const PLATFORM_PREFIXES = [
  'GITHUB_', 'RUNNER_', 'ACTIONS_', 'INPUT_', 'npm_', 'NPM_CONFIG_', 'GITLAB_', 'CI_', 'BUILDKITE_', 'CIRCLE_',
  'TRAVIS_', 'JENKINS_', 'BITBUCKET_', 'VERCEL_', 'NETLIFY_', 'RENDER_', 'RAILWAY_', 'CODEBUILD_', 'SYSTEM_',
  'AGENT_', 'BUILD_', 'KUBERNETES_', 'VSCODE_', 'TERM_', 'SSH_', 'GPG_', 'XDG_', 'LC_', 'DBUS_',
];

export interface EnvCheckOptions {
  cwd: string;
  files: string[];
  repo?: boolean;
  examplesOnly?: boolean;
  fromEnv?: boolean;
  /** --env */
  env?: string;
  /** --config */
  config?: string;
  /** The process environment (--from-env, APP_ENV, NODE_ENV). */
  processEnv: Record<string, string | undefined>;
}

/** Runs one env-check request; throws ScanError/UsageError (exit 2) on bad usage or unreadable input. */
export function runEnvCheck(o: EnvCheckOptions): EnvCheckResult {
  const { cwd, files } = o;
  if (o.repo && (o.examplesOnly || o.fromEnv || files.length)) throw new UsageError('--repo checks the repository on its own; drop --examples-only, --from-env and FILE arguments');
  if (o.examplesOnly && o.fromEnv) throw new UsageError('--examples-only checks template files; drop --from-env');
  if ((o.repo || o.examplesOnly) && o.env !== undefined) throw new UsageError('--env applies to the policy check of real env files; drop it with --repo or --examples-only');

  const { section, source } = loadEnvCheckSection(cwd, o.config);
  const policy = parsePolicyConfig(section, source);
  if (o.repo) return checkRepo(cwd, policy);
  if (o.examplesOnly) return checkExamples(cwd, files, policy);
  return checkPolicy(cwd, files, Boolean(o.fromEnv), o.env, policy, o.processEnv);
}

export async function envCheckCommand(args: ArgumentsCamelCase<Record<string, unknown>>): Promise<number> {
  const result = runEnvCheck({
    cwd: process.cwd(),
    files: ((args.files as unknown[] | undefined) ?? []).map(String),
    repo: Boolean(args.repo),
    examplesOnly: Boolean(args.examplesOnly),
    fromEnv: Boolean(args.fromEnv),
    env: args.env === undefined ? undefined : String(args.env),
    config: args.config === undefined ? undefined : String(args.config),
    processEnv: process.env,
  });
  const json = args.format === 'json';
  process.stdout.write(json ? renderEnvCheckJson(result) : renderEnvCheckText(result, { color: useColor(args.color as boolean | undefined, false), quiet: Boolean(args.quiet) }));
  return exitCodeFor(result.violations);
}

function checkPolicy(
  cwd: string, files: string[], fromEnv: boolean, envFlag: string | undefined, policy: EnvCheckPolicy,
  processEnv: Record<string, string | undefined>,
): EnvCheckResult {
  const paths = files.length || fromEnv ? files : ['.env'];
  const vars = new Map<string, EnvVar>();
  const violations: Violation[] = [];
  for (const p of paths) {
    const entries = readEnvFile(cwd, p, paths.length === 1 && files.length === 0);
    const { vars: last, duplicates } = lastWins(entries);
    for (const d of duplicates) {
      violations.push({
        key: d.key, rule: 'duplicate', severity: 'warning', file: p, line: d.lines[d.lines.length - 1],
        message: `${d.key}: set ${d.lines.length} times in ${p} (lines ${d.lines.join(', ')}); the last one wins.`,
        fix: 'Keep one assignment, so the file says what the app gets.',
      });
    }
    for (const e of last.values()) vars.set(e.key, { key: e.key, value: e.value, file: p, line: e.line });
  }

  // Templates sit beside the env file (or in the current directory for --from-env).
  const baseDir = paths.length ? dirname(resolve(cwd, paths[0])) : cwd;
  const checked = new Set(paths.map((p) => resolve(cwd, p)));
  const examples = readTemplates(cwd, baseDir, policy).filter((t) => !checked.has(t.abs));

  if (fromEnv) {
    const declared = new Set(examples.flatMap((t) => t.entries.map((e) => e.key)));
    for (const [key, value] of Object.entries(processEnv)) {
      if (value === undefined || !inScope(key, declared, policy)) continue;
      vars.set(key, { key, value });
    }
  }

  const fileVars = new Map([...vars.values()].filter((v) => v.file).map((v) => [v.key, v.value]));
  const { environment, from } = resolveEnvironment({
    flag: envFlag, processEnv, fileVars, fileLabel: paths.join(', '), aliases: policy.envAliases,
  });
  const effective = policy.requireExampleKeys
    ? { ...policy, required: [...new Set([...policy.required, ...examples.flatMap((t) => t.entries.map((e) => e.key))])] }
    : policy;
  const exampleValues: ExampleValues[] = examples.map((t) => ({
    file: t.shown,
    values: new Set(t.entries.map((e) => e.value).filter((v) => v !== '')),
  }));
  // A loop, not push(...): a huge env file could hold more violations than a call takes arguments.
  for (const v of evaluatePolicy({ vars: [...vars.values()], environment, policy: effective, examples: exampleValues })) violations.push(v);
  return {
    mode: 'policy', environment, environmentFrom: from,
    sources: [...paths, ...(fromEnv ? ['process environment'] : [])],
    violations, notes: [],
  };
}

/** Which process variables belong to the app: the template's, the policy's, or all but the platform's. */
function inScope(key: string, declared: Set<string>, policy: EnvCheckPolicy): boolean {
  if (declared.size === 0) return !PLATFORM_PREFIXES.some((p) => key.startsWith(p));
  if (declared.has(key) || policy.required.includes(key)) return true;
  if (Object.hasOwn(policy.connectionStrings, key)) return true;
  return policy.requiredWhen.some((r) => r.require.some((alt) => alt.includes(key)) || Object.keys(r.when).some((g) => globMatch(g, key)));
}

function checkExamples(cwd: string, files: string[], policy: EnvCheckPolicy): EnvCheckResult {
  const root = repoRoot(cwd) ?? cwd;
  const targets = files.length
    ? files.map((f) => ({ abs: resolve(cwd, f), shown: f }))
    : policy.exampleFiles.map((f) => ({ abs: join(root, f), shown: relative(cwd, join(root, f)) || f })).filter((t) => existsSync(t.abs));
  const notes = targets.length ? [] : [`No template files found (looked for ${policy.exampleFiles.join(', ')}); nothing to check.`];
  const engine = new Engine(builtinRules);
  const violations = targets.flatMap((t) => templateViolations(t.abs, t.shown, engine, policy));
  return { mode: 'examples', sources: targets.map((t) => t.shown), violations, notes };
}

function checkRepo(cwd: string, policy: EnvCheckPolicy): EnvCheckResult {
  const root = repoRoot(cwd);
  if (!root) throw new ScanError('not inside a git repository, so --repo has nothing to check; run it from the repository, or check a file with: scan-secrets env-check FILE');

  // Ask git about `.env` even when it does not exist yet: the next one created must be ignored.
  const present = readdirSync(root, { withFileTypes: true }).filter((d) => d.isFile() && isEnvFileName(d.name)).map((d) => d.name);
  const candidates = [...new Set(['.env', ...present])];
  const ignored = new Set(splitZ(git(['check-ignore', '--no-index', '-z', '--stdin'], { cwd: root, input: `${candidates.join('\0')}\0`, okCodes: [1] })));
  const tracked = splitZ(git(['ls-files', '-z', '--cached', '--full-name'], { cwd: root })).filter((p) => isEnvFileName(p));
  const templates = policy.exampleFiles.filter((f) => existsSync(join(root, f)));

  const violations = hygieneViolations({
    notIgnored: candidates.filter((c) => !ignored.has(c)),
    tracked,
    templates,
    templateNames: policy.exampleFiles,
  });
  const engine = new Engine(builtinRules);
  for (const t of templates) for (const v of templateViolations(join(root, t), t, engine, policy)) violations.push(v);
  return { mode: 'repo', sources: [relative(cwd, root) || '.'], violations, notes: [] };
}

function templateViolations(abs: string, shown: string, engine: Engine, policy: EnvCheckPolicy): Violation[] {
  const { violations, errors } = checkTemplate(readText(abs, shown), shown, engine, policy);
  if (errors.length) throw parseFailure(shown, errors);
  return violations;
}

interface Template {
  abs: string;
  shown: string;
  entries: EnvEntry[];
}

function readTemplates(cwd: string, dir: string, policy: EnvCheckPolicy): Template[] {
  const out: Template[] = [];
  for (const name of policy.exampleFiles) {
    const abs = resolve(dir, name);
    if (!existsSync(abs)) continue;
    const shown = relative(cwd, abs) || name;
    const { entries, errors } = parseDotenv(readText(abs, shown));
    if (errors.length) throw parseFailure(shown, errors);
    out.push({ abs, shown, entries });
  }
  return out;
}

function readEnvFile(cwd: string, p: string, isDefault: boolean): EnvEntry[] {
  const abs = resolve(cwd, p);
  if (isDefault && !existsSync(abs)) {
    throw new ScanError('no .env here to check; pass the env file (scan-secrets env-check path/to/.env), or --from-env to check the process environment');
  }
  const { entries, errors } = parseDotenv(readText(abs, p));
  if (errors.length) throw parseFailure(p, errors);
  return entries;
}

function readText(abs: string, shown: string): string {
  try {
    return readFileSync(abs, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'EISDIR' ? 'it is a directory' : (code ?? 'unreadable');
    throw new ScanError(`cannot read ${shown}: ${why}; check the path and its permissions`);
  }
}

function parseFailure(file: string, errors: { line: number; message: string }[]): ScanError {
  const [first] = errors;
  const more = errors.length > 1 ? ` (and ${errors.length - 1} more line${errors.length > 2 ? 's' : ''})` : '';
  return new ScanError(`cannot parse ${file}:${first.line}: ${first.message}${more}; fix the file (values are never printed)`);
}

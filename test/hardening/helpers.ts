// Shared by the hardening suite: the real CLI (sync and async), a second user for permission
// errors, freshly generated credentials, and the check that none of them leaks.
import { spawn, spawnSync } from 'node:child_process';
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { expect } from 'vitest';
import { BIN, cleanEnv, fakeGithubToken, runCli, tempDir } from '../helpers/repo.ts';
import type { CliResult } from '../helpers/repo.ts';

export { BIN, cleanEnv, fakeGithubToken, runCli, tempDir };
export type { CliResult };

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

export function randomString(n: number, alphabet = ALNUM): string {
  return Array.from(randomBytes(n), (b) => alphabet[b % alphabet.length]).join('');
}

/** A temp folder other users can enter (mkdtemp makes it 0700), for runs as another user. */
export function openTempDir(prefix?: string): string {
  const dir = tempDir(prefix);
  chmodSync(dir, 0o755);
  return dir;
}

export function writeTree(dir: string, files: Record<string, string | Buffer>): void {
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
}

/**
 * Runs the CLI as a user who cannot read what only root may. Root reads every file whatever its
 * mode, so as root the run drops to nobody (65534) with setpriv (util-linux); as anyone else,
 * file modes already bind the run.
 */
export function runAsOtherUser(args: string[], opts: { cwd: string; env?: Record<string, string | undefined> }): CliResult {
  if (process.getuid?.() !== 0) return runCli(args, opts);
  const res = spawnSync('setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, BIN, ...args], {
    cwd: opts.cwd, env: cleanEnv({ HOME: opts.cwd, ...opts.env }), encoding: 'utf8', maxBuffer: 64 * 1024 * 1024,
  });
  if (res.error) throw new Error(`running as another user needs setpriv (util-linux) when the tests run as root: ${res.error.message}`);
  return { code: res.status ?? -1, stdout: res.stdout, stderr: res.stderr };
}

export interface AsyncRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Spawns the CLI; `during` may act on the running child (send a signal, close a stream). */
export function spawnCli(
  args: string[],
  opts: { cwd: string; input?: string; keepStdinOpen?: boolean; env?: Record<string, string | undefined> },
  during?: (child: ReturnType<typeof spawn>, out: { stdout: string; stderr: string }) => void,
): Promise<AsyncRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: opts.cwd, env: cleanEnv(opts.env), stdio: ['pipe', 'pipe', 'pipe'] });
    const out = { stdout: '', stderr: '' };
    child.stdout.setEncoding('utf8').on('data', (d: string) => (out.stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (out.stderr += d));
    // A stream the test closes on purpose reports EPIPE/ECONNRESET on our side: not a failure.
    child.stdin.on('error', () => undefined);
    child.stdout.on('error', () => undefined);
    child.stderr.on('error', () => undefined);
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, ...out }));
    if (opts.input !== undefined) child.stdin.write(opts.input);
    if (!opts.keepStdinOpen) child.stdin.end();
    during?.(child, out);
  });
}

/** Resolves once the child's stderr (as collected in `out`) matches. */
export async function waitFor(out: { stderr: string }, pattern: RegExp, timeoutMs = 30_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!pattern.test(out.stderr)) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${pattern} on stderr; got: ${out.stderr}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** A credential we plant, and the part of it that must never be printed. */
export interface Planted {
  /** What the scanner reports (with --no-redact) as the secret. */
  secret: string;
  /** The line written into the file. */
  line: string;
  /** The random part: no 8 characters of it in a row may appear in redacted output. */
  sensitive: string;
}

/** One of each kind of secret the scanner finds, freshly generated. */
export function plantedSecrets(): Planted[] {
  const gh = fakeGithubToken();
  const aws = randomString(40, `${ALNUM}+/`);
  const pg = randomString(22);
  const pw = `${randomString(10)}#${randomString(9)}`;
  const stripe = `sk_live_${randomString(32)}`;
  const slack = `xoxb-${randomString(11, '0123456789')}-${randomString(12, '0123456789')}-${randomString(24)}`;
  const pem = generateKeyPairSync('ec', { namedCurve: 'prime256v1' }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString().trim();
  const body = pem.split('\n').filter((l) => !l.startsWith('-----')).join('');
  return [
    { secret: gh, line: `GITHUB_TOKEN=${gh}`, sensitive: gh.slice(4) },
    { secret: aws, line: `aws_secret_access_key = ${aws}`, sensitive: aws },
    { secret: pg, line: `DATABASE_URL=postgres://app:${pg}@db.internal:5432/app`, sensitive: pg },
    { secret: pw, line: `DB_PASSWORD="${pw}"`, sensitive: pw },
    { secret: stripe, line: `STRIPE_KEY=${stripe}`, sensitive: stripe.slice(8) },
    { secret: slack, line: `SLACK_BOT=${slack}`, sensitive: slack.slice(-24) },
    { secret: pem, line: pem, sensitive: body },
  ];
}

export function plantedFile(planted: Planted[]): string {
  return `${planted.map((p) => p.line).join('\n')}\n`;
}

/** Fails when 8 characters in a row of any planted secret's random part appear in text. */
export function expectNoLeak(text: string, planted: Planted[], where: string): void {
  for (const p of planted) {
    // PEM bodies are split over lines in the file; the report may hold any of them.
    const parts = p.sensitive.includes('\n') ? p.sensitive.split('\n') : [p.sensitive];
    for (const part of parts) {
      for (let i = 0; i + 8 <= part.length; i++) {
        const window = part.slice(i, i + 8);
        if (text.includes(window)) expect.fail(`${where}: 8 characters of a planted secret (${window}...) leaked`);
      }
    }
  }
}

/** The proof that expectNoLeak can fail: with --no-redact every secret is printed whole. */
export function expectAllShown(text: string, planted: Planted[]): void {
  for (const p of planted) {
    const shown = text.includes(p.secret) || text.includes(JSON.stringify(p.secret).slice(1, -1));
    expect(shown, `planted secret not reported: ${p.line.slice(0, 20)}...`).toBe(true);
  }
}

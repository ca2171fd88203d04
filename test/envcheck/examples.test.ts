// `env-check --examples-only` (the check-env-example hook) and the template part of --repo:
// templates hold placeholders; a real-looking secret in one fails, through the scanner's rules
// or the policy turned around.
import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Engine } from '../../src/engine/engine.ts';
import { checkTemplate } from '../../src/envcheck/templates.ts';
import { defaultPolicy } from '../../src/envcheck/policy-config.ts';
import { base62, crc32 } from '../../src/rules/lib/checksum.ts';
import { builtinRules } from '../../src/rules/index.ts';
import { cli, gitRepo, strongSecret, tempDir, write } from './helpers.ts';

const engine = new Engine(builtinRules);
const policy = defaultPolicy();

function githubToken(): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  const body = [...randomBytes(30)].map((b) => alphabet[b % 62]).join('');
  return `ghp_${body}${base62(crc32(body), 6)}`;
}

function awsKeyId(): string {
  return `AKIA${[...randomBytes(16)].map((b) => 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'[b & 31]).join('')}`;
}

const PLACEHOLDERS = [
  '# Copy to .env and fill in',
  'SECRET_KEY=',
  'JWT_SECRET_KEY=changeme',
  'API_TOKEN=<your-api-token>',
  'STRIPE_SECRET_KEY=sk_live_your_key_here',
  'OPENAI_API_KEY="your-openai-key"',
  'DB_PASSWORD=xxxxxxxxxxxxxxxxxxxxxxxx',
  'SESSION_SECRET=${SESSION_SECRET}',
  'GITHUB_TOKEN=ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX',
  'WEBHOOK_SECRET=replace-me-with-a-long-random-string',
  'DATABASE_URL=postgresql://postgres:postgres@localhost:5432/app',
  'REDIS_URL=redis://localhost:6379/0',
  'FRONTEND_URL=http://localhost:3000',
  'ACCESS_TOKEN_EXPIRE_MINUTES=30',
  'LLM_PRIMARY_PROVIDER=groq',
].join('\n');

describe('checkTemplate', () => {
  it('passes placeholders of every usual kind', () => {
    expect(checkTemplate(`${PLACEHOLDERS}\n`, '.env.example', engine, policy)).toEqual({ violations: [], errors: [] });
  });

  it.each([
    ['a random value under a secret name', () => `SECRET_KEY=${strongSecret()}`, 'SECRET_KEY', 'template-secret', /secret \(random enough to pass as a production value\)|Random-looking secret in a secret-named setting \(high-entropy-string\)/],
    ['a hex secret', () => `JWT_SECRET=${randomBytes(32).toString('hex')}`, 'JWT_SECRET', 'template-secret', /secret \(random enough|Random-looking secret in a secret-named setting \(high-entropy-string\)/],
    ['a GitHub token under any name', () => `CI_HELPER=${githubToken()}`, 'CI_HELPER', 'template-secret', 'GitHub personal access token (github-pat)'],
    ['an AWS key id', () => `AWS_ACCESS_KEY_ID=${awsKeyId()}`, 'AWS_ACCESS_KEY_ID', 'template-secret', 'AWS access key ID (aws-access-key-id)'],
    ['a real password in a connection URL', () => `DATABASE_URL=postgresql://app:${strongSecret(18)}@db.internal:5432/app`, 'DATABASE_URL', 'template-secret', /password inside a connection URL|Database connection URL with password \(database-url-password\)/],
  ])('fails %s', (_name, line, key, rule, what) => {
    const text = `${PLACEHOLDERS}\n${line()}\n`;
    const { violations } = checkTemplate(text, '.env.example', engine, policy);
    expect(violations.map((v) => [v.key, v.rule, v.severity, v.line])).toEqual([[key, rule, 'error', 16]]);
    expect(violations[0].message).toMatch(what);
    expect(violations[0].fix).toContain(`${key}=<your-${key.toLowerCase().replace(/_/g, '-')}>`);
  });

  it('reports one violation for a secret both nets catch, and names the key of a multi-line value', () => {
    const key = '-----BEGIN RSA PRIVATE KEY-----\n' + randomBytes(300).toString('base64').replace(/(.{64})/g, '$1\n') + '\n-----END RSA PRIVATE KEY-----';
    const { violations } = checkTemplate(`A=1\nJWT_PRIVATE_KEY="${key}"\n`, '.env.sample', engine, policy);
    expect(violations.map((v) => [v.key, v.rule])).toEqual([['JWT_PRIVATE_KEY', 'template-secret']]);
  });
});

describe('env-check --examples-only (the check-env-example hook)', () => {
  it('exits 0 on placeholder-only templates passed as arguments', () => {
    const dir = tempDir();
    write(dir, { '.env.example': `${PLACEHOLDERS}\n`, 'web/.env.sample': 'NEXT_PUBLIC_API_URL=http://localhost:8000\n' });
    const res = cli(['env-check', '--examples-only', '.env.example', 'web/.env.sample'], dir);
    expect(res.stdout).toBe('✔ env-check: no problems in .env.example, web/.env.sample (template files)\n');
    expect(res.code).toBe(0);
  });

  it('exits 1 naming the file, the key and the fix, without the value', () => {
    const dir = tempDir();
    const secret = strongSecret();
    write(dir, { '.env.example': `${PLACEHOLDERS}\n`, 'api/.env.template': `SECRET_KEY=${secret}\n` });
    const res = cli(['env-check', '--examples-only', '.env.example', 'api/.env.template'], dir);
    expect(res.code).toBe(1);
    expect(res.stdout).toContain('error   api/.env.template:1  SECRET_KEY: api/.env.template holds what looks like a real ');
    expect(res.stdout).toContain('Replace it with a placeholder such as SECRET_KEY=<your-secret-key>');
    expect(res.stdout + res.stderr).not.toContain(secret);
  });

  it('finds the templates at the repository root when given no files', () => {
    const repo = gitRepo();
    mkdirSync(join(repo, 'src'));
    const token = githubToken();
    write(repo, { '.env.example': `GH=${token}\n` });
    const res = cli(['env-check', '--examples-only', '--format', 'json'], join(repo, 'src'));
    expect(res.code).toBe(1);
    const doc = JSON.parse(res.stdout);
    expect(doc.sources).toEqual(['../.env.example']);
    expect(doc.violations.map((v: { key: string; rule: string }) => `${v.key} ${v.rule}`)).toEqual(['GH template-secret']);
    expect(res.stdout).not.toContain(token);
  });

  it('has nothing to check, and says so, when there is no template', () => {
    const res = cli(['env-check', '--examples-only'], tempDir());
    expect(res.code).toBe(0);
    expect(res.stdout).toContain('No template files found (looked for .env.example, .env.sample, .env.template); nothing to check.');
  });

  it('exits 2 for a template it cannot read or parse', () => {
    const dir = tempDir();
    write(dir, { '.env.example': 'A="open\n' });
    expect(cli(['env-check', '--examples-only', 'gone.env.example'], dir).code).toBe(2);
    const res = cli(['env-check', '--examples-only', '.env.example'], dir);
    expect(res.code).toBe(2);
    expect(res.stderr).toContain('cannot parse .env.example:1');
  });
});

// The env-check command through the built CLI: exit codes, streams, environment resolution from
// the process, --from-env, formats, and one-line errors for bad input.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, strongSecret, tempDir, write } from './helpers.ts';

function dirWith(files: Record<string, string>): string {
  const dir = tempDir();
  write(dir, files);
  return dir;
}

describe('exit codes and output', () => {
  it('exits 1 on an error and says key, rule and fix on stdout', () => {
    const dir = dirWith({ '.env': 'SECRET_KEY=changeme123changeme123changeme123xyz\n' });
    const res = cli(['env-check', '--env', 'production'], dir);
    expect(res.code).toBe(1);
    expect(res.stderr).toBe('');
    expect(res.stdout).toContain("SECRET_KEY: production secret appears to be a development secret (contains 'changeme'). [weak-word]");
    expect(res.stdout).toContain('Generate one with: npx scan-secrets generate');
    expect(res.stdout).toMatch(/✖ env-check: \d+ errors? in \.env \(production rules, environment from --env\)/);
  });

  it('exits 0 on warnings alone, and prints them', () => {
    const dir = dirWith({ '.env': 'SECRET_KEY=changeme\nLOG_LEVEL=info\n' });
    const res = cli(['env-check', '--env', 'development'], dir);
    expect(res.code).toBe(0);
    expect(res.stdout).toContain('warning .env:1  SECRET_KEY: weak secret');
    expect(res.stdout).toContain('⚠ env-check: 2 warnings in .env (development rules');
  });

  it('exits 0 and says so when clean; --quiet prints nothing', () => {
    const dir = dirWith({ '.env': `SECRET_KEY=${strongSecret()}\n` });
    const res = cli(['env-check', '--env', 'production'], dir);
    expect(res.code).toBe(0);
    expect(res.stdout).toBe('✔ env-check: no problems in .env (production rules, environment from --env)\n');
    expect(cli(['env-check', '--env', 'production', '-q'], dir).stdout).toBe('');
  });

  it('writes the JSON contract with --format json', () => {
    const dir = dirWith({ '.env': `SECRET_KEY=${strongSecret()}\nJWT_SECRET=short\n` });
    const res = cli(['env-check', '--env', 'staging', '--format', 'json'], dir);
    expect(res.code).toBe(1);
    const doc = JSON.parse(res.stdout);
    expect(doc).toMatchObject({ version: 1, mode: 'policy', environment: 'staging', environmentFrom: '--env', sources: ['.env'] });
    expect(doc.violations[0]).toEqual({
      key: 'JWT_SECRET', rule: 'min-length', severity: 'error',
      message: 'JWT_SECRET: secret is too short (5 characters, at least 32 needed).',
      fix: 'Generate one with: npx scan-secrets generate', file: '.env', line: 2,
    });
    expect(doc.summary).toEqual({ errors: doc.violations.length, warnings: 0 });
  });

  it('layers several files, later ones winning, and names the file each value came from', () => {
    const dir = dirWith({ '.env': 'SECRET_KEY=changeme\nAPI_TOKEN=short\n', '.env.production': `SECRET_KEY=${strongSecret()}\n` });
    const doc = JSON.parse(cli(['env-check', '.env', '.env.production', '--env', 'prod', '--format', 'json'], dir).stdout);
    expect(doc.violations.map((v: { key: string; file: string }) => `${v.key}@${v.file}`)).toEqual(['API_TOKEN@.env']);
  });
});

describe('which environment', () => {
  const weak = { '.env': 'SECRET_KEY=changeme\n' };
  it.each([
    [{ APP_ENV: 'prod' }, 1, 'production rules, environment from APP_ENV'],
    [{ NODE_ENV: 'development' }, 0, 'development rules, environment from NODE_ENV'],
    [{ APP_ENV: 'local', NODE_ENV: 'production' }, 0, 'development rules, environment from APP_ENV'],
    [{ NODE_ENV: 'stage' }, 1, 'staging rules, environment from NODE_ENV'],
    [{}, 1, 'production rules, environment from default'],
  ])('%j -> exit %i (%s)', (env, code, label) => {
    const res = cli(['env-check'], dirWith(weak), env as Record<string, string>);
    expect(res.code).toBe(code);
    expect(res.stdout).toContain(label);
  });

  it('reads APP_ENV from the file when the process has none, and --env beats everything', () => {
    const dir = dirWith({ '.env': 'APP_ENV=development\nSECRET_KEY=changeme\n' });
    expect(cli(['env-check'], dir).stdout).toContain('development rules, environment from APP_ENV in .env');
    expect(cli(['env-check', '--env', 'production'], dir, { APP_ENV: 'dev' }).code).toBe(1);
  });
});

describe('--from-env', () => {
  it('checks the process environment, exit 1 on a weak production secret', () => {
    const dir = tempDir();
    const res = cli(['env-check', '--from-env', '--env', 'production'], dir, { SECRET_KEY: 'changeme', FRONTEND_URL: 'http://app.acme-corp.io' });
    expect(res.code).toBe(1);
    expect(res.stdout).toContain('SECRET_KEY: production secret appears to be a development secret');
    expect(res.stdout).toContain('FRONTEND_URL: production URL uses http://');
    expect(res.stdout).toContain('in process environment');
  });

  it('passes a well-configured deploy environment', () => {
    const res = cli(['env-check', '--from-env'], tempDir(), {
      APP_ENV: 'production', SECRET_KEY: strongSecret(), JWT_SECRET_KEY: strongSecret(),
      FRONTEND_URL: 'https://app.acme-corp.io', LLM_PRIMARY_PROVIDER: 'openai', OPENAI_API_KEY: strongSecret(),
    });
    expect(res.stdout).toContain('no problems');
    expect(res.code).toBe(0);
  });

  it('requires the provider key from the process environment', () => {
    const res = cli(['env-check', '--from-env', '--env', 'production', '--format', 'json'], tempDir(), { LLM_PRIMARY_PROVIDER: 'groq' });
    expect(res.code).toBe(1);
    expect(JSON.parse(res.stdout).violations).toEqual([expect.objectContaining({
      key: 'GROQ_API_KEY', rule: 'required-when', message: 'GROQ_API_KEY: required when LLM_PRIMARY_PROVIDER=groq, but not set.',
    })]);
  });

  it("leaves a CI runner's own variables alone", () => {
    const token = strongSecret();
    // GitHub Actions hands the same token to several variables; that is not the app reusing a secret.
    const res = cli(['env-check', '--from-env', '--env', 'production'], tempDir(), {
      GITHUB_TOKEN: token, INPUT_GITHUB_TOKEN: token, ACTIONS_RUNTIME_TOKEN: 'short', SECRET_KEY: strongSecret(),
    });
    expect(res.stdout).toContain('no problems');
    expect(res.code).toBe(0);
  });

  it('with a template, checks only the variables the template declares (and the policy names)', () => {
    const dir = dirWith({ '.env.example': 'SECRET_KEY=\nFRONTEND_URL=\n' });
    const res = cli(['env-check', '--from-env', '--env', 'production', '--format', 'json'], dir, {
      SECRET_KEY: 'changeme', SOME_TOOL_TOKEN: 'x', FRONTEND_URL: 'https://app.acme-corp.io',
    });
    expect(JSON.parse(res.stdout).violations.map((v: { key: string }) => v.key)).toEqual(['SECRET_KEY', 'SECRET_KEY']);
  });

  it('combines with files: the process environment wins', () => {
    const dir = dirWith({ '.env': 'SECRET_KEY=changeme\n' });
    expect(cli(['env-check', '.env', '--from-env', '--env', 'production'], dir, { SECRET_KEY: strongSecret() }).code).toBe(0);
  });
});

describe('bad input exits 2 with one line', () => {
  it.each([
    [[], {}, 'no .env here to check; pass the env file (scan-secrets env-check path/to/.env), or --from-env to check the process environment'],
    [['missing.env'], {}, 'cannot read missing.env: no such file; check the path and its permissions'],
    [['adir'], {}, 'cannot read adir: it is a directory; check the path and its permissions'],
    [['--env', 'qa'], { '.env': 'A=1\n' }, '--env=qa is not an environment env-check knows'],
    [[], { '.env': 'A=1\n', '.scan-secrets.yaml': 'envCheck:\n  minLength: short\n' }, '.scan-secrets.yaml: envCheck.minLength must be a whole number of at least 1'],
    [[], { '.env': 'A=1\n', '.scan-secrets.json': '{ "envCheck": ' }, '.scan-secrets.json: not valid JSON'],
    [['--config', 'nope.yaml'], { '.env': 'A=1\n' }, 'config file nope.yaml not found'],
    [['--repo', '.env'], { '.env': 'A=1\n' }, '--repo checks the repository on its own'],
    [['--examples-only', '--from-env'], {}, '--examples-only checks template files; drop --from-env'],
    [['--bogus'], { '.env': 'A=1\n' }, 'Unknown argument: bogus'],
  ])('env-check %j', (args, files, message) => {
    const dir = dirWith(files as Record<string, string>);
    mkdirSync(join(dir, 'adir'));
    const res = cli(['env-check', ...(args as string[])], dir);
    expect(res.code).toBe(2);
    expect(res.stdout).toBe('');
    expect(res.stderr).toContain(message);
    expect(res.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('names the line of a broken .env without printing it', () => {
    const hidden = 'Zq8vN3kLmP0rT5wXhidden';
    const dir = dirWith({ '.env': `A=1\nB="${hidden}\nC=3\n` });
    const res = cli(['env-check', '--env', 'production'], dir);
    expect(res.code).toBe(2);
    expect(res.stderr).toBe('scan-secrets: cannot parse .env:2: B: the double quote that opens the value is never closed; fix the file (values are never printed)\n');
    expect(res.stderr).not.toContain(hidden);
  });
});

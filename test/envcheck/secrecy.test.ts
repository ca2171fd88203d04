// Nothing env-check prints may hold a value. Every value below carries a random marker; every
// run (each environment, both formats, files and --from-env, templates, broken input) must
// trip its rules without any marker reaching stdout or stderr.
import { describe, expect, it } from 'vitest';
import { cli, git, gitRepo, marker, strongSecret, tempDir, write } from './helpers.ts';

const M = Array.from({ length: 13 }, () => marker());
const exampleSecret = `${M[4]}${strongSecret()}`;

const VALUES: Record<string, string> = {
  SECRET_KEY: `changeme${M[0]}`,
  JWT_SECRET_KEY: `changeme${M[0]}`,
  API_TOKEN: `zzzzzzzz${M[1]}${strongSecret()}`,
  SESSION_SECRET: `qwerty${M[2]}${strongSecret()}`,
  DB_PASSWORD: M[3],
  COPIED_SECRET: exampleSecret,
  FRONTEND_URL: `http://${M[5]}.acme-corp.io/`,
  BACKEND_URL: `https://localhost/${M[6]}`,
  PUBLIC_URL: M[7],
  DATABASE_URL: `mysql://app:${M[8]}@db:3306/app`,
  REDIS_URL: `redis://:${M[9]}@/0`,
  LLM_PRIMARY_PROVIDER: 'groq',
  LOW_ENTROPY_TOKEN: 'xyzyxzyxzxyzzyxzyxzyxxyzyxzxyzyxzyxzyzx',
  PRIVATE_KEY: `-----BEGIN PRIVATE KEY-----\n${M[11]}\n-----END PRIVATE KEY-----`,
};

function envFile(): string {
  const lines = Object.entries(VALUES).map(([k, v]) => (v.includes('\n') ? `${k}="${v}"` : `${k}=${v}`));
  return `${lines.join('\n')}\nLOG_TOKEN=${M[10]}\nLOG_TOKEN=${M[12]}\n`;
}

function expectNoMarker(out: string): void {
  for (const m of M) expect(out, `marker ${m} leaked`).not.toContain(m);
  expect(out).not.toContain(exampleSecret);
}

describe('values never reach the output', () => {
  const dir = tempDir();
  write(dir, { '.env': envFile(), '.env.example': `COPIED_SECRET=${exampleSecret}\n` });

  it.each(['development', 'staging', 'production'])('env-check --env %s, text and JSON', (env) => {
    for (const format of ['text', 'json']) {
      const res = cli(['env-check', '--env', env, '--format', format], dir);
      expect(res.code).toBe(env === 'development' ? 0 : 1);
      // the run did report on these variables: the test would pass vacuously otherwise
      for (const key of ['SECRET_KEY', 'JWT_SECRET_KEY', 'API_TOKEN', 'SESSION_SECRET', 'DB_PASSWORD', 'COPIED_SECRET', 'GROQ_API_KEY', 'LOG_TOKEN']) {
        expect(res.stdout).toContain(key);
      }
      if (env !== 'development') for (const key of ['FRONTEND_URL', 'BACKEND_URL', 'PUBLIC_URL', 'DATABASE_URL', 'REDIS_URL']) expect(res.stdout).toContain(key);
      expectNoMarker(res.stdout + res.stderr);
    }
  });

  it('env-check --from-env', () => {
    const env = Object.fromEntries(Object.entries(VALUES).filter(([, v]) => !v.includes('\n')));
    const res = cli(['env-check', '--from-env', '--env', 'production'], tempDir(), env);
    expect(res.code).toBe(1);
    expect(res.stdout).toContain('SECRET_KEY');
    expectNoMarker(res.stdout + res.stderr);
  });

  it('env-check --examples-only and --repo on a template holding secrets', () => {
    const t = tempDir();
    write(t, { '.env.example': envFile().replace(`SECRET_KEY=changeme${M[0]}`, `SECRET_KEY=${exampleSecret}`) });
    const res = cli(['env-check', '--examples-only', '.env.example', '--format', 'json'], t);
    expect(res.code).toBe(1);
    expect(JSON.parse(res.stdout).violations.length).toBeGreaterThan(0);
    expectNoMarker(res.stdout + res.stderr);

    const repo = gitRepo();
    write(repo, { '.env.example': `SECRET_KEY=${exampleSecret}\n`, '.env': envFile() });
    git(repo, 'add', '-A');
    git(repo, 'commit', '-qm', 'tracked on purpose');
    const hygiene = cli(['env-check', '--repo'], repo);
    expect(hygiene.code).toBe(1);
    expect(hygiene.stdout).toContain('[tracked]');
    expect(hygiene.stdout).toContain('[template-secret]');
    expectNoMarker(hygiene.stdout + hygiene.stderr);
  });

  it.each([
    ['a pasted token on its own line', `A=1\n${M[0]}${M[1]}\n`],
    ['an unclosed quote', `A="${M[0]}\n${M[1]}\n`],
    ['text after a closing quote', `A="${M[0]}" ${M[1]}\n`],
    ['a line starting with a digit', `1${M[0]}=${M[1]}\n`],
  ])('a broken .env (%s) exits 2 without echoing it', (_name, text) => {
    const t = tempDir();
    write(t, { '.env': text });
    const res = cli(['env-check', '--env', 'production'], t);
    expect(res.code).toBe(2);
    expect(res.stderr).toMatch(/^scan-secrets: cannot parse \.env:\d+: /);
    expectNoMarker(res.stdout + res.stderr);
  });
});

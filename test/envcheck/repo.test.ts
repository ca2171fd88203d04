// `env-check --repo` in real git repositories: .env ignored, nothing tracked, a template with
// placeholders only; and it never touches the index or the work tree.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, git, gitRepo, strongSecret, tempDir, write } from './helpers.ts';

interface Doc {
  mode: string;
  violations: { key: string | null; rule: string; severity: string; message: string; fix: string; file: string | null }[];
}

function repoCheck(cwd: string) {
  const res = cli(['env-check', '--repo', '--format', 'json'], cwd);
  return { ...res, doc: JSON.parse(res.stdout || '{}') as Doc };
}

describe('env-check --repo', () => {
  it('passes a tidy repository', () => {
    const repo = gitRepo();
    write(repo, { '.gitignore': '.env\n.env.*\n!.env.example\n', '.env.example': 'SECRET_KEY=\nFRONTEND_URL=http://localhost:3000\n', '.env': `SECRET_KEY=${strongSecret()}\n`, '.env.local': 'A=1\n' });
    git(repo, 'add', '.gitignore', '.env.example');
    git(repo, 'commit', '-qm', 'init');
    const { code, doc } = repoCheck(repo);
    expect(doc.mode).toBe('repo');
    expect(doc.violations).toEqual([]);
    expect(code).toBe(0);
  });

  it('flags a .env that git would not ignore, even before one exists, and a missing template', () => {
    const repo = gitRepo();
    write(repo, { 'README.md': 'hi\n' });
    const { code, doc } = repoCheck(repo);
    expect(code).toBe(1);
    expect(doc.violations.map((v) => `${v.file} ${v.rule}`)).toEqual(['.env gitignore', '.env.example template-missing']);
    expect(doc.violations[0].fix).toContain('Add a line `.env` to .gitignore');
  });

  it('flags every env file at the root that is not ignored', () => {
    const repo = gitRepo();
    write(repo, { '.gitignore': '.env\n', '.env.example': 'A=\n', '.env.production': 'A=1\n', '.env.sample': 'A=\n' });
    const { doc } = repoCheck(repo);
    expect(doc.violations.map((v) => `${v.file} ${v.rule}`)).toEqual(['.env.production gitignore']);
  });

  it('flags tracked env files with the git rm --cached fix, and leaves the index alone', () => {
    const repo = gitRepo();
    write(repo, { '.env': 'SECRET_KEY=abc\n', 'config/.env.production': 'A=1\n', 'my app/.env': 'B=2\n', '.env.example': 'SECRET_KEY=\n' });
    git(repo, 'add', '-A');
    git(repo, 'commit', '-qm', 'oops');
    write(repo, { '.gitignore': '.env\n.env.*\n!.env.example\n' });
    const indexBefore = git(repo, 'ls-files', '-s');
    const statusBefore = git(repo, 'status', '--porcelain');
    const { code, doc } = repoCheck(repo);
    expect(code).toBe(1);
    const tracked = doc.violations.filter((v) => v.rule === 'tracked');
    expect(tracked.map((v) => v.file)).toEqual(['.env', 'config/.env.production', 'my app/.env']);
    expect(tracked[0].fix).toContain('git rm --cached -- .env;');
    expect(tracked[2].fix).toContain("git rm --cached -- 'my app/.env';");
    expect(tracked[0].message).toBe('.env: tracked by git; everyone with the repository has its values.');
    // .env is ignored by pattern, so only `tracked` fires for it
    expect(doc.violations.filter((v) => v.rule === 'gitignore')).toEqual([]);
    expect(git(repo, 'ls-files', '-s')).toBe(indexBefore);
    expect(git(repo, 'status', '--porcelain')).toBe(statusBefore);
    expect(existsSync(join(repo, '.env'))).toBe(true);
  });

  it('runs the template check: a real-looking secret in .env.example fails, from any subfolder', () => {
    const repo = gitRepo();
    const secret = strongSecret();
    write(repo, { '.gitignore': '.env\n', '.env.example': `SECRET_KEY=${secret}\nDEBUG=false\n`, 'src/app.ts': '' });
    const res = cli(['env-check', '--repo'], join(repo, 'src'));
    expect(res.code).toBe(1);
    expect(res.stdout).toContain('error   .env.example:1  SECRET_KEY: .env.example holds what looks like a real ');
    expect(res.stdout).toContain('✖ env-check: 1 error (repository hygiene at ..)');
    expect(res.stdout + res.stderr).not.toContain(secret);
  });

  it('uses the configured template names', () => {
    const repo = gitRepo();
    write(repo, { '.gitignore': '.env\n', 'env.dist': 'A=\n', '.scan-secrets.yaml': 'envCheck:\n  exampleFiles: [env.dist]\n' });
    expect(repoCheck(repo).doc.violations).toEqual([]);
  });

  it('exits 2 outside a git repository', () => {
    const res = cli(['env-check', '--repo'], tempDir());
    expect(res.code).toBe(2);
    expect(res.stderr).toContain('not inside a git repository, so --repo has nothing to check');
  });
});

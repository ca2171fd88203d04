// Hostile and odd file systems: names no shell would type, links that loop or lead out of the
// tree, files nobody may read, FIFOs and devices, trees deeper than PATH_MAX, and files that
// change while the scan runs. Nothing may crash, hang, read outside the tree or pass silently:
// a skip is counted and listed with --verbose, and a file that cannot be read is exit 2.
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, symlinkSync, truncateSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PathSource } from '../../src/scanners/paths.ts';
import type { Target } from '../../src/engine/types.ts';
import { Repo } from '../helpers/repo.ts';
import { fakeGithubToken, openTempDir, runAsOtherUser, runCli, tempDir, writeTree } from './helpers.ts';

interface Report {
  findings: { ruleId: string; file: string; line: number | null; column: number | null; secret: string }[];
  stats: { files: number; skipped: number; threads: number };
}
const json = (out: string) => JSON.parse(out) as Report;
const secretFiles = (r: Report) => r.findings.filter((f) => f.ruleId === 'github-pat').map((f) => f.file).sort();

const ODD_NAMES = [
  'new\nline.txt', 'carriage\rreturn.txt', 'tab\there.txt', `quo"te's.txt`, '$(touch pwned).txt', '`touch pwned2`.txt',
  '-leading-dash.txt', '--all-files.txt', 'sp ace.txt', 'back\\slash.txt', 'esc\x1b[2Jape.txt', 'bidi\u202etxt.exe', '日本語.txt',
  'line\u2028sep.txt', '[id].txt', '{a,b}.txt', '!bang.txt', 'star*.txt',
];

describe('file names', () => {
  // "latin<é>.txt" and "latin<è>.txt" in latin1: not UTF-8, and both decode to the same string
  const bytesNames = [0xe9, 0xe8].map((b) => Buffer.from([0x6c, 0x61, 0x74, 0x69, 0x6e, b, 0x2e, 0x74, 0x78, 0x74]));
  const shownBytesName = 'latin\uFFFD.txt';

  function plant(dir: string): void {
    for (const name of ODD_NAMES) writeFileSync(join(dir, name), `token = ${fakeGithubToken()}\n`);
    for (const name of bytesNames) writeFileSync(Buffer.concat([Buffer.from(`${dir}/`), name]), `token = ${fakeGithubToken()}\n`);
  }

  it('every odd name is found when walking a folder, named on the command line, --all-files and --staged', () => {
    const repo = new Repo();
    plant(repo.dir);
    const all = [...ODD_NAMES, shownBytesName, shownBytesName].sort();

    const walked = repo.scan('--format', 'json', '.');
    expect(walked.code).toBe(1);
    expect(secretFiles(json(walked.stdout))).toEqual(all);
    expect(secretFiles(json(repo.scan('--no-git', '--format', 'json', '.').stdout))).toEqual(all);
    // on worker threads too: names that are not UTF-8 cross to them as bytes
    const threaded = runCli(['--format', 'json', '.'], { cwd: repo.dir, env: { SCAN_SECRETS_INLINE_BYTES: '0', SCAN_SECRETS_THREADS: '2' } });
    expect(json(threaded.stdout).stats).toMatchObject({ threads: 2 });
    expect(secretFiles(json(threaded.stdout))).toEqual(all);
    // Node turns argv into UTF-8 strings, so the non-UTF-8 name cannot be named; the rest can.
    const named = repo.scan('--format', 'json', '--', ...ODD_NAMES);
    expect(secretFiles(json(named.stdout))).toEqual([...ODD_NAMES].sort());

    repo.add();
    expect(secretFiles(json(repo.scan('--staged', '--format', 'json').stdout))).toEqual(all);
    repo.commit();
    expect(secretFiles(json(repo.scan('--all-files', '--format', 'json').stdout))).toEqual(all);
    // nothing in a name was ever run
    expect(existsSync(join(repo.dir, 'pwned'))).toBe(false);
    expect(existsSync(join(repo.dir, 'pwned2'))).toBe(false);
  });

  it('--all-files: a large file that Git LFS tracks is exempt from the size limit, whatever bytes name it', () => {
    const repo = new Repo();
    // The pattern names the first of the two latin1 names by its own byte: only it is in LFS.
    repo.write('.gitattributes', Buffer.concat([bytesNames[0], Buffer.from(' filter=lfs diff=lfs merge=lfs -text\n')]));
    const big = Buffer.alloc(600 * 1024, 0x61);
    for (const name of bytesNames) writeFileSync(Buffer.concat([Buffer.from(`${repo.dir}/`), name]), big);
    repo.add().commit();
    const r = json(repo.scan('--all-files', '--format', 'json').stdout);
    // one over the limit, the other exempt: told apart by their bytes, not their shown names
    expect(r.findings.filter((f) => f.ruleId === 'file-too-large').map((f) => f.file)).toEqual([shownBytesName]);
  });

  it('folders with odd names are walked into, and what git ignores is left out by its exact name', () => {
    const repo = new Repo();
    const token = () => `token = ${fakeGithubToken()}\n`;
    const latinDir = Buffer.concat([Buffer.from(`${repo.dir}/`), Buffer.from('dir\xe9', 'latin1')]);
    mkdirSync(latinDir);
    writeFileSync(Buffer.concat([latinDir, Buffer.from('/in\nner.txt')]), token());
    writeTree(repo.dir, { 'new\nline dir/back\\slash/a.txt': token(), 'ignored\ndir/b.txt': token(), 'kept.txt': token() });
    writeFileSync(Buffer.concat([Buffer.from(`${repo.dir}/`), Buffer.from('skip\xe9.txt', 'latin1')]), token());
    // `?` and `*` stand for the newline and the byte that is not UTF-8
    repo.write('.gitignore', 'ignored?dir/\nskip*.txt\n');
    const walked = repo.scan('--format', 'json', '.');
    expect(walked.stderr).toBe('');
    expect(secretFiles(json(walked.stdout))).toEqual(['dir\uFFFD/in\nner.txt', 'kept.txt', 'new\nline dir/back\\slash/a.txt']);
    const all = repo.scan('--no-git', '--format', 'json', '.');
    expect(secretFiles(json(all.stdout))).toEqual(['dir\uFFFD/in\nner.txt', 'ignored\ndir/b.txt', 'kept.txt', 'new\nline dir/back\\slash/a.txt', 'skip\uFFFD.txt']);
  });
});

describe('links', () => {
  /** A folder outside the tree under test holding a token in `name`: where a link must not lead. */
  function secretOutside(name: string): string {
    const outside = tempDir();
    writeFileSync(join(outside, name), `token = ${fakeGithubToken()}\n`);
    return outside;
  }

  it('link loops and links out of the tree are skipped, counted and listed, never followed', () => {
    const outside = secretOutside('far.txt');
    const dir = tempDir();
    writeTree(dir, { 'inside.txt': 'fine\n', 'sub/ok.txt': 'fine\n' });
    symlinkSync('loop-b', join(dir, 'loop-a'));
    symlinkSync('loop-a', join(dir, 'loop-b'));
    symlinkSync('.', join(dir, 'sub', 'self'));
    symlinkSync('/etc/passwd', join(dir, 'passwd'));
    symlinkSync(join(outside, 'far.txt'), join(dir, 'far.txt'));
    symlinkSync(outside, join(dir, 'outside-dir'));
    const r = runCli(['--no-git', '--verbose', '--format', 'json', '.'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(json(r.stdout).findings).toEqual([]);
    expect(json(r.stdout).stats.skipped).toBe(6);
    const text = runCli(['--no-git', '--verbose', '.'], { cwd: dir }).stdout;
    for (const link of ['loop-a', 'loop-b', 'sub/self', 'passwd', 'far.txt', 'outside-dir']) expect(text).toContain(`  ${link}: symlink (not followed)`);
    expect(text).toMatch(/, 6 skipped\)/);
    // named on the command line, a link is still not followed
    const named = runCli(['--no-git', '--verbose', 'passwd', 'far.txt', 'loop-a'], { cwd: dir });
    expect(named.code).toBe(0);
    expect(named.stdout).toContain('far.txt: symlink (not followed)');
  });

  it('tracked links and links staged for commit are not followed either', () => {
    const outside = secretOutside('far.txt');
    const repo = new Repo();
    symlinkSync(join(outside, 'far.txt'), join(repo.dir, 'far.txt'));
    symlinkSync('/etc/passwd', join(repo.dir, 'passwd'));
    repo.add();
    const staged = repo.scan('--staged', '--verbose', '--format', 'json');
    expect(json(staged.stdout).findings.filter((f) => f.ruleId === 'github-pat')).toEqual([]);
    repo.commit();
    const all = repo.scan('--all-files', '--verbose');
    expect(all.stdout).not.toContain('github-pat');
    expect(all.stdout).toContain('far.txt: symlink (not followed)');
  });

  it('--pre-commit: a named link, to a folder or to nothing, is a counted skip', () => {
    const repo = new Repo();
    repo.write('d/a.txt', 'fine\n');
    symlinkSync('d', join(repo.dir, 'link'));
    symlinkSync('/nonexistent', join(repo.dir, 'dangling'));
    const r = repo.scan('--pre-commit', '--verbose', '--', 'link', 'dangling', 'd/a.txt');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('  link: symlink (not followed)\n  dangling: symlink (not followed)\n');
  });

  it('a tracked file under a folder that is now a link out of the tree is not read through it', () => {
    const outside = secretOutside('app.env');
    const repo = new Repo();
    repo.write('conf/app.env', 'PORT=8080\n').write('README.md', 'hi\n').add().commit();
    rmSync(join(repo.dir, 'conf'), { recursive: true });
    symlinkSync(outside, join(repo.dir, 'conf'));
    const r = repo.scan('--all-files', '--verbose');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('conf/app.env: inside conf, which is a symlink in the work tree (not followed)');
  });
});

describe('files that cannot be read', () => {
  // Mode 000: unreadable for the user the run drops to (as root), and for an owner who is not root.
  function lockedTree(): string {
    const dir = openTempDir();
    writeTree(dir, { 'a.txt': 'fine\n', 'locked.txt': `token = ${fakeGithubToken()}\n`, 'closed/inner.txt': `token = ${fakeGithubToken()}\n`, 'sub/shut/x.txt': 'x\n' });
    for (const d of ['sub', 'closed']) chmodSync(join(dir, d), 0o755);
    chmodSync(join(dir, 'a.txt'), 0o644);
    chmodSync(join(dir, 'locked.txt'), 0o000);
    chmodSync(join(dir, 'closed'), 0o000);
    chmodSync(join(dir, 'sub', 'shut'), 0o000);
    return dir;
  }
  const fix = 'fix its permissions, or pass --skip-unreadable to scan the rest';

  it('an unreadable file or folder is exit 2 with one line naming it, never "no secrets found"', () => {
    const dir = lockedTree();
    const file = runAsOtherUser(['--no-git', 'a.txt', 'locked.txt'], { cwd: dir });
    expect(file).toEqual({ code: 2, stdout: '', stderr: `scan-secrets: cannot read locked.txt: permission denied; ${fix}\n` });
    const folder = runAsOtherUser(['--no-git', 'closed', 'a.txt'], { cwd: dir });
    expect(folder).toEqual({ code: 2, stdout: '', stderr: `scan-secrets: cannot read folder closed: permission denied; ${fix}\n` });
    // named through a closed folder: not "no such file"
    const inside = runAsOtherUser(['--no-git', 'closed/inner.txt'], { cwd: dir });
    expect(inside).toEqual({ code: 2, stdout: '', stderr: `scan-secrets: cannot read closed/inner.txt: permission denied; ${fix}\n` });
    const nested = runAsOtherUser(['--no-git', 'sub'], { cwd: dir });
    expect(nested).toEqual({ code: 2, stdout: '', stderr: `scan-secrets: cannot read folder sub/shut: permission denied; ${fix}\n` });
    const walk = runAsOtherUser(['--no-git', '.'], { cwd: dir });
    expect(walk).toEqual({ code: 2, stdout: '', stderr: `scan-secrets: cannot read folder closed: permission denied; ${fix}\n` });
  });

  it('--skip-unreadable scans the rest and counts each skip', () => {
    const dir = lockedTree();
    const r = runAsOtherUser(['--no-git', '--skip-unreadable', '--verbose', '.'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('  closed: unreadable folder: permission denied');
    expect(r.stdout).toContain('  sub/shut: unreadable folder: permission denied');
    expect(r.stdout).toContain('  locked.txt: unreadable: permission denied');
    expect(r.stdout).toMatch(/1 file scanned .*, 3 skipped\)/);
  });

  it('a folder git ignores is never opened, so its permissions do not matter', () => {
    const repo = new Repo(openTempDir());
    repo.write('a.txt', 'fine\n').write('.gitignore', 'cache/\n').write('cache/x.txt', 'x\n').add('a.txt', '.gitignore').commit();
    chmodSync(join(repo.dir, 'cache'), 0o000);
    execFileSync('chmod', ['-R', 'a+rX', join(repo.dir, '.git')]);
    const r = runAsOtherUser(['--verbose', '.'], { cwd: repo.dir, env: { GIT_CONFIG_COUNT: '1', GIT_CONFIG_KEY_0: 'safe.directory', GIT_CONFIG_VALUE_0: '*' } });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/\(2 files scanned in \d+ ms\)\n$/);
  });

  it('--all-files and --pre-commit: a tracked file nobody may read is exit 2', () => {
    const repo = new Repo(openTempDir());
    repo.write('a.txt', 'fine\n').write('locked.txt', `token = ${fakeGithubToken()}\n`).write('shut/inner.txt', 'x\n').add().commit();
    execFileSync('chmod', ['-R', 'a+rX', join(repo.dir, '.git')]);
    chmodSync(join(repo.dir, 'locked.txt'), 0o000);
    chmodSync(join(repo.dir, 'shut'), 0o000);
    // git would refuse a repository owned by someone else; that refusal has its own test
    const env = { GIT_CONFIG_COUNT: '1', GIT_CONFIG_KEY_0: 'safe.directory', GIT_CONFIG_VALUE_0: '*' };
    const all = runAsOtherUser(['--all-files'], { cwd: repo.dir, env });
    expect(all).toEqual({ code: 2, stdout: '', stderr: `scan-secrets: cannot read locked.txt: permission denied; ${fix}\n` });
    // named through a closed folder: not "no such file"
    const named = runAsOtherUser(['--pre-commit', 'a.txt', 'shut/inner.txt'], { cwd: repo.dir, env });
    expect(named).toEqual({ code: 2, stdout: '', stderr: `scan-secrets: cannot read shut/inner.txt: permission denied; ${fix}\n` });
  });
});

describe('FIFOs and devices', () => {
  it('a FIFO, named or in a folder, is skipped without opening it (no hang)', () => {
    const dir = tempDir();
    writeTree(dir, { 'a.txt': 'fine\n' });
    execFileSync('mkfifo', [join(dir, 'pipe')]);
    const named = runCli(['--no-git', '--verbose', 'pipe', 'a.txt'], { cwd: dir });
    expect(named.code).toBe(0);
    expect(named.stdout).toContain('  pipe: not a regular file');
    const walked = runCli(['--no-git', '--verbose', '.'], { cwd: dir });
    expect(walked.code).toBe(0);
    expect(walked.stdout).toContain('  pipe: not a regular file');
    expect(walked.stdout).toMatch(/1 file scanned .*, 1 skipped\)/);
  });

  it('a tracked file replaced by a FIFO, and devices named on the command line', () => {
    const repo = new Repo();
    repo.write('data.txt', 'fine\n').add().commit();
    unlinkSync(join(repo.dir, 'data.txt'));
    execFileSync('mkfifo', [join(repo.dir, 'data.txt')]);
    const r = repo.scan('--all-files', '--verbose');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('  data.txt: not a regular file');
    const dev = runCli(['--no-git', '--verbose', '/dev/zero', '/dev/null'], { cwd: repo.dir });
    expect(dev.code).toBe(0);
    expect(dev.stdout).toContain('/dev/zero: not a regular file');
  });
});

describe('deep trees', () => {
  it('a 1,000-level tree is walked; past PATH_MAX the folder is reported, not dropped', () => {
    const dir = tempDir();
    const levels = Array.from({ length: 1000 }, () => 'd');
    const deep = join(dir, 'deep', ...levels);
    mkdirSync(deep, { recursive: true });
    writeFileSync(join(deep, 'secret.txt'), `token = ${fakeGithubToken()}\n`);
    const ok = runCli(['--no-git', '--format', 'json', 'deep'], { cwd: dir });
    expect(ok.code).toBe(1);
    expect(json(ok.stdout).findings[0].file).toBe(`deep/${levels.join('/')}/secret.txt`);

    // Deeper than PATH_MAX (4096): build it by renaming, as no path that long can be opened.
    const chunk = Array.from({ length: 900 }, () => 'e').join('/');
    const parts = [mkdtempSync(join(dir, 'part-')), mkdtempSync(join(dir, 'part-')), mkdtempSync(join(dir, 'part-'))];
    for (const p of parts) mkdirSync(join(p, chunk), { recursive: true });
    writeFileSync(join(parts[2], chunk, 'secret.txt'), `token = ${fakeGithubToken()}\n`);
    renameSync(parts[2], join(parts[1], chunk, 'x'));
    renameSync(parts[1], join(parts[0], chunk, 'x'));
    renameSync(parts[0], join(dir, 'toodeep'));
    const r = runCli(['--no-git', 'toodeep'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^scan-secrets: cannot read folder toodeep\/e\/.*: its path is longer than the system can open; move it somewhere shallower, or pass --skip-unreadable to scan the rest\n$/);
    const skipped = runCli(['--no-git', '--skip-unreadable', '--format', 'json', 'toodeep'], { cwd: dir });
    expect(skipped.code).toBe(0);
    expect(json(skipped.stdout).stats.skipped).toBe(1);
  });

  it('a file whose path is past PATH_MAX, in a folder that is not, is reported by name', () => {
    const dir = tempDir();
    // A folder whose absolute path is 3,950 bytes, under PATH_MAX (4096), and a name that takes it over.
    const segments: string[] = [];
    let length = join(dir, 'near').length;
    for (; length + 201 <= 3950; length += 201) segments.push('n'.repeat(200));
    segments.push('n'.repeat(3950 - length - 1));
    const near = join(dir, 'near', ...segments);
    expect(near.length).toBe(3950);
    mkdirSync(near, { recursive: true });
    const name = 'f'.repeat(250);
    // Made from inside the folder: the whole path is too long to hand to the system.
    execFileSync('sh', ['-c', `printf 'token = %s\\n' "$1" > ${name}`, 'sh', fakeGithubToken()], { cwd: near });
    const shown = `near/${segments.join('/')}/${name}`;
    const r = runCli(['--no-git', 'near'], { cwd: dir });
    expect(r).toEqual({
      code: 2, stdout: '',
      stderr: `scan-secrets: cannot read ${shown}: its path is longer than the system can open; move it somewhere shallower, or pass --skip-unreadable to scan the rest\n`,
    });
    const skipped = runCli(['--no-git', '--skip-unreadable', '--verbose', 'near'], { cwd: dir });
    expect(skipped.code).toBe(0);
    expect(skipped.stdout).toContain(`  ${shown}: unreadable: its path is longer than the system can open\n`);
  });
});

describe('files that change during the scan', () => {
  it('a listed file that is deleted, emptied, or becomes a FIFO, a link or a folder is skipped or read as it now is', async () => {
    const dir = tempDir();
    const names = ['a-first.txt', 'b-deleted.txt', 'c-fifo.txt', 'd-link.txt', 'e-folder.txt', 'f-emptied.txt', 'g-last.txt'];
    for (const n of names) writeFileSync(join(dir, n), `token = ${fakeGithubToken()}\n`);
    const source = new PathSource({ cwd: dir, paths: ['.'], useGit: false });
    const it = source.targets()[Symbol.asyncIterator]();
    const seen: Target[] = [];
    // The folder is listed before the first file is read; change the others now.
    const first = await it.next();
    seen.push(first.value as Target);
    unlinkSync(join(dir, 'b-deleted.txt'));
    unlinkSync(join(dir, 'c-fifo.txt'));
    execFileSync('mkfifo', [join(dir, 'c-fifo.txt')]);
    unlinkSync(join(dir, 'd-link.txt'));
    symlinkSync('/etc/passwd', join(dir, 'd-link.txt'));
    unlinkSync(join(dir, 'e-folder.txt'));
    mkdirSync(join(dir, 'e-folder.txt'));
    truncateSync(join(dir, 'f-emptied.txt'), 0);
    for (let r = await it.next(); !r.done; r = await it.next()) seen.push(r.value);
    expect(seen.map((t) => t.path)).toEqual(['a-first.txt', 'd-link.txt', 'f-emptied.txt', 'g-last.txt']);
    expect(seen.find((t) => t.path === 'd-link.txt')?.content).toBeUndefined();
    expect(seen.find((t) => t.path === 'f-emptied.txt')?.content).toBe('');
    expect(source.skipped).toEqual([
      { path: 'b-deleted.txt', reason: 'missing from the work tree' },
      { path: 'c-fifo.txt', reason: 'not a regular file' },
      { path: 'd-link.txt', reason: 'symlink (not followed)' },
      { path: 'e-folder.txt', reason: 'directory (submodule?)' },
    ]);
  });

  it('--all-files: a tracked file deleted from the work tree is a counted skip', () => {
    const repo = new Repo();
    repo.write('a.txt', 'fine\n').write('gone.txt', 'x\n').add().commit();
    unlinkSync(join(repo.dir, 'gone.txt'));
    const r = repo.scan('--all-files', '--verbose');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('  gone.txt: missing from the work tree');
    expect(r.stdout).toMatch(/1 skipped\)/);
  });
});

// File rules on a real commit: blocked kinds are refused with the right rule and fix; templates,
// public keys, LFS-tracked files and images pass.
import { describe, expect, it } from 'vitest';
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { Repo } from './helpers/repo.ts';

const ids = (stdout: string) => (JSON.parse(stdout).findings as { ruleId: string; file: string }[]).map((f) => `${f.file} ${f.ruleId}`).sort();

function csv(bytes: number): string {
  const row = 'id,name,amount,created_at\n';
  return row.repeat(Math.ceil(bytes / row.length));
}

describe('--staged file rules', () => {
  it('refuses each blocked kind with the right rule and remediation', () => {
    const repo = new Repo();
    repo.write('README.md', 'x\n').add().commit();
    const pem = generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    repo
      .write('.env', 'DEBUG=1\n')
      .write('config/.env.production', 'LOG_LEVEL=info\n')
      .write('keys/id_rsa', pem)
      .write('infra/terraform.tfstate', '{"version": 4, "resources": []}\n')
      .write('data/export.csv', csv(2 * 1024 * 1024))
      .add();
    const r = repo.scan('--staged', '--format', 'json');
    expect(r.code).toBe(1);
    expect(ids(r.stdout)).toEqual([
      '.env blocked-env-file',
      'config/.env.production blocked-env-file',
      'data/export.csv file-too-large',
      'infra/terraform.tfstate blocked-credential-file',
      'keys/id_rsa blocked-credential-file',
      'keys/id_rsa private-key',
    ]);
    const text = repo.scan('--staged').stdout;
    expect(text).toContain('ERROR: .env files must NOT be committed!');
    expect(text).toContain('git rm --cached');
    expect(text).toMatch(/data\/export\.csv .*2\.0 MB, over the limit of 500 KB/);
    expect(text).toMatch(/Git LFS/);
  });

  it('passes a template, a public key, an LFS-tracked large file and an image', () => {
    const repo = new Repo();
    repo.write('README.md', 'x\n').add().commit();
    const pub = generateKeyPairSync('ed25519').publicKey.export({ type: 'spki', format: 'pem' }).toString();
    const png = Buffer.concat([Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'), randomBytes(4096)]);
    repo
      .write('.env.example', 'DATABASE_URL=postgres://user:<password>@localhost/app\nSECRET_KEY=changeme\n')
      .write('.ssh/id_rsa.pub', 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl dev@host\n')
      .write('certs/public.pem', pub)
      // Without git-lfs installed the attribute alone marks the file as LFS-tracked; git check-attr reads it.
      .write('.gitattributes', 'data/*.bin filter=lfs diff=lfs merge=lfs -text\n')
      .write('data/model.bin', randomBytes(2 * 1024 * 1024))
      .write('img/logo.png', png)
      .add();
    const r = repo.scan('--staged', '--format', 'json');
    expect(ids(r.stdout)).toEqual([]);
    expect(r.code).toBe(0);
  });

  it('applies the limit to modified files only with --enforce-all', () => {
    const repo = new Repo();
    repo.write('data.csv', csv(600 * 1024)).add().commit();
    repo.write('data.csv', csv(700 * 1024)).add();
    expect(repo.scan('--staged').code).toBe(0);
    const r = repo.scan('--staged', '--enforce-all', '--format', 'json');
    expect(ids(r.stdout)).toEqual(['data.csv file-too-large']);
  });
});

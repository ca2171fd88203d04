// File rules decide on a file's path, size and first bytes.
import { describe, expect, it } from 'vitest';
import { Engine } from '../src/engine/engine.ts';
import { rules as fileFamily } from '../src/rules/files/index.ts';
import { ENV_TEMPLATE_WORDS, isEnvFileName } from '../src/rules/files/env-file.ts';
import { credentialFileReason, headHoldsPrivateKey } from '../src/rules/files/credential-file.ts';
import { formatBytes } from '../src/rules/files/file-size.ts';
import type { FileExample } from '../src/engine/types.ts';

const engine = new Engine(fileFamily);
const check = (f: FileExample, opts: { enforceAllSizes?: boolean } = {}) =>
  new Engine(fileFamily, opts).scanFile({ ...f, size: f.size ?? 100, origin: { kind: 'file' } });
const ids = (f: FileExample) => check(f).map((x) => x.ruleId);

const PEM_KEY = '-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEIDmn3Gbifh2lg02aKkjYtr8OHZydP71JAY2vo50wm08l\n-----END PRIVATE KEY-----\n';
const RSA_KEY_HEAD = '-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gunVTLw7onLRnrq0/IzW7yWR7QkrmBL7jTKEn5u\n';
const CERT = '-----BEGIN CERTIFICATE-----\nMIIDdzCCAl+gAwIBAgIEAgAAuTANBgkqhkiG9w0BAQUFADBaMQswCQYDVQQGEwJJRTESMBAGA1UEChMJQmFsdGltb3JlMRMw\n-----END CERTIFICATE-----\n';

describe('blocked-env-file', () => {
  it.each(['.env', 'config/.env.production', 'app/.env.local', 'deploy/prod.env', 'services/api/.env.development.local', '.env.staging'])('blocks %s', (path) => {
    expect(isEnvFileName(path)).toBe(true);
    expect(ids({ path })).toContain('blocked-env-file');
  });
  it.each(['.env.example', 'web/.env.sample', '.env.template', '.env.dist', '.env.defaults', '.env.vault', 'src/.env.ts', 'src/env.ts', '.envrc', 'environment.yml', 'docs/.env.md'])(
    'passes %s',
    (path) => expect(isEnvFileName(path)).toBe(false),
  );
  it('speaks in the team style, names the file, and says how to fix it', () => {
    const [f] = check({ path: 'config/.env.production' });
    expect(f.message).toBe('ERROR: .env files must NOT be committed! Blocked files: config/.env.production');
    expect(f.remediation).toMatch(/\.env\.example as placeholders/);
    expect(f.remediation).toMatch(/add \.env to \.gitignore/);
    expect(f.remediation).toMatch(/git rm --cached <file>/);
  });
  it('template words are configurable', () => {
    expect(ENV_TEMPLATE_WORDS.has('example')).toBe(true);
    expect(isEnvFileName('.env.skeleton')).toBe(true);
    expect(isEnvFileName('.env.skeleton', new Set([...ENV_TEMPLATE_WORDS, 'skeleton']))).toBe(false);
  });
});

describe('blocked-credential-file', () => {
  const blocked: [FileExample, RegExp][] = [
    [{ path: 'id_rsa' }, /SSH private key/],
    [{ path: 'home/.ssh/id_ed25519', head: '-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\n' }, /SSH private key/],
    [{ path: 'keys/id_ecdsa' }, /SSH private key/],
    [{ path: 'keys/id_rsa_deploy', head: RSA_KEY_HEAD }, /holds an SSH private key/],
    [{ path: 'certs/server.key', head: PEM_KEY }, /holds a private key/],
    [{ path: 'certs/tls.pem', head: `${CERT}${RSA_KEY_HEAD}` }, /holds a private key/],
    [{ path: 'keys/AuthKey_ABC123.p8', head: PEM_KEY }, /holds a private key/],
    [{ path: 'keys/deploy.ppk', head: 'PuTTY-User-Key-File-3: ssh-ed25519\n' }, /PuTTY/],
    [{ path: 'certs/client.p12', binary: true }, /PKCS#12/],
    [{ path: 'certs/site.pfx', binary: true }, /PKCS#12/],
    [{ path: 'android/app/release.jks', binary: true }, /Java key store/],
    [{ path: 'android/upload.keystore', binary: true }, /key store/],
    [{ path: 'team/passwords.kdbx', binary: true }, /KeePass/],
    [{ path: 'credentials.json', head: '{"installed":{"client_id":"123.apps.googleusercontent.com","client_secret":"GOCSPX-abc"}}' }, /credentials file/],
    [{ path: 'config/credentials.json' }, /credentials file/],
    [{ path: 'gcp/service-account.json', head: '{"type": "service_account", "private_key": "-----BEGIN PRIVATE KEY-----\\nMIIEvQ' }, /service-account key/],
    [{ path: 'gcp/shop-prod-1a2b3c.json', head: '{"type": "service_account", "project_id": "shop", "private_key": "-----BEGIN PRIVATE KEY-----\\nMIIEvQ' }, /service-account key/],
    [{ path: '.git-credentials' }, /git credentials/],
    [{ path: 'public/.htpasswd' }, /basic-auth/],
    [{ path: '.pgpass' }, /PostgreSQL passwords/],
    [{ path: '.aws/credentials' }, /AWS credentials/],
    [{ path: 'infra/terraform.tfstate' }, /Terraform state/],
    [{ path: 'infra/terraform.tfstate.backup' }, /Terraform state/],
    [{ path: 'infra/prod.tfstate' }, /Terraform state/],
    [{ path: '.npmrc', head: '//registry.npmjs.org/:_authToken=npm_4bT9xQ2mLk8vR7cZp3WfYs6dHn1Ju5Ea0Gq\n' }, /registry auth token/],
    [{ path: '.pypirc', head: '[pypi]\nusername = __token__\npassword = pypi-AgEIcHlwaS5vcmcCJGZm\n' }, /package index password/],
    [{ path: '.netrc', head: 'machine api.heroku.com\n  login ops@shop.example\n  password 4bT9xQ2mLk8vR7cZp3Wf\n' }, /login password/],
    [{ path: '.my.cnf', head: '[client]\nuser=backup\npassword=Vq7tRm2Lp9Wx\n' }, /MySQL password/],
    [{ path: '.docker/config.json', head: '{\n  "auths": {\n    "registry.internal": {\n      "auth": "Y2k6VnE3dFJtMkxwOVd4"\n    }\n  }\n}' }, /Docker client config/],
    [{ path: 'config/master.key', head: '5f1c3b9e8d7a6c2b4e0f9a8d7c6b5a41' }, /Rails master key/],
    [{ path: 'config/credentials/production.key', head: '0a1b2c3d4e5f60718293a4b5c6d7e8f9\n' }, /Rails master key/],
  ];
  it.each(blocked)('blocks %o', (file, reason) => {
    const found = check(file).filter((f) => f.ruleId === 'blocked-credential-file');
    expect(found).toHaveLength(1);
    expect(found[0].message).toMatch(reason);
    expect(found[0].message).not.toMatch(/npm_4bT9|Vq7tRm2|4bT9xQ2m/); // the reason never holds the secret
  });

  const passed: FileExample[] = [
    { path: '.ssh/id_rsa.pub', head: 'ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC7 user@host\n' },
    { path: 'id_ed25519.pub' },
    { path: 'keys/id_rsa', head: 'ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC7 misnamed@host\n' },
    { path: 'src/id_rsa_test.go', head: 'package ssh\n' },
    { path: 'certs/ca.pem', head: CERT },
    { path: 'certs/server.key' },
    { path: 'docs/placeholder.key', head: '-----BEGIN RSA PRIVATE KEY-----\n...\n-----END RSA PRIVATE KEY-----\n' },
    { path: 'keys/public.pem', head: '-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE\n-----END PUBLIC KEY-----\n' },
    { path: 'android/debug.keystore', binary: true },
    { path: 'src/credentials.ts' },
    { path: 'credentials.json', head: '{ "$schema": "./schema.json", "providers": [] }' },
    { path: 'gcp/service-account.json', head: '{"type": "service_account", "client_email": "ci@shop.iam.gserviceaccount.com"}' },
    { path: 'infra/terraform.tfvars.example' },
    { path: 'infra/main.tf' },
    { path: '.npmrc', head: '//registry.npmjs.org/:_authToken=${NPM_TOKEN}\nsave-exact=true\n' },
    { path: '.npmrc', head: 'registry=https://registry.npmjs.org/\nengine-strict=true\n' },
    { path: '.pypirc', head: '[pypi]\nusername = __token__\n' },
    { path: '.netrc', head: 'machine api.heroku.com\n  login ops@shop.example\n  password ${HEROKU_API_KEY}\n' },
    { path: 'config.json', head: '{ "auths": { "ghcr.io": {} }, "credsStore": "desktop" }' },
    { path: 'tsconfig.json', head: '{ "compilerOptions": {} }' },
    { path: 'lib/master.key.ts', head: 'export const x = 1;' },
    { path: 'config/master.key', head: '<%= ENV["RAILS_MASTER_KEY"] %>' },
  ];
  it.each(passed)('passes %o', (file) => expect(credentialFileReason(file)).toBeUndefined());

  it('reads a private key from a head that holds only its start', () => {
    expect(headHoldsPrivateKey(RSA_KEY_HEAD)).toBe(true);
    expect(headHoldsPrivateKey(CERT)).toBe(false);
    expect(headHoldsPrivateKey(undefined)).toBe(false);
  });
});

describe('file-too-large', () => {
  const MB2 = 2 * 1024 * 1024;
  it('applies to added files by default', () => {
    const [f] = check({ path: 'data/dump.csv', size: MB2, added: true });
    expect(f.ruleId).toBe('file-too-large');
    expect(f.message).toBe('2.0 MB, over the limit of 500 KB');
    expect(f.remediation).toMatch(/Git LFS/);
  });
  it('spares files already in the repository unless every size is enforced', () => {
    expect(ids({ path: 'data/dump.csv', size: MB2, added: false })).toEqual([]);
    expect(check({ path: 'data/dump.csv', size: MB2, added: false }, { enforceAllSizes: true }).map((f) => f.ruleId)).toEqual(['file-too-large']);
  });
  it('exempts Git LFS files and files at the limit', () => {
    expect(ids({ path: 'model.bin', size: MB2, added: true, lfs: true })).toEqual([]);
    expect(ids({ path: 'data/ok.csv', size: 500 * 1024, added: true })).toEqual([]);
  });
  it('formats sizes', () => {
    expect(formatBytes(900)).toBe('900 B');
    expect(formatBytes(1536)).toBe('1.5 KB');
    expect(formatBytes(500 * 1024)).toBe('500 KB');
    expect(formatBytes(MB2)).toBe('2.0 MB');
  });
  it('a large PNG passes when it is not added; a binary still gets file rules', () => {
    expect(engine.scan({ path: 'logo.png', size: 4096, binary: true, added: true, origin: { kind: 'file' } })).toEqual([]);
    expect(engine.scan({ path: 'keys/app.p12', size: 4096, binary: true, added: true, origin: { kind: 'file' } }).map((f) => f.ruleId)).toEqual(['blocked-credential-file']);
  });
});

import { defineFileRule } from '../lib/define.ts';
import type { FileFacts } from '../../engine/types.ts';

// Files that ARE credentials: keys, key stores, password files, tool auth files, Terraform state.
// Some are credentials by name alone (id_rsa, *.p12, .git-credentials, terraform.tfstate). Others
// only when their first bytes say so (FileFacts.head, the first 4 KB): a *.pem may be a
// certificate, an .npmrc may only read its token from ${NPM_TOKEN}. Each reason names the kind
// of file and why it matters, never the secret.

const PRIVATE_KEY_BLOCK = /-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----([\s\S]*?)(?:-----END|$)/;

/** The head holds a private key: PEM armour with a real body (not "..."), or a PuTTY key file. */
export function headHoldsPrivateKey(head: string | undefined): boolean {
  if (!head) return false;
  if (/^PuTTY-User-Key-File-\d+:/m.test(head)) return true;
  const m = PRIVATE_KEY_BLOCK.exec(head);
  if (!m) return false;
  const body = m[1].replace(/^[A-Za-z-]+:.*$/gm, '').replace(/\\n|\s/g, '');
  return /^[A-Za-z0-9+/=]{60,}/.test(body);
}

/** A value in a tool's auth file that is a literal, not a variable reference or a placeholder. */
function literal(value: string | undefined): boolean {
  if (!value) return false;
  const v = value.trim().replace(/^["']|["']$/g, '');
  return v.length >= 4 && !/^\$|\$\{|^%|\{\{|<|^\*+$|^x+$|changeme|your[_-]|example|placeholder|redacted/i.test(v);
}

function basename(path: string): string {
  const p = path.replace(/\\/g, '/');
  return p.slice(p.lastIndexOf('/') + 1);
}

const KEY_STORES: Record<string, string> = {
  p12: 'a PKCS#12 key store (a certificate with its private key)',
  pfx: 'a PKCS#12 key store (a certificate with its private key)',
  jks: 'a Java key store (private keys and certificates)',
  jceks: 'a Java key store (private keys and secret keys)',
  keystore: 'a key store (private keys and certificates)',
  bks: 'a Bouncy Castle key store (private keys and certificates)',
  kdbx: 'a KeePass password database',
  kdb: 'a KeePass password database',
};

/** Why this file is a credential, or undefined. */
export function credentialFileReason(file: Pick<FileFacts, 'path' | 'head'>): string | undefined {
  const path = file.path.replace(/\\/g, '/');
  const name = basename(path);
  const lower = name.toLowerCase();
  const ext = lower.includes('.') ? lower.slice(lower.lastIndexOf('.') + 1) : '';
  const head = file.head;

  // SSH private keys by their default names (the .pub beside them is public).
  if (/^id_(?:rsa|dsa|ecdsa|ed25519)(?:_sk)?$/.test(lower)) {
    if (head && /^(?:ssh-|ecdsa-|sk-)/.test(head.trimStart())) return undefined; // a public key under the wrong name
    return `${name} is an SSH private key (the default name ssh-keygen gives one); a private key must never be committed`;
  }
  if (/^id_(?:rsa|dsa|ecdsa|ed25519)[\w.-]+$/.test(lower) && !lower.endsWith('.pub') && headHoldsPrivateKey(head)) {
    return `${name} holds an SSH private key`;
  }

  // Rails master key: 32 hex characters that decrypt config/credentials.yml.enc.
  if (lower === 'master.key' || /(?:^|\/)config\/credentials\/[\w-]+\.key$/.test(path)) {
    if (head === undefined || /^\s*[0-9a-f]{32}\s*$/.test(head)) {
      return `${name} is a Rails master key: it decrypts config/credentials.yml.enc`;
    }
  }

  // PEM files and keys: only when they hold a private key (certificates and public keys are fine).
  if (['pem', 'key', 'p8', 'pk8', 'crt', 'cer', 'txt', 'asc'].includes(ext) || lower === 'key') {
    if (headHoldsPrivateKey(head)) return `${name} holds a private key (PEM "BEGIN ... PRIVATE KEY" block)`;
  }
  if (ext === 'ppk') return `${name} is a PuTTY private key file`;

  // Key stores and password databases: binary, credentials by kind.
  if (KEY_STORES[ext] && lower !== 'debug.keystore') return `${name} is ${KEY_STORES[ext]}`;

  // Credential files.
  if (lower === '.git-credentials') return `${name} stores git credentials (user names with passwords or tokens) in plain text`;
  if (lower === '.htpasswd') return `${name} holds HTTP basic-auth users and password hashes`;
  if (lower === '.pgpass' || lower === 'pgpass.conf') return `${name} stores PostgreSQL passwords in plain text`;
  if (/(?:^|\/)\.aws\/credentials$/.test(path)) return 'an AWS credentials file (access keys)';
  if (lower === 'credentials.json') {
    if (head !== undefined && !/(?:client_secret|private_key|refresh_token|password|secret|token|"key")/i.test(head)) return undefined;
    return `${name} is a credentials file (OAuth client secrets or service credentials)`;
  }
  if (ext === 'json' && head && /"private_key"\s*:\s*"-----BEGIN/.test(head) && (/^service[-_]?account/i.test(lower) || /"type"\s*:\s*"service_account"/.test(head))) {
    return `${name} is a Google Cloud service-account key (it holds the account's private key)`;
  }

  // Infrastructure state: every attribute of every resource, secrets included, in plain text.
  if (/^terraform\.tfstate(?:\..+)?$/.test(lower) || /\.tfstate(?:\.backup)?$/.test(lower)) {
    return `${name} is Terraform state: it stores resource attributes (passwords, keys, tokens) in plain text; keep state in a remote backend`;
  }

  // Tool auth files: only when they hold a literal credential.
  if (lower === '.npmrc' && head) {
    const m = /(?:^|\n)\s*(?:\/\/[^\n]*:)?_(?:authToken|auth|password)\s*=\s*([^\n]*)/.exec(head);
    if (m && literal(m[1])) return `${name} holds a registry auth token (use _authToken=\${NPM_TOKEN} instead)`;
  }
  if (lower === '.pypirc' && head) {
    const m = /(?:^|\n)\s*password\s*[=:]\s*([^\n]*)/i.exec(head);
    if (m && literal(m[1])) return `${name} holds a package index password or token`;
  }
  if ((lower === '.netrc' || lower === '_netrc') && head) {
    const m = /\bpassword\s+(\S+)/.exec(head);
    if (m && literal(m[1])) return `${name} holds a login password in plain text`;
  }
  if (lower === '.my.cnf' && head) {
    const m = /(?:^|\n)\s*password\s*=\s*([^\n]*)/.exec(head);
    if (m && literal(m[1])) return `${name} holds a MySQL password in plain text`;
  }
  if (lower === 'config.json' && head && /"auths"\s*:/.test(head)) {
    if (/"(?:auth|identitytoken)"\s*:\s*"[A-Za-z0-9+/=_.-]{8,}"/.test(head)) return `${name} is a Docker client config holding registry credentials`;
  }
  return undefined;
}

export default [
  defineFileRule({
    id: 'blocked-credential-file',
    title: 'Credential file',
    severity: 'critical',
    check: (file) => credentialFileReason(file),
    remediation:
      'Untrack it (`git rm --cached <file>`), add it to .gitignore, and revoke or rotate what it holds: it may already be copied. Keep keys and auth files outside the repository or in a secret manager.',
    examples: {
      positive: [
        { path: '.ssh/id_rsa' },
        { path: 'deploy/id_ed25519', head: '-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\n' },
        { path: 'certs/server.key', head: '-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEIDmn3Gbifh2lg02aKkjYtr8OHZydP71JAY2vo50wm08l\n-----END PRIVATE KEY-----\n' },
        { path: 'android/app/release.jks', binary: true },
        { path: 'certs/client.p12', binary: true },
        { path: 'infra/terraform.tfstate' },
        { path: 'infra/terraform.tfstate.backup' },
        { path: '.git-credentials' },
        { path: 'config/master.key', head: '5f1c3b9e8d7a6c2b4e0f9a8d7c6b5a41\n' },
        { path: '.npmrc', head: '//registry.npmjs.org/:_authToken=npm_4bT9xQ2mLk8vR7cZp3WfYs6dHn1Ju5Ea0Gq\n' },
        { path: 'keys/service-account-prod.json', head: '{\n  "type": "service_account",\n  "project_id": "shop-prod",\n  "private_key": "-----BEGIN PRIVATE KEY-----\\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\\n' },
      ],
      negative: [
        { path: '.ssh/id_rsa.pub', head: 'ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC7 user@host\n' },
        { path: 'certs/ca.pem', head: '-----BEGIN CERTIFICATE-----\nMIIDdzCCAl+gAwIBAgIEAgAAuTANBgkqhkiG9w0BAQUFADBaMQswCQYDVQQGEwJJRTES\n' },
        { path: 'docs/placeholder.key', head: '-----BEGIN RSA PRIVATE KEY-----\n...\n-----END RSA PRIVATE KEY-----\n' },
        { path: '.npmrc', head: '//registry.npmjs.org/:_authToken=${NPM_TOKEN}\nsave-exact=true\n' },
        { path: 'src/credentials.ts' },
        { path: 'android/debug.keystore', binary: true },
        { path: 'infra/terraform.tfvars.example' },
      ],
    },
  }),
];

import { nodeCrypto } from '../lib/node-crypto.ts';
import { defineRule, ROTATE } from '../lib/define.ts';

// PuTTY private key files (.ppk, versions 2 and 3). The file carries a MAC over the algorithm,
// encryption, comment and both key blobs; for unencrypted keys the MAC key is fixed (v2: SHA-1
// of a constant string; v3: empty), so a real unencrypted key proves itself offline. An
// encrypted key proves its structure only (the MAC key derives from the passphrase).

function lengthPrefixed(b: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(b.length);
  return Buffer.concat([len, b]);
}

export function puttyKeyIsValid(text: string): boolean {
  const lines = text.replace(/\r/g, '').split('\n');
  const head = /^PuTTY-User-Key-File-([23]): (\S+)$/.exec(lines[0]);
  if (!head) return false;
  const field = (name: string, from: number): [string, number] | undefined => {
    for (let i = from; i < lines.length; i++) if (lines[i].startsWith(`${name}: `)) return [lines[i].slice(name.length + 2), i];
    return undefined;
  };
  const enc = field('Encryption', 1);
  const comment = field('Comment', 1);
  const pubLines = field('Public-Lines', 1);
  const privLines = field('Private-Lines', 1);
  const mac = field('Private-MAC', 1);
  if (!enc || !comment || !pubLines || !privLines || !mac) return false;
  const blob = (count: string, at: number): Buffer | undefined => {
    const n = Number(count);
    if (!Number.isInteger(n) || n < 1 || n > 200) return undefined;
    const body = lines.slice(at + 1, at + 1 + n).join('');
    return /^[A-Za-z0-9+/]+={0,2}$/.test(body) ? Buffer.from(body, 'base64') : undefined;
  };
  const pub = blob(pubLines[0], pubLines[1]);
  const priv = blob(privLines[0], privLines[1]);
  if (!pub || !priv || mac[1] !== privLines[1] + Number(privLines[0]) + 1) return false;
  if (enc[0] !== 'none') return true; // passphrase-protected: the structure is all there is to check
  const data = Buffer.concat([head[2], enc[0], comment[0]].map((s) => lengthPrefixed(Buffer.from(s))).concat([lengthPrefixed(pub), lengthPrefixed(priv)]));
  const key = head[1] === '2' ? nodeCrypto().createHash('sha1').update('putty-private-key-file-mac-key').digest() : Buffer.alloc(0);
  const expected = nodeCrypto().createHmac(head[1] === '2' ? 'sha1' : 'sha256', key).update(data).digest('hex');
  return expected === mac[0].trim().toLowerCase();
}

export default [
  defineRule({
    id: 'putty-private-key',
    title: 'PuTTY private key',
    severity: 'critical',
    keywords: ['putty-user-key-file-'],
    multiline: true,
    // header and comment line, a body of up to 32,768 characters, the MAC: 32,935 characters
    reach: { before: 0, after: 33100 },
    pattern: /(?<secret>PuTTY-User-Key-File-[23]: [^\r\n]{1,64}\r?\n[\s\S]{20,32768}?Private-MAC: [0-9a-fA-F]{40,64})(?![0-9a-fA-F])/,
    validate: (secret) => puttyKeyIsValid(secret),
    skipPlaceholderFilter: true,
    remediation: `${ROTATE} Generate a new key pair and remove the old public key from every authorized_keys file.`,
    examples: {
      positive: ["PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nComment: deploy@ci\nPublic-Lines: 2\nAAAAC3NzaC1lZDI1NTE5AAAAIPl2BxYI5p5k0Sla0wb3ZFG/tQ8zSTTYxq8qMEfD\neaQV\nPrivate-Lines: 1\nAAAAIDqwUYhLTW6+KOOqrFRgGcFJxTWhZHXm0jcUYFliwh5O\nPrivate-MAC: 02c01617d66afab49ea1ed5940f9c20d179761d919ebef84da4bf83131eb6d32", "PuTTY-User-Key-File-2: ssh-rsa\nEncryption: none\nComment: build-agent\nPublic-Lines: 4\nAAAAB3NzaC1yc2EAAAADAQABAAAAgQChhBZu0V3gkqT2dLrmCEwN6gcx0yGvTtGw\nukl+Q/epglMUVhHqAQPgqahI92Z+DlcCukGjytOQUSVEYdMwUfqEpv5brgze+/PH\n4FNhZ0pxsaWJXuhSd3AmfRd5fvGzXeDF6EVDJrAeM10KMGExUUF+7Qu+Ztug6419\nx0lQwtJAFw==\nPrivate-Lines: 8\nAAAAgCcWRCeFW2ahlnJeRWytzVoArMUOBzTZqj1Ol8KKyECpXVmqiqNKo5mW9TbT\nSGZxKfVrBb+RsilWueIWmnkzHaDgdo3tbRUUWRJJIeREecc7mV28JC1CRiKd4OVF\nfI6aOrOF0qJlzXhNlwAhQ3kR4dQsBVfTPk4eZ7rP+FkdkTihAAAAQQD1Ad9RQu+1\nmEwqnWq9UObDj8NyErDPS/++5xYK54Ff5CKs5r2w5RqM9eC3vh/Bdg8SjkX37gAK\nGsDU6q0EcHibAAAAQQCowz4fRj8N1AxMua+KLQFy8zWZIKIiPkkn48N8yohmTYJc\nIiZIyxwBlHV1vOvmAbPwjAACnlIZlwEAx/35fFg1AAAAQBSAts73dtwyp9vxS1jd\n0sKTl67+kRiog5oc9Ec3G0US9xsc1E/+huUQuRo+xngGD51eg7tyDbOmNpmezjlK\nE6w=\nPrivate-MAC: 56a43077063887530ff4afa0ae46198be13ee84e", { text: `# bastion key\n${"PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: aes256-cbc\nComment: ops@bastion\nPublic-Lines: 2\nAAAAC3NzaC1lZDI1NTE5AAAAILj13PfBSXigHfO5gaMuse1k4nBBk4mxf5HFFiI2\namtk\nKey-Derivation: Argon2id\nArgon2-Memory: 8192\nArgon2-Passes: 13\nArgon2-Parallelism: 1\nArgon2-Salt: 324daf36a46182c72923e2411b41094e\nPrivate-Lines: 1\nogi7OFZD2n59RPfMzs7tJYcIA7oY+tb3DzSFxdR6a4ujzMGu/8zkzbxZJgQdU2D9\nPrivate-MAC: 9a2ce2b677ee8d2f908cd6289fb5dab289b9e29cc7cb136a95f8485450047ee5"}\n`, secret: "PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: aes256-cbc\nComment: ops@bastion\nPublic-Lines: 2\nAAAAC3NzaC1lZDI1NTE5AAAAILj13PfBSXigHfO5gaMuse1k4nBBk4mxf5HFFiI2\namtk\nKey-Derivation: Argon2id\nArgon2-Memory: 8192\nArgon2-Passes: 13\nArgon2-Parallelism: 1\nArgon2-Salt: 324daf36a46182c72923e2411b41094e\nPrivate-Lines: 1\nogi7OFZD2n59RPfMzs7tJYcIA7oY+tb3DzSFxdR6a4ujzMGu/8zkzbxZJgQdU2D9\nPrivate-MAC: 9a2ce2b677ee8d2f908cd6289fb5dab289b9e29cc7cb136a95f8485450047ee5" }],
      negative: [
        "PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nComment: deploy@ci\nPublic-Lines: 2\nAAAAC3NzaC1lZDI1NTE5AAAAIPl2BxYI5p5k0Sla0wb3ZFG/tQ8zSTTYxq8qMEfD\neaQV\nPrivate-Lines: 1\nAAAAIDqwUYhLTW6+KOOqrFRgGcFJxTWhZHXm0jcUYFliwh5O\nPrivate-MAC: 0bad0badd66afab49ea1ed5940f9c20d179761d919ebef84da4bf83131eb6d32",
        'PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nComment: <comment>\nPublic-Lines: 2\n...\nPrivate-Lines: 1\n...\nPrivate-MAC: 0000000000000000000000000000000000000000',
      ],
    },
  }),
];

import { defineRule, ROTATE } from '../lib/define.ts';

// PEM-armoured private keys (PKCS#1, PKCS#8, SEC1, DSA, OpenSSH, encrypted, PGP). The body
// must decode: DER starts with a SEQUENCE (0x30), OpenSSH keys with their magic string, PGP
// armour with a packet tag. Placeholders like "-----BEGIN PRIVATE KEY-----\n...\n" never do.
// The body may sit inside a JSON string with "\n" escapes (cloud service-account files).

const OPENSSH_MAGIC = 'openssh-key-v1\0';

function decodeBody(block: string): Buffer | undefined {
  const lines = block
    .replace(/\\r|\\n/g, '\n')
    .split(/\r?\n/)
    .map((l) => l.trim().replace(/^["',+\s]+|["',+\s]+$/g, ''))
    .filter((l) => l && !l.startsWith('-----') && !/^[A-Za-z-]+:/.test(l));
  // PGP armour ends with a "=XXXX" CRC-24 line.
  if (lines.length && /^=[A-Za-z0-9+/]{4}$/.test(lines[lines.length - 1])) lines.pop();
  const b64 = lines.join('');
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(b64) || b64.length < 60) return undefined;
  return Buffer.from(b64, 'base64');
}

export function privateKeyBodyIsValid(block: string): boolean | undefined {
  const der = decodeBody(block);
  if (!der) return false;
  if (/Proc-Type:\s*4,ENCRYPTED|ENCRYPTED PRIVATE KEY/.test(block)) return true; // ciphertext: structure unknowable
  if (der.subarray(0, OPENSSH_MAGIC.length).toString('latin1') === OPENSSH_MAGIC) return true;
  if (/PGP PRIVATE KEY/.test(block)) return (der[0] & 0x80) !== 0 ? true : false;
  return der[0] === 0x30 ? true : false;
}

export default [
  defineRule({
    id: 'private-key',
    title: 'Private key',
    severity: 'critical',
    keywords: ['private key'],
    multiline: true,
    // armour lines of up to 56 and 54 characters around a body of up to 16,384: 16,494 characters
    reach: { before: 0, after: 16600 },
    pattern:
      // The body stops at the next BEGIN: a lone header (a placeholder, or the same line over and
      // over) would otherwise send every match 16 KB ahead looking for an END, a minute on 50 MB.
      /(?<secret>-----BEGIN[ A-Z0-9]{0,24}PRIVATE KEY(?: BLOCK)?-----(?:(?!-----BEGIN )[\s\S]){20,16384}?-----END[ A-Z0-9]{0,24}PRIVATE KEY(?: BLOCK)?-----)/,
    validate: (secret) => privateKeyBodyIsValid(secret),
    skipPlaceholderFilter: true,
    remediation: `${ROTATE} Generate a new key pair and replace the public key everywhere it is trusted.`,
    examples: {
      positive: [
        '-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEIDmn3Gbifh2lg02aKkjYtr8OHZydP71JAY2vo50wm08l\n-----END PRIVATE KEY-----',
        {
          text: '{"type": "service_account", "private_key": "-----BEGIN EC PRIVATE KEY-----\\nMHcCAQEEIIVY7Sy9qOlOChQTzlXPkHNERLiDRx+5Xr1hYRlfvyzAoAoGCCqGSM49\\nAwEHoUQDQgAEIlCTfsaPA/WuJuxh7OrYBkzpRuRu8X2Z9E2LWoYJs+KGK5y5rO6G\\nfyIuiOSQO60rX7Yi1Nllub4A0XzkEMwdhQ==\\n-----END EC PRIVATE KEY-----\\n"}',
          secret:
            '-----BEGIN EC PRIVATE KEY-----\\nMHcCAQEEIIVY7Sy9qOlOChQTzlXPkHNERLiDRx+5Xr1hYRlfvyzAoAoGCCqGSM49\\nAwEHoUQDQgAEIlCTfsaPA/WuJuxh7OrYBkzpRuRu8X2Z9E2LWoYJs+KGK5y5rO6G\\nfyIuiOSQO60rX7Yi1Nllub4A0XzkEMwdhQ==\\n-----END EC PRIVATE KEY-----',
        },
        '-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\nQyNTUxOQAAACCjsC5G2OIHN/CNYtHulzzGNi/raXqy+Ih36g39FhGdSwAAAJBtKJ7lbSie\n-----END OPENSSH PRIVATE KEY-----',
        // gpg --armor --export-secret-keys (ed25519)
        { text: `# release signing key\n${"-----BEGIN PGP PRIVATE KEY BLOCK-----\n\nlFgEawuNCBYJKwYBBAHaRw8BAQdALQpr7YuRvG9Fy4Sh1OEggUuPHgaBTOsSADju\nqEzojYsAAP9moCEPm4dQ9kM7fz5XOaNBy44PWWQfrFHm8A4YmBPKVw5VtCNSZWxl\nYXNlIEJvdCA8cmVsZWFzZUBjb3JwLmludGVybmFsPoiQBBMWCAA4FiEEzIGyHy02\n0UHK7M1JuzwZR57HdVYFAmsLjQgCGwMFCwkIBwIGFQoJCAsCBBYCAwECHgECF4AA\nCgkQuzwZR57HdVaMowD/aMLTE6HeZf/LxldPHFybbr2h4ObwBevvUTBzlWtMPHYA\n/3CshEj2KiFH16XdwhkhpWTDiMfaHBC9AmGTHhgSUr4L\n=QXyr\n-----END PGP PRIVATE KEY BLOCK-----"}\n`, secret: "-----BEGIN PGP PRIVATE KEY BLOCK-----\n\nlFgEawuNCBYJKwYBBAHaRw8BAQdALQpr7YuRvG9Fy4Sh1OEggUuPHgaBTOsSADju\nqEzojYsAAP9moCEPm4dQ9kM7fz5XOaNBy44PWWQfrFHm8A4YmBPKVw5VtCNSZWxl\nYXNlIEJvdCA8cmVsZWFzZUBjb3JwLmludGVybmFsPoiQBBMWCAA4FiEEzIGyHy02\n0UHK7M1JuzwZR57HdVYFAmsLjQgCGwMFCwkIBwIGFQoJCAsCBBYCAwECHgECF4AA\nCgkQuzwZR57HdVaMowD/aMLTE6HeZf/LxldPHFybbr2h4ObwBevvUTBzlWtMPHYA\n/3CshEj2KiFH16XdwhkhpWTDiMfaHBC9AmGTHhgSUr4L\n=QXyr\n-----END PGP PRIVATE KEY BLOCK-----" },
      ],
      negative: [
        '-----BEGIN RSA PRIVATE KEY-----\n...\n-----END RSA PRIVATE KEY-----',
        '-----BEGIN PRIVATE KEY-----\nyour-private-key-goes-here-and-it-should-be-long-enough-to-count-as-one\n-----END PRIVATE KEY-----',
        'if (pem.startsWith("-----BEGIN PRIVATE KEY-----")) return parse(pem) // -----END PRIVATE KEY-----',
      ],
    },
  }),
];

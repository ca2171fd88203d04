import { nodeCrypto } from '../lib/node-crypto.ts';
import { defineRule, ROTATE } from '../lib/define.ts';
import { decodeBase64Json } from '../lib/encoding.ts';

// JSON Web Tokens: base64url header and payload that decode to JSON objects, the header naming
// its algorithm, and a signature. A token with alg "none" or no signature authorizes nothing on
// a correct server and is dropped, and so is an HMAC token that verifies with a secret from
// documentation ("secret", jwt.io's "your-256-bit-secret"): a tutorial's example, not a credential.
// Generic: a vendor rule that knows the token's issuer wins.
const DOC_SECRETS = ['secret', 'your-256-bit-secret', 'your-384-bit-secret', 'your-512-bit-secret', 'your-secret-key', 'secretkey', 'secret-key', 'my-secret', 'mysecret', 'password', 'key', 'test', 'changeme', ''];
const HMAC: Record<string, string> = { HS256: 'sha256', HS384: 'sha384', HS512: 'sha512' };

function isSignedJwt(secret: string): boolean {
  const [h, p, sig] = secret.split('.');
  const header = decodeBase64Json(h);
  if (!header || typeof header.alg !== 'string' || header.alg.toLowerCase() === 'none') return false;
  if (!decodeBase64Json(p)) return false;
  if (sig.length < 16) return false;
  const hash = HMAC[header.alg];
  if (hash && DOC_SECRETS.some((k) => nodeCrypto().createHmac(hash, k).update(`${h}.${p}`).digest('base64url') === sig)) return false;
  return true;
}

export default [
  defineRule({
    id: 'jwt',
    title: 'JSON Web Token',
    severity: 'high',
    keywords: ['eyj'],
    pattern: /(?<![A-Za-z0-9_.-])(?<secret>eyJ[A-Za-z0-9_-]{10,4096}\.eyJ[A-Za-z0-9_-]{4,16384}\.[A-Za-z0-9_-]{0,1024})(?![A-Za-z0-9_.=-])/,
    validate: (secret) => isSignedJwt(secret),
    generic: true,
    remediation: `${ROTATE} A signed token stays valid until it expires: rotate the signing key (or revoke the session) if it does not expire soon.`,
    examples: {
      positive: [
        { text: 'SUPABASE_SERVICE_ROLE_KEY=eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiI0YWNiZDg1MS1jNGY2LTQ0NzAtYWM3NS1iZTNiY2ZlYjdiNzQiLCJyb2xlIjoic2VydmljZV9yb2xlIiwiaXNzIjoiYXV0aC5pbnRlcm5hbCIsImlhdCI6MTc2NzIyNTYwMCwiZXhwIjoxNzk4NzYxNjAwfQ.h82BL3TH9pqgQgb4nhx5RFlSaILgxWV6Zru-F5lWxHQ', secret: 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiI0YWNiZDg1MS1jNGY2LTQ0NzAtYWM3NS1iZTNiY2ZlYjdiNzQiLCJyb2xlIjoic2VydmljZV9yb2xlIiwiaXNzIjoiYXV0aC5pbnRlcm5hbCIsImlhdCI6MTc2NzIyNTYwMCwiZXhwIjoxNzk4NzYxNjAwfQ.h82BL3TH9pqgQgb4nhx5RFlSaILgxWV6Zru-F5lWxHQ' },
        { text: 'Authorization: Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ1c2VyX2RkYWtKQkxNSDMiLCJzY29wZSI6ImFkbWluIiwiaWF0IjoxNzY3MjI1NjAwfQ.Kd9lcQgq3_92PuKC8cc7RAq7q9VRDp-iJGykjkSJ1tg', secret: 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ1c2VyX2RkYWtKQkxNSDMiLCJzY29wZSI6ImFkbWluIiwiaWF0IjoxNzY3MjI1NjAwfQ.Kd9lcQgq3_92PuKC8cc7RAq7q9VRDp-iJGykjkSJ1tg' },
        { text: '{"id_token": "eyJhbGciOiJIUzUxMiIsInR5cCI6IkpXVCIsImtpZCI6InF4YWRSQ2YyIn0.eyJhdWQiOiJhcGkiLCJvcmciOiJqb0swR3NJcVRnSm4iLCJpYXQiOjE3NjcyMjU2MDB9.sL_t6TVqPnxiVqlLwhmCHFG8qd7Yu_x2hLL9mUnTLTs"}', secret: 'eyJhbGciOiJIUzUxMiIsInR5cCI6IkpXVCIsImtpZCI6InF4YWRSQ2YyIn0.eyJhdWQiOiJhcGkiLCJvcmciOiJqb0swR3NJcVRnSm4iLCJpYXQiOjE3NjcyMjU2MDB9.sL_t6TVqPnxiVqlLwhmCHFG8qd7Yu_x2hLL9mUnTLTs' },
      ],
      negative: [
        // unsigned (alg none), header without alg, a payload that is not JSON
        'token = "eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0.eyJzdWIiOiJhZG1pbiIsImlhdCI6MTc2NzIyNTYwMH0."',
        'token = "eyJ0eXAiOiJKV1QifQ.eyJzdWIiOiJhZG1pbiJ9.Lbp8mFbUR69Mw9FTXRAXTNJ1yc4m3i1j1J2sfxRnSkg"',
        // jwt.io's default token, signed with "your-256-bit-secret"
        'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c',
        'token = "eyJhbGciOiJIUzI1NiJ9.eyJub3QganNvbg.dFzfXaWUhn4fqBDMOjqZh9m6pN8Jd6h5ji5yIiH729_"',
      ],
    },
  }),
];

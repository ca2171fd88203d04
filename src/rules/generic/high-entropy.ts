import { defineRule, ROTATE } from '../lib/define.ts';
import { bareValueIsLiteral, isNextWordInList, keyAllowsSecret, keyOperatorSource, namesPassword, namesSecret, secretNameKeywords, valueSource } from '../lib/assignment.ts';
import { isRandomToken } from '../lib/randomness.ts';
import { isGenericNoise, isSecretsFile } from '../../engine/filters.ts';

// Random-looking values with no vendor structure. Entropy alone flags lockfile hashes, git SHAs,
// UUIDs, base64 images and long identifiers, so it is never enough on its own:
//  - high-entropy-string reports a value only in secret-like context: the key names a secret
//    (token, secret, api_key, access_key, auth, credential, private_key, client_secret,
//    signing_key, salt, dsn, conn_str...), or the file holds secrets by nature (.env files,
//    Terraform .tfvars, secrets.*/credentials.* files) and the key does not say otherwise.
//    Password-named keys belong to generic-password, which also takes human-chosen values.
//  - high-entropy-string-strict reports random-looking quoted strings and config values with no
//    context. It is for strict mode only (listed in strictOnlyRuleIds): without context the
//    false-alarm rate is too high for a commit hook.
// Thresholds (entropy per alphabet and length, minimum lengths) are in ../lib/randomness.ts and
// docs/detection.md.

const CONTEXT_WORDS =
  String.raw`secrets?|token|api[_.-]?key|access[_.-]?key|auth|credentials?|creds?|private[_.-]?key|signing|salt|dsn|` +
  String.raw`conn(?:ection)?[_.-]?str(?:ing)?|encryption[_.-]?key|hmac|master[_.-]?key|session[_.-]?key|bearer|jwt|` +
  String.raw`app[_.-]?key|client[_.-]?key|license[_.-]?key`;

/** KEY=value at the start of a line (.env, shell, properties, tfvars). */
const ENV_LINE = String.raw`(?<=^|\n)[ \t]{0,8}(?:export[ \t]{1,4})?(?<envkey>[A-Za-z_][\w.-]{0,80})(?<eop>[ \t]{0,2}=[ \t]{0,2})`;

const REMEDIATION = `${ROTATE} Issue a new one where it was created, then read it at run time from the environment or a secret manager.`;

export default [
  defineRule({
    id: 'high-entropy-string',
    title: 'Random-looking secret in a secret-named setting',
    severity: 'high',
    generic: true,
    // Every name namesSecret accepts; `=` (for KEY=value lines whose key names nothing) only in
    // files of secrets, where such a key is enough: on every other file it is most lines.
    keywords: secretNameKeywords(),
    fileKeywords: { keywords: ['='], files: isSecretsFile },
    pattern: new RegExp(`(?:${keyOperatorSource(CONTEXT_WORDS)}|${ENV_LINE})${valueSource(12)}`, 'i'),
    validate: (secret, g, { path }) => {
      const envLine = g.envkey !== undefined;
      const pre = envLine ? '' : (g.pre ?? '');
      const key = envLine ? (g.envkey ?? '') : pre + (g.word ?? '') + (g.suf ?? '');
      if (namesPassword(key)) return false; // generic-password's
      if (!namesSecret(key) && !(isSecretsFile(path) && keyAllowsSecret(key))) return false;
      if (!g.q && !bareValueIsLiteral(path, envLine ? (g.eop ?? '') : (g.op ?? ''), envLine ? key : pre, g.bnd)) return false;
      if (g.img !== undefined) return false; // badge.svg?token=...: a public embed token
      if (!g.q && secret.endsWith(':')) return false; // a label: `src/sltoken.c: _pSLparse_error: ...`
      if (isNextWordInList(secret, g)) return false;
      if (!isRandomToken(secret, 'context')) return false;
      return isGenericNoise(secret, key, path) ? false : undefined;
    },
    remediation: REMEDIATION,
    examples: {
      positive: [
        { text: 'SESSION_SECRET=XEW0BiOUce4rZYdHpixawXn1WY0pYiNF', secret: 'XEW0BiOUce4rZYdHpixawXn1WY0pYiNF' },
        { text: '  "apiKey": "zJIsJip7B1BpVeIhY92bCMOER2YWRBid",', secret: 'zJIsJip7B1BpVeIhY92bCMOER2YWRBid' },
        { text: "client_secret = 'ZsyksyNrTIPt74nL+PC2Y5R/afX0KhHorLIzEMbH'", secret: 'ZsyksyNrTIPt74nL+PC2Y5R/afX0KhHorLIzEMbH' },
        { text: 'signing_key: a7debe1b67ed3488f5f18435c5e63e5e30a10e82', secret: 'a7debe1b67ed3488f5f18435c5e63e5e30a10e82' },
        { text: 'api_token: !!str "Qm7Xv2Lp9Kt4Wz8Rn3Bc6Hd1Fy5Gj0Ts"', secret: 'Qm7Xv2Lp9Kt4Wz8Rn3Bc6Hd1Fy5Gj0Ts' },
        { text: 'headers = {"Authorization": "Bearer L435jXVzmKKX0FTgkh16K22fQP5ebFgu-fKI6A5cEZ8"}', secret: 'L435jXVzmKKX0FTgkh16K22fQP5ebFgu-fKI6A5cEZ8' },
        // The code's fallback when the variable is unset is in the code all the same.
        { text: 'const token = process.env.GITHUB_TOKEN || "Yh3Kp9Lm2Qx7Rt5Vw8Zb4Nc6Df1Gj0";', secret: 'Yh3Kp9Lm2Qx7Rt5Vw8Zb4Nc6Df1Gj0' },
        // The default of a Compose expansion: used whenever the variable is unset.
        { text: '      API_TOKEN: "${API_TOKEN:-Kd8Wq3Zp7Lx2Rv9Tn4Bm6Hc1Jf5Gs0}"', secret: 'Kd8Wq3Zp7Lx2Rv9Tn4Bm6Hc1Jf5Gs0' },
        // A name/value entry (Kubernetes' env list).
        { text: '- name: API_TOKEN\n  value: Wp4Xr8Tn2Kq6Zm9Vb3Hc7Jd5Lf1Gs0', secret: 'Wp4Xr8Tn2Kq6Zm9Vb3Hc7Jd5Lf1Gs0' },
      ],
      negative: [
        // A paginator's query path (aws-sdk's apis/*.paginators.json): a member chain, not a token.
        '"output_token": "StreamDescription.Shards[-1].ShardId",',
        // An AWS resource name under a key that says auth (aws-sdk's API examples).
        '"DefineAuthChallenge": "arn:aws:lambda:us-east-1:123456789012:function:MyFunction",',
        // The Azure Storage emulator's connection string (Azurite): no account, no key.
        'const connectionString = "UseDevelopmentStorage=true";',
        // A list of header names (aws-cdk-lib's CloudFront origins): the next name, not a value.
        'prohibitedHeaderKeys=["Pragma","Proxy-Authorization","Proxy-Connection","Range","Request-Range"]',
        // Code inside a string in a minified bundle (Next.js's edge runtime).
        'credentials:"+e)}i=makeRequest({urlList:[t]});l="',
        'api_key = os.getenv("API_KEY")',
        'const apiKey = process.env.API_KEY ?? defaultApiKey;',
        '- name: API_TOKEN_FILE\n  value: /run/secrets/api_token',
        '"tokenUrl": "https://oauth2.googleapis.com/token",',
        'client_secret: 3f2504e0-4f89-11d3-9a0c-0305e82c3301',
        'const AUTH_TOKEN_HEADER = "X-Auth-Token-Signature-Header";',
        '"nextPageToken": "b4a1c7b9e0f24e3a8d9c7b6a5f4e3d2c1b0a9f8e",',
        'public_key: "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEq1Xk0xcl3sDK7nVvMdXHdB8p1CqgY6PbAUtx0rZ2lWZ6qPZlXBMsa7bD2wBV0yAqo2Q5Uc0xkf+7kX0cm7x1Sg=="',
      ],
    },
  }),
  defineRule({
    id: 'high-entropy-string-strict',
    title: 'Random-looking string (strict mode)',
    severity: 'medium',
    generic: true,
    keywords: ['"', "'", '`', '=', ':'],
    pattern:
      /(?:(?:(?<qkey>[\w.-]{1,60})["'\]]?[ \t]{0,3}(?:[:=]{1,2}|=>)[ \t]{0,3})?(?<q>["'`])|(?<=(?:^|\n)[ \t]{0,12}(?:-[ \t]{1,4})?(?:export[ \t]{1,4})?["']?(?<skey>[\w.-]{1,80})["']?(?<sop>[ \t]{0,2}[=:][ \t]{0,2})))(?<secret>[A-Za-z0-9+/_~-][A-Za-z0-9+/=_.~-]{19,255})\k<q>(?:(?<=["'`])|(?=[ \t\r,;#]|$))/,
    validate: (secret, g, { path }) => {
      const key = g.skey ?? g.qkey ?? '';
      if (g.skey !== undefined && !bareValueIsLiteral(path, g.sop ?? '', '')) return false;
      if (!keyAllowsSecret(key)) return false; // an id, a name, a version, a hash, a character table
      return isRandomToken(secret, 'strict') && !isGenericNoise(secret, key, path) ? undefined : false;
    },
    confidence: 'low',
    remediation: `${REMEDIATION} If it is not a secret (a test vector, an id), allow it inline or in the baseline.`,
    examples: {
      positive: [
        { text: 'const seed = "Bb1LGto7iUyJ9L3oCZMftaQjL3F8OUPN";', secret: 'Bb1LGto7iUyJ9L3oCZMftaQjL3F8OUPN' },
        { text: "  upstream: 'YXBCsIXJ6Mb77Eil7hHw/qpklGB9Xml+sfz0osct'", secret: 'YXBCsIXJ6Mb77Eil7hHw/qpklGB9Xml+sfz0osct' },
        { text: 'RABBITMQ_ERLANG_COOKIE=JRk4gcOT2m5sHQJG80GQoag5EWZaHDy3', secret: 'JRk4gcOT2m5sHQJG80GQoag5EWZaHDy3' },
      ],
      negative: [
        '"integrity": "sha512-z4PhNX7vuL3xVChQ1m2AB9Yg5AULVxXcg/SpIdNs6c5H0NE8XYXysP+DGNKHfuwvY7kxvUdBeoGlODJ6+SfaPg==",',
        '"gitHead": "9e28ff872d5926a8bcc582e59475441a984ac7b5",',
        'id: "3f2504e0-4f89-11d3-9a0c-0305e82c3301"',
        'import { createAuxiliaryProjectName } from "./projectServiceUtilities";',
        'background: url("data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==")',
      ],
    },
  }),
];

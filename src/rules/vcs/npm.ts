import { defineRule, ROTATE } from '../lib/define.ts';
import { checksumProves, hasBase62Crc32 } from '../lib/checksum.ts';
import { decodeBasicAuth, UUID } from '../lib/encoding.ts';

// npm. Access tokens (2021+): npm_ + 30 random base62 characters + 6 base62 characters of their
// CRC-32, exactly like GitHub's. Older tokens are UUIDs and are taken only from an .npmrc line
// for registry.npmjs.org. `_auth` / `_password` carry base64 credentials for any registry.
const REVOKE = 'Revoke it under Access Tokens on npmjs.com (`npm token revoke <id>`), then check the packages it could publish.';

export default [
  defineRule({
    id: 'npm-access-token',
    title: 'npm access token',
    severity: 'critical',
    keywords: ['npm_'],
    pattern: /(?<![A-Za-z0-9_])(?<secret>npm_[A-Za-z0-9]{36})(?![A-Za-z0-9_])/,
    validate: checksumProves((secret) => hasBase62Crc32(secret.slice(4))),
    skipPlaceholderFilter: true,
    confidence: 'low',
    remediation: `${ROTATE} ${REVOKE}`,
    examples: {
      positive: [
        { text: '//registry.npmjs.org/:_authToken=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', secret: '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' },
        { text: 'NPM_TOKEN: "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"', secret: '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' },
        { text: 'NODE_AUTH_TOKEN=npm_uvgPpf4F8y2o6k5eaD3pHaaU7n8U7iHstuLc', secret: 'npm_uvgPpf4F8y2o6k5eaD3pHaaU7n8U7iHstuLc' },
      ],
      negative: ['NPM_TOKEN=npm_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'npm_config_registry=https://registry.npmjs.org/', 'npm_wz8ZbTGWOUh9uSz6p31BqkLJ0dcpE2'],
    },
  }),
  defineRule({
    id: 'npm-legacy-auth-token',
    title: 'npm legacy auth token (.npmrc)',
    severity: 'critical',
    keywords: ['_authtoken'],
    pattern: new RegExp(`registry\\.npmjs\\.org/:_authToken\\s{0,3}=\\s{0,3}["']?(?<secret>${UUID})(?![A-Za-z0-9-])`),
    // npm's own registry plus a UUID is the whole structure of a legacy token.
    confidence: 'high',
    minEntropy: 3,
    remediation: `${ROTATE} ${REVOKE}`,
    examples: {
      positive: [
        { text: '//registry.npmjs.org/:_authToken=27d178d0-6783-4933-87d9-855c2b820ba9', secret: '27d178d0-6783-4933-87d9-855c2b820ba9' },
        { text: 'registry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken="a231ebc7-ed74-4726-8b2f-d46f949227fa"', secret: 'a231ebc7-ed74-4726-8b2f-d46f949227fa' },
      ],
      negative: ['//registry.npmjs.org/:_authToken=${NPM_TOKEN}', '//npm.pkg.github.com/:_authToken=${GITHUB_TOKEN}', '//registry.npmjs.org/:_authToken=00000000-0000-0000-0000-000000000000'],
    },
  }),
];

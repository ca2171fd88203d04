import { defineRule, ROTATE } from '../lib/define.ts';
import type { ExampleHit } from '../../engine/types.ts';
import { checksumProves, hasBase62Crc32 } from '../lib/checksum.ts';

// GitHub's 2021 token format: a type prefix, 30 random base62 characters, then a 6-character
// base62 CRC-32 of those 30. A token whose checksum fails is kept at low confidence: a test
// corpus or a hand-edited token may not carry one, and a missed key costs more than a review.
const checksum = checksumProves((secret) => hasBase62Crc32(secret.slice(4)));

const classic = (prefix: string, id: string, title: string, positives: (string | ExampleHit)[]) =>
  defineRule({
    id,
    title,
    severity: 'critical',
    keywords: [prefix],
    pattern: new RegExp(`(?<![A-Za-z0-9_])(?<secret>${prefix}[A-Za-z0-9]{36})(?![A-Za-z0-9])`),
    validate: checksum,
    skipPlaceholderFilter: true,
    confidence: 'low',
    remediation: `${ROTATE} Revoke it at https://github.com/settings/tokens (or the app's settings).`,
    examples: {
      positive: positives,
      negative: [
        `${prefix}XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX`,
        `${prefix}short1234`,
        `x${prefix}XVbEhgLww3B5QCsxojS3JumRQOdKem1ETmgwTOOLONG`,
      ],
    },
  });

export default [
  classic('ghp_', 'github-pat', 'GitHub personal access token', [
    { text: 'token = "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"', secret: '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' },
    { text: 'GITHUB_TOKEN=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', secret: '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' },
  ]),
  classic('gho_', 'github-oauth', 'GitHub OAuth access token', [
    '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',
    { text: '"access_token": "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"', secret: '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' },
  ]),
  classic('ghu_', 'github-user-to-server', 'GitHub App user-to-server token', [
    'ghu_8U839SWV5tW7S7p4U3TOlkoOe3qHYt41LNaR',
    { text: 'auth: ghu_1va3wp9bxIQovXv0kz4aLi5RRwVGG73GSCkL', secret: 'ghu_1va3wp9bxIQovXv0kz4aLi5RRwVGG73GSCkL' },
  ]),
  classic('ghs_', 'github-server-to-server', 'GitHub App installation (server-to-server) token', [
    'ghs_CrEREhAmsrByMZ7H3vXH4XPVoXSe6B3jjiAW',
    { text: 'export GH_TOKEN=ghs_Ul5u5Gi65Kygzx49Vj5wId0ZVZgKmx1hH1KW', secret: 'ghs_Ul5u5Gi65Kygzx49Vj5wId0ZVZgKmx1hH1KW' },
  ]),
  classic('ghr_', 'github-refresh-token', 'GitHub refresh token', [
    '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',
    { text: "refresh_token='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'", secret: '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' },
  ]),
  defineRule({
    id: 'github-fine-grained-pat',
    title: 'GitHub fine-grained personal access token',
    severity: 'critical',
    keywords: ['github_pat_'],
    pattern: /(?<![A-Za-z0-9_])(?<secret>github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59})(?![A-Za-z0-9])/,
    confidence: 'high',
    remediation: `${ROTATE} Revoke it at https://github.com/settings/personal-access-tokens.`,
    examples: {
      positive: [
        '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',
        { text: 'GH_PAT="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"', secret: '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' },
      ],
      negative: [
        'github_pat_<your-token-here>',
        'github_pat_XXXXXXXXXXXXXXXXXXXXXX_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX',
      ],
    },
  }),
];

import { defineRule, ROTATE } from '../lib/define.ts';

// Replicate API tokens: r8_ + 37 alphanumerics.
export default [
  defineRule({
    id: 'replicate-api-token',
    title: 'Replicate API token',
    severity: 'high',
    keywords: ['r8_'],
    pattern: /(?<![A-Za-z0-9_])(?<secret>r8_[A-Za-z0-9]{37})(?![A-Za-z0-9_])/,
    confidence: 'medium',
    minEntropy: 4,
    remediation: `${ROTATE} Revoke it at https://replicate.com/account/api-tokens.`,
    examples: {
      positive: [
        { text: 'REPLICATE_API_TOKEN=r8_dyvj1hG5fhl4QYKaTHOvp6620A7CY86p0oXvQ', secret: 'r8_dyvj1hG5fhl4QYKaTHOvp6620A7CY86p0oXvQ' },
        { text: 'replicate_client = replicate.Client(api_token="r8_UHpqoHYyPbUyUNYrOd9yuaGdc87i6AhYJBRop")', secret: 'r8_UHpqoHYyPbUyUNYrOd9yuaGdc87i6AhYJBRop' },
      ],
      negative: ['{0x0b, "R8_G8_B8_A8"}, {0x09, "R8_G8"}', 'REPLICATE_API_TOKEN=r8_YOUR_TOKEN_HERE', 'name="r8_uv"'],
    },
  }),
];

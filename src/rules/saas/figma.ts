import { defineRule, ROTATE } from '../lib/define.ts';

// Figma personal access tokens: figd_ + about 40 base64url characters.
export default [
  defineRule({
    id: 'figma-personal-access-token',
    title: 'Figma personal access token',
    severity: 'high',
    keywords: ['figd_'],
    pattern: /(?<![A-Za-z0-9_])(?<secret>figd_[A-Za-z0-9_-]{38,48})(?![A-Za-z0-9_-])/,
    minEntropy: 4,
    confidence: 'high',
    remediation: `${ROTATE} Revoke it in Figma under Settings > Security > Personal access tokens.`,
    examples: {
      positive: [
        { text: 'FIGMA_TOKEN=figd_KjkKl20IN3Og4xYUknT0LerLQrg9oJRPi-KpJ_Tf', secret: 'figd_KjkKl20IN3Og4xYUknT0LerLQrg9oJRPi-KpJ_Tf' },
        { text: '"X-Figma-Token": "figd_P7qflMWX6Sxvh4X_oypm2HNKPM9mD_lGgyn6cXHP0SD"', secret: 'figd_P7qflMWX6Sxvh4X_oypm2HNKPM9mD_lGgyn6cXHP0SD' },
      ],
      negative: ['FIGMA_TOKEN=figd_ncygD5c5atgayMhvMSdC', 'FIGMA_TOKEN=figd_<personal-access-token>'],
    },
  }),
];

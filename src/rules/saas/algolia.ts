import { defineRule, ROTATE } from '../lib/define.ts';

// Algolia keys are 32 hex with no prefix. Search-only keys are public by design; admin and
// write keys are not, so only values next to an Algolia admin/write name are taken.
export default [
  defineRule({
    id: 'algolia-admin-key',
    title: 'Algolia admin API key',
    severity: 'high',
    keywords: ['algolia'],
    pattern:
      /algolia[\w.-]{0,20}?(?:admin|write)[\w.-]{0,20}?["']?\s{0,5}(?:=>|:=|=|:)\s{0,5}["']?(?<secret>[a-f0-9]{32})(?![A-Za-z0-9])/i,
    minEntropy: 3,
    confidence: 'medium',
    remediation: `${ROTATE} Regenerate the admin key under Settings > API Keys in the Algolia dashboard.`,
    examples: {
      positive: [
        { text: 'ALGOLIA_ADMIN_API_KEY=e1e5b469028f3f68c4e924b03e5dd292', secret: 'e1e5b469028f3f68c4e924b03e5dd292' },
        { text: "  algolia_write_key: '2090bf4bfdae99f270c6ec5b5c292ba9'", secret: '2090bf4bfdae99f270c6ec5b5c292ba9' },
      ],
      negative: ['ALGOLIA_SEARCH_API_KEY=cac82c35855229c2a600e57770b54864', 'ALGOLIA_ADMIN_API_KEY=${ALGOLIA_ADMIN_KEY}'],
    },
  }),
];

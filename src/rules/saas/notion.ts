import { defineRule, ROTATE } from '../lib/define.ts';

// Notion integration tokens: ntn_ + 46 alphanumerics (2024+), and the older secret_ + 43.
const REVOKE = `${ROTATE} Regenerate the integration secret at https://www.notion.so/my-integrations.`;

export default [
  defineRule({
    id: 'notion-integration-token',
    title: 'Notion integration token',
    severity: 'high',
    keywords: ['ntn_'],
    pattern: /(?<![A-Za-z0-9_])(?<secret>ntn_[A-Za-z0-9]{46})(?![A-Za-z0-9])/,
    confidence: 'high',
    remediation: REVOKE,
    examples: {
      positive: [
        { text: 'NOTION_TOKEN=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', secret: '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' },
        { text: 'notion = Client(auth="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")', secret: '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' },
      ],
      negative: ['NOTION_TOKEN=ntn_XndIZLRVpAp3wjqySLSPmonGEfv3Jg', 'ntn_number = 995567301346'],
    },
  }),
  defineRule({
    id: 'notion-integration-secret',
    title: 'Notion integration secret (legacy)',
    severity: 'high',
    keywords: ['secret_'],
    pattern: /(?<![A-Za-z0-9_])(?<secret>secret_[A-Za-z0-9]{43})(?![A-Za-z0-9])/,
    minEntropy: 4,
    confidence: 'medium',
    remediation: REVOKE,
    examples: {
      positive: [
        { text: 'NOTION_API_KEY=secret_TqJqE57NIkL1Ml8asGquRPFLJLHfjhm2jiMupGKWSKq', secret: 'secret_TqJqE57NIkL1Ml8asGquRPFLJLHfjhm2jiMupGKWSKq' },
        { text: "const notion = new Client({ auth: 'secret_2xIZPavpvI3I9xsmFo9DXeyF50BVMJX3S01teOsSc0F' })", secret: 'secret_2xIZPavpvI3I9xsmFo9DXeyF50BVMJX3S01teOsSc0F' },
      ],
      negative: ['client_secret_hpL4iP78cJD28we0Dtx5vrJe0OOAYy0e8mL4jSMYoNm', 'NOTION_API_KEY=secret_8COIDSi68jnL9d6tMoqCfpr8X0rqyh'],
    },
  }),
];

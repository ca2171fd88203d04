import { defineRule, ROTATE } from '../lib/define.ts';
import { assignedAfter } from '../lib/context.ts';

// Segment Public API tokens: sgp_ + 64 alphanumerics. Source write keys (32 alphanumerics, no
// prefix) are taken next to a Segment name; in browser snippets they are public, so low severity.
export default [
  defineRule({
    id: 'segment-public-api-token',
    title: 'Segment Public API token',
    severity: 'high',
    keywords: ['sgp_'],
    pattern: /(?<![A-Za-z0-9_])(?<secret>sgp_[A-Za-z0-9]{64})(?![A-Za-z0-9_])/,
    confidence: 'high',
    remediation: `${ROTATE} Revoke it in Segment under Settings > Workspace settings > Access Management > Tokens.`,
    examples: {
      positive: [
        { text: 'SEGMENT_API_TOKEN=sgp_EnxOhmFojb6xi0godRarSS20NRjr04V9Y2GYoEr46Wj7AmFalRF1GUhiDYV2Fyqo', secret: 'sgp_EnxOhmFojb6xi0godRarSS20NRjr04V9Y2GYoEr46Wj7AmFalRF1GUhiDYV2Fyqo' },
        { text: 'Authorization: Bearer sgp_Ohn0SDc63LXlknBKc5EO1L0PDpotYeMYzsDRIWZz0f2li3UlWmL1Ch7s0ddtNYLy', secret: 'sgp_Ohn0SDc63LXlknBKc5EO1L0PDpotYeMYzsDRIWZz0f2li3UlWmL1Ch7s0ddtNYLy' },
      ],
      negative: ['SEGMENT_API_TOKEN=sgp_jpcGLdqBxxwdj81kpQY5fGo7eHcnZeLFOUx1x2Xg', 'sgp_04b06aadee5f328b_23d197b0f6492b6a32c1ce428f6cda5c405a6976'],
    },
  }),
  defineRule({
    id: 'segment-write-key',
    title: 'Segment write key',
    severity: 'low',
    keywords: ['segment'],
    pattern: assignedAfter('segment', '[A-Za-z0-9]{32}'),
    minEntropy: 4,
    confidence: 'medium',
    remediation: `${ROTATE} Regenerate the write key in the Segment source's settings.`,
    examples: {
      positive: [
        { text: 'SEGMENT_WRITE_KEY=SQPs1wdASvhIlWvEv7LykFAIIDEq9C40', secret: 'SQPs1wdASvhIlWvEv7LykFAIIDEq9C40' },
        { text: "analytics = Analytics(segment_write_key='BexNv5KCnmdvGWl1vtxF04hbDBsAQL8o')", secret: 'BexNv5KCnmdvGWl1vtxF04hbDBsAQL8o' },
      ],
      negative: ['segment_length = 32', 'SEGMENT_WRITE_KEY=${SEGMENT_KEY}'],
    },
  }),
];

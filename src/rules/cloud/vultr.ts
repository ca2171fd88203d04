import { defineRule, ROTATE } from '../lib/define.ts';
import { assignment } from '../lib/context.ts';

// Vultr API keys: 36 upper-case base32 characters with no prefix, taken next to a Vultr name.
export default [
  defineRule({
    id: 'vultr-api-key',
    title: 'Vultr API key',
    severity: 'critical',
    keywords: ['vultr'],
    pattern: new RegExp(assignment({ names: ['vultr'], value: '[A-Z0-9]{36}' })),
    minEntropy: 3.5,
    remediation: `${ROTATE} Regenerate the key under Account > API in the Vultr portal and review its access control list.`,
    examples: {
      positive: [
        { text: 'VULTR_API_KEY=YCZUE8EB4Z06BRGLU9O0IQXB2HAHKUJPFGNJ', secret: 'YCZUE8EB4Z06BRGLU9O0IQXB2HAHKUJPFGNJ' },
        { text: 'vultr_api_key: "S9UJGSR8ZWP4TLPXTHCJE3410G80Z9U8MMO7"', secret: 'S9UJGSR8ZWP4TLPXTHCJE3410G80Z9U8MMO7' },
      ],
      negative: ['VULTR_INSTANCE_ID=2a7c1e5f-9b3d-4f60-8e21-c4d5a6b7e8f9', 'vultr_api_key = var.vultr_api_key', 'VULTR_REGION=EWR'],
    },
  }),
];

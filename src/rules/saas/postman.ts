import { defineRule, ROTATE } from '../lib/define.ts';

// Postman API keys: PMAK- + 24 hex + - + 34 hex.
export default [
  defineRule({
    id: 'postman-api-key',
    title: 'Postman API key',
    severity: 'high',
    keywords: ['pmak-'],
    pattern: /(?<![A-Za-z0-9])(?<secret>PMAK-[a-f0-9]{24}-[a-f0-9]{34})(?![A-Za-z0-9])/,
    confidence: 'high',
    remediation: `${ROTATE} Revoke it in Postman under Settings > API keys.`,
    examples: {
      positive: [
        { text: 'POSTMAN_API_KEY=PMAK-06717a369ff5519f837e1509-42f91ab9961f637d09333ab3b8df1dc24d', secret: 'PMAK-06717a369ff5519f837e1509-42f91ab9961f637d09333ab3b8df1dc24d' },
        { text: '"X-Api-Key": "PMAK-70e48896f30d4a3743517210-bda44d419ca78d0a742a054d792f77b14f"', secret: 'PMAK-70e48896f30d4a3743517210-bda44d419ca78d0a742a054d792f77b14f' },
      ],
      negative: ['POSTMAN_API_KEY=PMAK-6cb1b82e5b5d37b2f83aefb3', 'PMAK-c0bebf62371d3a25719f6e9a-007c268b8a9283fc79f2'],
    },
  }),
];

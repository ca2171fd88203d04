import { defineRule, ROTATE } from '../lib/define.ts';

// Pulumi Cloud access tokens: pul- + 40 hex.
export default [
  defineRule({
    id: 'pulumi-access-token',
    title: 'Pulumi access token',
    severity: 'critical',
    keywords: ['pul-'],
    pattern: /(?<![A-Za-z0-9-])(?<secret>pul-[a-f0-9]{40})(?![A-Za-z0-9])/,
    confidence: 'high',
    remediation: `${ROTATE} Delete it in Pulumi Cloud under Settings > Access Tokens.`,
    examples: {
      positive: [
        { text: 'PULUMI_ACCESS_TOKEN=pul-3a793f6d91ca1c88cd6c32ebf7e41aff4b93a392', secret: 'pul-3a793f6d91ca1c88cd6c32ebf7e41aff4b93a392' },
        { text: '  pulumi-token: "pul-e3745cb0facbe074a20d16324f5736b2e5a40252"', secret: 'pul-e3745cb0facbe074a20d16324f5736b2e5a40252' },
      ],
      negative: ['PULUMI_ACCESS_TOKEN=pul-b11c78499f7fb2c0984eae88d5347b9f', 'PULUMI_ACCESS_TOKEN=pul-<token>'],
    },
  }),
];

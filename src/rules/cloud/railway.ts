import { defineRule, ROTATE } from '../lib/define.ts';
import { assignment } from '../lib/context.ts';
import { UUID } from '../lib/encoding.ts';

// Railway API and project tokens are UUIDs, taken next to a Railway name.
export default [
  defineRule({
    id: 'railway-api-token',
    title: 'Railway API token',
    severity: 'critical',
    keywords: ['railway'],
    pattern: new RegExp(assignment({ names: ['railway'], labels: ['token', 'key'], value: UUID, edge: 'A-Za-z0-9-' })),
    minEntropy: 3,
    remediation: `${ROTATE} Delete it under Account Settings > Tokens (project tokens: Project Settings > Tokens).`,
    examples: {
      positive: [
        { text: 'RAILWAY_TOKEN=a87132bd-9c31-493e-8946-5f9c06e23b61', secret: 'a87132bd-9c31-493e-8946-5f9c06e23b61' },
        { text: 'railway_api_token: "8cbaee85-efb7-4ae5-86cf-459595f57b90"', secret: '8cbaee85-efb7-4ae5-86cf-459595f57b90' },
      ],
      negative: ['RAILWAY_PROJECT_ID=9c1eec09-1273-4659-beea-5bb590625d5b', 'RAILWAY_TOKEN=${{ secrets.RAILWAY_TOKEN }}', 'RAILWAY_TOKEN=00000000-0000-0000-0000-000000000000'],
    },
  }),
];

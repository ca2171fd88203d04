import { defineRule, ROTATE } from '../lib/define.ts';
import { assignedAfter } from '../lib/context.ts';

// Zendesk API tokens are 40 alphanumerics with no prefix: taken next to a Zendesk name.
export default [
  defineRule({
    id: 'zendesk-api-token',
    title: 'Zendesk API token',
    severity: 'high',
    keywords: ['zendesk'],
    pattern: assignedAfter('zendesk', '[A-Za-z0-9]{40}'),
    minEntropy: 4,
    confidence: 'medium',
    remediation: `${ROTATE} Delete the token in Zendesk Admin Center > Apps and integrations > Zendesk API.`,
    examples: {
      positive: [
        { text: 'ZENDESK_API_TOKEN=ZLDXqXgRSq5HEMoNniGEo03GKU6ROMLhGAD6QZnD', secret: 'ZLDXqXgRSq5HEMoNniGEo03GKU6ROMLhGAD6QZnD' },
        { text: "  zendesk_token: '9Bft6pMl28c82fRD3t5S3IYx3j0aKKny6MKnIgVq'", secret: '9Bft6pMl28c82fRD3t5S3IYx3j0aKKny6MKnIgVq' },
      ],
      negative: ['ZENDESK_SUBDOMAIN=support-center', 'ZENDESK_API_TOKEN=QQGpHrxuSaS1ycleZ5c59bl2H2tczRwc'],
    },
  }),
];

import { defineRule, ROTATE } from '../lib/define.ts';
import { assignedAfter } from '../lib/context.ts';

// PagerDuty REST API keys are 20 characters and Events API routing (integration) keys 32 hex,
// with no prefix: taken only next to a PagerDuty name.
export default [
  defineRule({
    id: 'pagerduty-api-key',
    title: 'PagerDuty API or integration key',
    severity: 'high',
    keywords: ['pagerduty', 'pager_duty', 'pd_api', 'pd-api', 'pd_routing', 'pd_integration'],
    pattern: assignedAfter('pager_?duty|pd[_-](?:api|routing|integration)', '[a-f0-9]{32}|[A-Za-z0-9_+-]{20}'),
    minEntropy: 3,
    confidence: 'medium',
    remediation: `${ROTATE} Delete the key in PagerDuty under Integrations > API Access Keys (or the service's integration).`,
    examples: {
      positive: [
        { text: 'PAGERDUTY_TOKEN=pSXE4r7R2PRQK8SBXN0l', secret: 'pSXE4r7R2PRQK8SBXN0l' },
        { text: 'pagerduty_routing_key: d7c57b0e24355b391785e716eabd68f1', secret: 'd7c57b0e24355b391785e716eabd68f1' },
        { text: 'PD_API_KEY="u+aldx3mi61eb0ozrCBK"', secret: 'u+aldx3mi61eb0ozrCBK' },
      ],
      negative: ['PAGERDUTY_SERVICE=checkout-api-prod', 'PAGERDUTY_TOKEN=${PD_TOKEN}'],
    },
  }),
];

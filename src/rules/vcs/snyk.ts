import { defineRule, ROTATE } from '../lib/define.ts';
import { assignment } from '../lib/context.ts';
import { UUID } from '../lib/encoding.ts';

// Snyk API tokens are UUIDs, taken next to a Snyk name.
export default [
  defineRule({
    id: 'snyk-api-token',
    title: 'Snyk API token',
    severity: 'high',
    keywords: ['snyk'],
    pattern: new RegExp(assignment({ names: ['snyk'], labels: ['token', 'key', 'auth'], value: UUID, edge: 'A-Za-z0-9-' })),
    minEntropy: 3,
    remediation: `${ROTATE} Revoke and regenerate it under Account settings > Auth Token (service accounts: Settings > Service accounts).`,
    examples: {
      positive: [
        { text: 'SNYK_TOKEN=fac11dea-d0d8-401e-8702-038a2b3750af', secret: 'fac11dea-d0d8-401e-8702-038a2b3750af' },
        { text: '  SNYK_TOKEN: "21453e2f-8a01-488e-b07d-d6b9ba096804"', secret: '21453e2f-8a01-488e-b07d-d6b9ba096804' },
      ],
      negative: ['SNYK_ORG_ID=26688a7c-fec9-431f-8689-db6fbd022e14', 'SNYK_TOKEN=${{ secrets.SNYK_TOKEN }}', 'snyk_token: 00000000-0000-0000-0000-000000000000'],
    },
  }),
];

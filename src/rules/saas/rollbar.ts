import { defineRule, ROTATE } from '../lib/define.ts';
import { assignedAfter } from '../lib/context.ts';

// Rollbar project and account access tokens: 32 hex, no prefix, next to a Rollbar name.
export default [
  defineRule({
    id: 'rollbar-access-token',
    title: 'Rollbar access token',
    severity: 'medium',
    keywords: ['rollbar'],
    pattern: assignedAfter('rollbar', '[a-f0-9]{32}'),
    minEntropy: 3,
    confidence: 'medium',
    remediation: `${ROTATE} Disable the token in Rollbar under Project Settings > Project Access Tokens.`,
    examples: {
      positive: [
        { text: 'ROLLBAR_ACCESS_TOKEN=9d21434ebc950f01cef122ca255715f6', secret: '9d21434ebc950f01cef122ca255715f6' },
        { text: '  rollbar_server_token: 2d95a51e0e90033208afa906c9694d98', secret: '2d95a51e0e90033208afa906c9694d98' },
      ],
      negative: ['ROLLBAR_ENV=production', 'ROLLBAR_ACCESS_TOKEN=60634cb95fe234d715391109'],
    },
  }),
];

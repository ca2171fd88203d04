import { defineRule, ROTATE } from '../lib/define.ts';
import { namedValue } from '../lib/context.ts';

// Cohere API keys (production and trial) are 40 alphanumerics with no prefix.
export default [
  defineRule({
    id: 'cohere-api-key',
    title: 'Cohere API key',
    severity: 'high',
    keywords: ['cohere', 'co_api_key'],
    pattern: namedValue('cohere|co_api_', '[A-Za-z0-9]{40}'),
    minEntropy: 3.8,
    remediation: `${ROTATE} Revoke it at https://dashboard.cohere.com/api-keys.`,
    examples: {
      positive: [
        { text: 'COHERE_API_KEY=lafL7TYvTkRvdRip3LNWbBQfi31p6b6WO83nJ3V5', secret: 'lafL7TYvTkRvdRip3LNWbBQfi31p6b6WO83nJ3V5' },
        { text: 'co = cohere.Client("dBKXBq3D1cGs8m3HoL5twpP0H1JyniN1wRyJtftF")', secret: 'dBKXBq3D1cGs8m3HoL5twpP0H1JyniN1wRyJtftF' },
        { text: 'CO_API_KEY: "i9CvoeH4wiXfa8f5S1O5Uj43AYYuoRF0dbgL0SvA"', secret: 'i9CvoeH4wiXfa8f5S1O5Uj43AYYuoRF0dbgL0SvA' },
      ],
      negative: [
        'COHERE_API_KEY=<your-cohere-api-key-from-the-dashboard>',
        'COHERE_MODEL=command-r-plus-08-2024',
        'cohere_api_key = os.environ["COHERE_API_KEY"]',
      ],
    },
  }),
];

import { defineRule, ROTATE } from '../lib/define.ts';
import { assignment } from '../lib/context.ts';

// Fastly API tokens: 32 characters of [A-Za-z0-9_-] with no prefix, taken next to a Fastly name.
export default [
  defineRule({
    id: 'fastly-api-token',
    title: 'Fastly API token',
    severity: 'critical',
    keywords: ['fastly'],
    pattern: new RegExp(assignment({ names: ['fastly'], labels: ['key', 'token', 'secret'], value: '[A-Za-z0-9_-]{32}', edge: 'A-Za-z0-9_-' })),
    minEntropy: 3.8,
    remediation: `${ROTATE} Revoke it under Account > Personal API tokens (or the automation token's page) in the Fastly console.`,
    examples: {
      positive: [
        { text: 'FASTLY_API_TOKEN=ulcAIzZQAuzIMR6e3hOIGQLc_VINxvGF', secret: 'ulcAIzZQAuzIMR6e3hOIGQLc_VINxvGF' },
        { text: 'fastly_key: "yncWI9NIpbRebvL42Zei33oWibhf0-Ej"', secret: 'yncWI9NIpbRebvL42Zei33oWibhf0-Ej' },
      ],
      negative: ['FASTLY_SERVICE_ID=typzKM0TZ4qig8HW5V1h5w', 'fastly_api_token = data.vault_generic_secret.fastly.data["token"]', 'FASTLY_API_TOKEN="$FASTLY_API_TOKEN"'],
    },
  }),
];

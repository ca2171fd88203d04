import { defineRule, ROTATE } from '../lib/define.ts';
import { namedValue } from '../lib/context.ts';

// Mistral AI API keys are 32 alphanumerics with no prefix: only the name identifies them.
export default [
  defineRule({
    id: 'mistral-api-key',
    title: 'Mistral AI API key',
    severity: 'high',
    keywords: ['mistral'],
    pattern: namedValue('mistral', '[A-Za-z0-9]{32}'),
    minEntropy: 3.8,
    remediation: `${ROTATE} Revoke it at https://console.mistral.ai/api-keys.`,
    examples: {
      positive: [
        { text: 'MISTRAL_API_KEY=Vs7ZW98QNiZy68Is4RtaYkDRI7Gayegy', secret: 'Vs7ZW98QNiZy68Is4RtaYkDRI7Gayegy' },
        { text: 'client = Mistral(api_key="rNRbztu0aHxHhW4URRty69pbivqR8q98")', secret: 'rNRbztu0aHxHhW4URRty69pbivqR8q98' },
        { text: '"mistralApiKey": "73jbWjSpZiP8eRoRmYAk9eQb082zL3Q9",', secret: '73jbWjSpZiP8eRoRmYAk9eQb082zL3Q9' },
      ],
      negative: [
        'MISTRAL_API_KEY=your_mistral_api_key_here_1234567',
        'MISTRAL_MODEL=mistral-large-latest',
        'MISTRAL_MODEL_ID=XcfaLGHZrc04pRfRUH5zw4SvGK577hNo',
        'MISTRAL_API_KEY=VH30fL5faiwcteV4rcHumZuoA0bo2y4Zw0TuTnvl',
      ],
    },
  }),
];

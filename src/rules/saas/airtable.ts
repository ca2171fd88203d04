import { defineRule, ROTATE } from '../lib/define.ts';
import { assignedAfter } from '../lib/context.ts';

// Airtable personal access tokens: pat + 14-character id + . + 64 hex. Legacy API keys
// (retired in 2024 but still found in old code): key + 14 alphanumerics, next to an Airtable name.
const REVOKE = `${ROTATE} Revoke it at https://airtable.com/create/tokens.`;

export default [
  defineRule({
    id: 'airtable-personal-access-token',
    title: 'Airtable personal access token',
    severity: 'high',
    keywords: ['pat'],
    pattern: /(?<![A-Za-z0-9])(?<secret>pat[A-Za-z0-9]{14}\.[a-f0-9]{64})(?![A-Za-z0-9])/,
    confidence: 'high',
    remediation: REVOKE,
    examples: {
      positive: [
        { text: 'AIRTABLE_TOKEN=patEGq9SleLpbo8XH.3a5a56f0f07c15b0f7284f8d3a8e55f3402f6c53a0dca9e90805d66bfa1b16e8', secret: 'patEGq9SleLpbo8XH.3a5a56f0f07c15b0f7284f8d3a8e55f3402f6c53a0dca9e90805d66bfa1b16e8' },
        { text: "const base = new Airtable({ apiKey: 'patFaoQDUNw7tRaes.613d9d2026d5a7c999da7575e60c61d76fd3ae375978b24701830867bebf18a0' })", secret: 'patFaoQDUNw7tRaes.613d9d2026d5a7c999da7575e60c61d76fd3ae375978b24701830867bebf18a0' },
      ],
      negative: ['AIRTABLE_TOKEN=patYDDF1kb7mBzO6A.be315b0a6f116db76dc7ab10bebfaa01dc513ad9', 'pathkWsr57m3j1Q6Td.8d4d582602933803e54fb553d7ff174dab1d22f011d5d7b67a227fdba6f5c122'],
    },
  }),
  defineRule({
    id: 'airtable-api-key',
    title: 'Airtable API key (legacy)',
    severity: 'high',
    keywords: ['airtable'],
    pattern: assignedAfter('airtable', 'key[A-Za-z0-9]{14}'),
    confidence: 'medium',
    remediation: REVOKE,
    examples: {
      positive: [
        { text: 'AIRTABLE_API_KEY=key5FpNd3PLhDU4vB', secret: 'key5FpNd3PLhDU4vB' },
        { text: 'airtable_key: "keyjFbQGZA2TCoHnZ"', secret: 'keyjFbQGZA2TCoHnZ' },
      ],
      negative: ['AIRTABLE_BASE_ID=app01g6ttni2irsdW', 'AIRTABLE_API_KEY=keyv2derNNypM4LxaZcjuKQ'],
    },
  }),
];

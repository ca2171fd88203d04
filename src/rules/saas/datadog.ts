import { defineRule, ROTATE } from '../lib/define.ts';
import { assignedAfter } from '../lib/context.ts';

// Datadog API keys are 32 hex characters, application keys 40, neither with a prefix: they
// are only taken next to a Datadog name (DD_API_KEY, DD-APPLICATION-KEY header, datadog.api_key).
const REVOKE = `${ROTATE} Revoke it under Organization Settings > API Keys / Application Keys in Datadog.`;

export default [
  defineRule({
    id: 'datadog-api-key',
    title: 'Datadog API key',
    severity: 'high',
    keywords: ['datadog', 'dd_api', 'dd-api', 'ddapi'],
    pattern: assignedAfter('datadog|dd[_-]?api', '[a-f0-9]{32}'),
    minEntropy: 3,
    confidence: 'medium',
    remediation: REVOKE,
    examples: {
      positive: [
        { text: 'DD_API_KEY=00fe8e0be7c8d19a249f8abf08c23473', secret: '00fe8e0be7c8d19a249f8abf08c23473' },
        { text: '  datadog_api_key: "0e1b5229540cc110c46983669062a007"', secret: '0e1b5229540cc110c46983669062a007' },
        { text: 'curl -H "DD-API-KEY: 9a4100265d12e70e8ff1e26390a94333" https://api.datadoghq.com/api/v1/validate', secret: '9a4100265d12e70e8ff1e26390a94333' },
      ],
      negative: [
        'DD_API_KEY=${DATADOG_API_KEY}',
        'DD_API_KEY=389f0dfe2effb2fbc26f2f9d9e165b8',
        'datadog_trace_id = a9583801a0048c96529516f6e11c73faz',
      ],
    },
  }),
  defineRule({
    id: 'datadog-app-key',
    title: 'Datadog application key',
    severity: 'high',
    keywords: ['datadog', 'dd_app', 'dd-app', 'ddapp'],
    pattern: assignedAfter('datadog|dd[_-]?app', '[a-f0-9]{40}'),
    minEntropy: 3,
    confidence: 'medium',
    remediation: REVOKE,
    examples: {
      positive: [
        { text: 'export DD_APP_KEY="50c3fa4bc63eab110c553c53525b33c03f6a1462"', secret: '50c3fa4bc63eab110c553c53525b33c03f6a1462' },
        { text: '  "datadog_application_key": "ebbe92535bd7f4189b699cc862621bc8c86cb7e1",', secret: 'ebbe92535bd7f4189b699cc862621bc8c86cb7e1' },
      ],
      negative: ['DD_APP_KEY=<application key>', 'datadog_commit_sha: 7702d658e6e4cb4329b9a7f94b2cd675bcd4e4d7e'],
    },
  }),
];

import { defineRule, ROTATE } from '../lib/define.ts';
import { assignedAfter } from '../lib/context.ts';

// Honeycomb ingest keys: hc + one letter + ik_ + the 26-character key id and 32-character
// secret, concatenated. Classic and configuration keys (22 or 32 characters) have no prefix
// and are taken next to a Honeycomb name (X-Honeycomb-Team header, HONEYCOMB_API_KEY).
const REVOKE = `${ROTATE} Delete the key in Honeycomb under Environment Settings > API Keys.`;

export default [
  defineRule({
    id: 'honeycomb-ingest-key',
    title: 'Honeycomb ingest key',
    severity: 'high',
    keywords: ['ik_'], // hc?ik_: the letter after hc varies
    pattern: /(?<![A-Za-z0-9_])(?<secret>hc[a-z]ik_[a-z0-9]{26}[A-Za-z0-9]{32})(?![A-Za-z0-9])/,
    confidence: 'high',
    remediation: REVOKE,
    examples: {
      positive: [
        { text: 'HONEYCOMB_API_KEY=hcaik_9a7fdpkla6asien517w3vtvmk9OLA3N1wDF79RXPgV5FfIToFbl1ce01m6', secret: 'hcaik_9a7fdpkla6asien517w3vtvmk9OLA3N1wDF79RXPgV5FfIToFbl1ce01m6' },
        { text: 'x-honeycomb-team: hcxik_dkxtgzblya7uqlysun70ga3nnmqtwekfZFCO8TckNoMzVLtq7aDW65JnGv', secret: 'hcxik_dkxtgzblya7uqlysun70ga3nnmqtwekfZFCO8TckNoMzVLtq7aDW65JnGv' },
      ],
      negative: ['"id": "hcxik_89lrixp37k8ro8kgecqr33bw89"', 'HONEYCOMB_API_KEY=hcaik_crvnnwfb5bldf4obmk7adxndo8u7l0hr0fz0xg01'],
    },
  }),
  defineRule({
    id: 'honeycomb-api-key',
    title: 'Honeycomb API key',
    severity: 'high',
    keywords: ['honeycomb'],
    pattern: assignedAfter('honeycomb', '[A-Za-z0-9]{22}|[a-f0-9]{32}'),
    minEntropy: 3,
    confidence: 'medium',
    remediation: REVOKE,
    examples: {
      positive: [
        { text: 'HONEYCOMB_API_KEY=d6sTePYeIO0uCrGzfxHrMG', secret: 'd6sTePYeIO0uCrGzfxHrMG' },
        { text: 'headers: {"X-Honeycomb-Team": "18fcdb1c7b18ca186534782b421f1337"}', secret: '18fcdb1c7b18ca186534782b421f1337' },
      ],
      negative: ['HONEYCOMB_DATASET=production-traces', 'HONEYCOMB_API_KEY=${HONEYCOMB_API_KEY}'],
    },
  }),
];

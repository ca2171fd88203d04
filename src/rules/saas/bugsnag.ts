import { defineRule, ROTATE } from '../lib/define.ts';
import { assignedAfter } from '../lib/context.ts';

// Bugsnag notifier API keys and data-access tokens: 32 hex, no prefix, next to a Bugsnag name.
export default [
  defineRule({
    id: 'bugsnag-api-key',
    title: 'Bugsnag API key',
    severity: 'low',
    keywords: ['bugsnag'],
    pattern: assignedAfter('bugsnag', '[a-f0-9]{32}'),
    minEntropy: 3,
    confidence: 'medium',
    remediation: `${ROTATE} Regenerate the key in Bugsnag under Project Settings (or Personal auth tokens).`,
    examples: {
      positive: [
        { text: 'BUGSNAG_API_KEY=3b6414a03ee70224f6b945716bc68dfa', secret: '3b6414a03ee70224f6b945716bc68dfa' },
        { text: 'bugsnag_api_key: "3c56752ea542566143e597831a2bd1c2"', secret: '3c56752ea542566143e597831a2bd1c2' },
      ],
      negative: ['BUGSNAG_RELEASE_STAGE=production', 'BUGSNAG_API_KEY=b850d2e4486ad8bbda95aef3afd940927b4fb8f0'],
    },
  }),
];

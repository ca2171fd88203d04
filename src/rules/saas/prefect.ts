import { defineRule, ROTATE } from '../lib/define.ts';

// Prefect Cloud API keys: pnu_ (user) or pnb_ (service account) + 36 alphanumerics.
export default [
  defineRule({
    id: 'prefect-api-key',
    title: 'Prefect Cloud API key',
    severity: 'high',
    keywords: ['pnu_', 'pnb_'],
    pattern: /(?<![A-Za-z0-9_])(?<secret>pn[ub]_[A-Za-z0-9]{36})(?![A-Za-z0-9])/,
    confidence: 'high',
    remediation: `${ROTATE} Delete the key in Prefect Cloud under Settings > API Keys.`,
    examples: {
      positive: [
        { text: 'PREFECT_API_KEY=pnu_PC6Rjdm8q6YDtyAXOojjWmzc3rqlh0oUOKTH', secret: 'pnu_PC6Rjdm8q6YDtyAXOojjWmzc3rqlh0oUOKTH' },
        { text: 'prefect cloud login --key pnb_kIoFntpBz9f4eVxuOuJXwOM0yO45H12mQPUw', secret: 'pnb_kIoFntpBz9f4eVxuOuJXwOM0yO45H12mQPUw' },
      ],
      negative: ['PREFECT_API_KEY=pnu_A0RrzQdeD0GCFtmEJQyh', 'PREFECT_API_KEY=pnu_<api-key>'],
    },
  }),
];

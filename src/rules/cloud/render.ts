import { defineRule, ROTATE } from '../lib/define.ts';

// Render API keys: rnd_ + 28-32 alphanumerics.
export default [
  defineRule({
    id: 'render-api-key',
    title: 'Render API key',
    severity: 'critical',
    keywords: ['rnd_'],
    pattern: /(?<![A-Za-z0-9_])(?<secret>rnd_[A-Za-z0-9]{28,32})(?![A-Za-z0-9_])/,
    confidence: 'high',
    minEntropy: 3.8,
    remediation: `${ROTATE} Revoke it under Account Settings > API Keys in the Render dashboard.`,
    examples: {
      positive: [
        { text: 'RENDER_API_KEY=rnd_yTBuwqafJgxahrviS1Gcbm3kwnX3', secret: 'rnd_yTBuwqafJgxahrviS1Gcbm3kwnX3' },
        { text: 'headers = {"Authorization": "Bearer rnd_toRsWrH6CJGVs8AB1jxhaEWS1j9Pc62Q"}', secret: 'rnd_toRsWrH6CJGVs8AB1jxhaEWS1j9Pc62Q' },
      ],
      negative: ['RENDER_API_KEY=rnd_xxxxxxxxxxxxxxxxxxxxxxxxxx', 'rnd_nodes = np.arange(n_nodes)', 'rnd_9sBIR17CxGaTQBNmsSG8'],
    },
  }),
];

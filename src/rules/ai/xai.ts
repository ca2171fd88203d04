import { defineRule, ROTATE } from '../lib/define.ts';

// xAI (Grok) API keys: xai- + 80 alphanumerics.
export default [
  defineRule({
    id: 'xai-api-key',
    title: 'xAI API key',
    severity: 'high',
    keywords: ['xai-'],
    pattern: /(?<![A-Za-z0-9_-])(?<secret>xai-[A-Za-z0-9]{80})(?![A-Za-z0-9_-])/,
    confidence: 'high',
    minEntropy: 4,
    remediation: `${ROTATE} Revoke it at https://console.x.ai (API Keys).`,
    examples: {
      positive: [
        { text: 'XAI_API_KEY=xai-FbSq7rN92W5KnxMLzPb4D1rdwzQo7XmR6Z8QTZHR5xc7BzsbHzydkksYYS2kcVXaVrRt5jWXrx75Q35L', secret: 'xai-FbSq7rN92W5KnxMLzPb4D1rdwzQo7XmR6Z8QTZHR5xc7BzsbHzydkksYYS2kcVXaVrRt5jWXrx75Q35L' },
        { text: 'client = Client(api_key="xai-MyqfKtdd7CDk59QHxpCSv0w79FKxMcIW6Xicqhg8dSHh4psbq9CDA840Kg5tSuTxIXUqQ5oDgjA1rB4W")', secret: 'xai-MyqfKtdd7CDk59QHxpCSv0w79FKxMcIW6Xicqhg8dSHh4psbq9CDA840Kg5tSuTxIXUqQ5oDgjA1rB4W' },
      ],
      negative: ['export XAI_API_KEY="xai-YOUR-KEY"', 'pip3 install -r xai-image-gen/requirements.txt', 'XAI_API_KEY=xai-Hr9IdCrZkJv59jYDdybOHxJooPatAlO4SGQnR7ljLklHb1Sj0AhdwVvGcC7O'],
    },
  }),
];

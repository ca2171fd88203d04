import { defineRule, ROTATE } from '../lib/define.ts';

// Voyage AI keys: pa- + 43 base64url characters. The pa- prefix is too short to stand alone,
// so the Voyage name must be on the line.
export default [
  defineRule({
    id: 'voyage-api-key',
    title: 'Voyage AI API key',
    severity: 'high',
    keywords: ['voyage'],
    pattern: /(?<![A-Za-z0-9_-])(?<secret>pa-[A-Za-z0-9_-]{43})(?![A-Za-z0-9_-])/,
    confidence: 'medium',
    minEntropy: 4,
    remediation: `${ROTATE} Revoke it in the Voyage AI dashboard (https://dashboard.voyageai.com, API keys).`,
    examples: {
      positive: [
        { text: 'VOYAGE_API_KEY=pa-ya8zuzyXeKuCm_uzWxG4uAYlNn20Q_HPHPhrVvA1s9A', secret: 'pa-ya8zuzyXeKuCm_uzWxG4uAYlNn20Q_HPHPhrVvA1s9A' },
        { text: 'embeddings = VoyageAIEmbeddings(voyage_api_key="pa-FESciNkn7xW4OKhfd6RB3CVKtU4B96QS7OBrn5t9LSc", model="voyage-law-2")', secret: 'pa-FESciNkn7xW4OKhfd6RB3CVKtU4B96QS7OBrn5t9LSc' },
      ],
      negative: ['VOYAGE_API_KEY="pa-..."', 'VOYAGE_API_KEY=pa-your-voyage-key-here', 'voyage_model = "pa-XUkRrcJZODHHvoaP"'],
    },
  }),
];

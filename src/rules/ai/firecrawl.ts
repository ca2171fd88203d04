import { defineRule, ROTATE } from '../lib/define.ts';
import { isUuidV4 } from '../lib/encoding.ts';

// Firecrawl API keys: fc- + 32 lowercase hex, which is a v4 UUID without its dashes: the
// version and variant nibbles are the offline check.
export default [
  defineRule({
    id: 'firecrawl-api-key',
    title: 'Firecrawl API key',
    severity: 'high',
    keywords: ['fc-'],
    pattern: /(?<![A-Za-z0-9_-])(?<secret>fc-[a-f0-9]{32})(?![A-Za-z0-9_-])/,
    validate: (secret) => (isUuidV4(secret.slice(3)) ? true : undefined),
    confidence: 'low',
    minEntropy: 2.9,
    remediation: `${ROTATE} Revoke it at https://www.firecrawl.dev/app/api-keys.`,
    examples: {
      positive: [
        { text: 'FIRECRAWL_API_KEY="fc-968fce99a6a9487a8e7a98c8da4d4ca2"', secret: 'fc-968fce99a6a9487a8e7a98c8da4d4ca2' },
        { text: 'app = FirecrawlApp(api_key="fc-f9cf47ebb07a4036a5ed2204b63e030d")', secret: 'fc-f9cf47ebb07a4036a5ed2204b63e030d' },
      ],
      negative: ['FIRECRAWL_API_KEY="fc-your-api-key-here"', 'FIRECRAWL_API_KEY="fc-xxx"'],
    },
  }),
];

import { defineRule, ROTATE } from '../lib/define.ts';

// Tavily API keys: tvly- (now tvly-dev- / tvly-prod-) + 32 alphanumerics.
export default [
  defineRule({
    id: 'tavily-api-key',
    title: 'Tavily API key',
    severity: 'high',
    keywords: ['tvly-'],
    pattern: /(?<![A-Za-z0-9_-])(?<secret>tvly-(?:dev-|prod-)?[A-Za-z0-9]{32})(?![A-Za-z0-9_-])/,
    confidence: 'high',
    minEntropy: 3.8,
    remediation: `${ROTATE} Delete it at https://app.tavily.com (API Keys).`,
    examples: {
      positive: [
        { text: 'TAVILY_API_KEY=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', secret: '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' },
        { text: 'tavily = TavilyClient(api_key="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")', secret: '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' },
      ],
      negative: ['TAVILY_API_KEY="tvly-your-api-key"', 'os.environ["TAVILY_API_KEY"] = "tvly-test-key-12345"'],
    },
  }),
];

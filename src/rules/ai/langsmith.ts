import { defineRule, ROTATE } from '../lib/define.ts';

// LangSmith (LangChain) keys: lsv2_pt_ (personal access token) or lsv2_sk_ (service key),
// then 32 hex, an underscore and 10 hex.
const rule = (kind: 'pt' | 'sk', id: string, title: string, positive: [string, string][]) =>
  defineRule({
    id,
    title,
    severity: 'high',
    keywords: [`lsv2_${kind}_`],
    pattern: new RegExp(`(?<![A-Za-z0-9_])(?<secret>lsv2_${kind}_[a-f0-9]{32}_[a-f0-9]{10})(?![A-Za-z0-9_])`),
    confidence: 'high',
    remediation: `${ROTATE} Delete it at https://smith.langchain.com/settings (API Keys).`,
    examples: {
      positive: positive.map(([text, secret]) => ({ text, secret })),
      negative: [`LANGSMITH_API_KEY=lsv2_${kind}_...`, `LANGCHAIN_API_KEY="lsv2_${kind}_d9620e3ae9b63ebd38395ecaedd21bd2"`],
    },
  });

export default [
  rule('pt', 'langsmith-personal-token', 'LangSmith personal access token', [
    ['LANGSMITH_API_KEY=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', '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'],
    ['os.environ["LANGCHAIN_API_KEY"] = "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"', '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'],
  ]),
  rule('sk', 'langsmith-service-key', 'LangSmith service key', [
    ['LANGSMITH_API_KEY=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', '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'],
    ['langsmith:\n  api_key: "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"', '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'],
  ]),
];

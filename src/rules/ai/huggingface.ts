import { defineRule, ROTATE } from '../lib/define.ts';

// Hugging Face user access tokens: hf_ + 34 ASCII letters. Deprecated organization API tokens:
// api_org_ + 34 letters. No checksum; the short prefix keeps them at medium confidence.
const REVOKE = `${ROTATE} Invalidate it at https://huggingface.co/settings/tokens.`;

export default [
  defineRule({
    id: 'huggingface-access-token',
    title: 'Hugging Face access token',
    severity: 'high',
    keywords: ['hf_'],
    pattern: /(?<![A-Za-z0-9_])(?<secret>hf_[A-Za-z]{34})(?![A-Za-z0-9_])/,
    confidence: 'medium',
    minEntropy: 3.7,
    remediation: REVOKE,
    examples: {
      positive: [
        { text: 'HF_TOKEN=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', secret: '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' },
        { text: 'login(token="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")', secret: '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' },
      ],
      negative: [
        'HF_TOKEN=hf_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
        'HF_TOKEN=hf_NKKfCctHFyCJacCzHFPI',
        'def hf_loadPretrainedTokenizerFromTheHub(): pass',
      ],
    },
  }),
  defineRule({
    id: 'huggingface-org-token',
    title: 'Hugging Face organization API token',
    severity: 'high',
    keywords: ['api_org_'],
    pattern: /(?<![A-Za-z0-9_])(?<secret>api_org_[A-Za-z]{34})(?![A-Za-z0-9_])/,
    confidence: 'medium',
    minEntropy: 3.7,
    remediation: REVOKE,
    examples: {
      positive: [
        { text: 'HUGGINGFACE_ORG_TOKEN=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', secret: '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' },
        { text: "use_auth_token='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'", secret: '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' },
      ],
      negative: ['token = "api_org_XLLbodEhDLlS"', 'api_org_Jov6Giqb3cK1Sn0Cdm3YS2QnNvS3eEQZ0B1'],
    },
  }),
];

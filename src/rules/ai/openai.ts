import { defineRule, ROTATE } from '../lib/define.ts';
import type { ContentRule } from '../../engine/types.ts';

// OpenAI secret keys all carry `T3BlbkFJ` (base64 of "OpenAI") between two random runs.
// Legacy user keys: sk- + 20 + T3BlbkFJ + 20 alphanumerics (early project keys put the project
// name after sk-). Current keys: sk-proj- / sk-svcacct- / sk-admin- / sk-None- then a
// base64url body of 48 to ~160 characters with the marker in the middle. The marker is the
// offline proof: a prefixed key without it is kept at low confidence.

const MARKER = 'T3BlbkFJ';
const REVOKE = `${ROTATE} Revoke it at https://platform.openai.com/api-keys (admin keys: https://platform.openai.com/settings/organization/admin-keys).`;

function markerInBody(body: string): boolean | undefined {
  const at = body.indexOf(MARKER);
  return at >= 20 && body.length - at - MARKER.length >= 20 ? true : undefined;
}

const prefixed = (
  kind: string, id: string, title: string, severity: ContentRule['severity'],
  positive: ContentRule['examples']['positive'], negative: string[],
) =>
  defineRule({
    id,
    title,
    severity,
    keywords: [`sk-${kind.toLowerCase()}-`],
    pattern: new RegExp(`(?<![A-Za-z0-9_-])(?<secret>sk-${kind}-[A-Za-z0-9_-]{40,220})(?![A-Za-z0-9_-])`),
    validate: (secret) => markerInBody(secret.slice(kind.length + 4)),
    confidence: 'low',
    minEntropy: 4,
    remediation: REVOKE,
    examples: { positive, negative },
  });

export default [
  defineRule({
    id: 'openai-api-key',
    title: 'OpenAI API key (user key)',
    severity: 'high',
    keywords: ['t3blbkfj'],
    pattern:
      /(?<![A-Za-z0-9_-])(?<secret>sk-(?!(?:proj|svcacct|admin|None)-)(?:[A-Za-z0-9_-]{1,40}-)?[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20})(?![A-Za-z0-9_-])/,
    // The pattern requires the marker: every match is structurally an OpenAI key.
    confidence: 'high',
    remediation: REVOKE,
    examples: {
      positive: [
        { text: 'OPENAI_API_KEY=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', secret: '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' },
        { text: 'openai.api_key = "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"', secret: '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' },
        { text: '"apiKey": "sk-webshop-OrfJH0kcFIVxhD5q4BVpT3BlbkFJoXZUM4BmAis8rKmI05iS"', secret: 'sk-webshop-OrfJH0kcFIVxhD5q4BVpT3BlbkFJoXZUM4BmAis8rKmI05iS' },
      ],
      negative: [
        'OPENAI_API_KEY=sk-ihZd4UX9TucrtLpdb6cNGhj2Hszciga9ZfMmenM8SHqg7y4p',
        'key = "sk-4Krtr21QpSqg2pTs4WTT3BlbkFJhc8UU5i946uqoW17NK2U"',
        'tsk-ITaxEYpV8pSHxKIpLan0T3BlbkFJt3LPWh4D0wrzwN2A9Cgh',
      ],
    },
  }),
  prefixed('proj', 'openai-project-key', 'OpenAI project API key', 'high', [
    { text: 'OPENAI_API_KEY=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', secret: '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' },
    { text: 'client = OpenAI(api_key="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")', secret: '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' },
  ], [
    'OPENAI_API_KEY=sk-proj-abcDEF1234567890',
    'OPENAI_API_KEY=sk-proj-...',
    'const key = `sk-proj-${process.env.OPENAI_SUFFIX}`',
  ]),
  prefixed('svcacct', 'openai-service-account-key', 'OpenAI service account API key', 'high', [
    { text: 'openai:\n  api_key: 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\n', secret: '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' },
    { text: "const apiKey = 'sk-svcacct-gm8pgGf86wt7jhuu7QtNT3BlbkFJmVPkCQivCVEFegBfvc0n';", secret: 'sk-svcacct-gm8pgGf86wt7jhuu7QtNT3BlbkFJmVPkCQivCVEFegBfvc0n' },
  ], [
    'OPENAI_API_KEY=sk-svcacct-your-service-account-key-goes-right-here-now',
    'if key.startswith("sk-svcacct-"): kind = "service"',
  ]),
  prefixed('admin', 'openai-admin-key', 'OpenAI admin API key', 'critical', [
    { text: 'OPENAI_ADMIN_KEY="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"', secret: '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' },
    { text: 'headers = {"Authorization": "Bearer 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"}', secret: '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' },
  ], [
    'OPENAI_ADMIN_KEY=sk-admin-MZL2PUhkwX4h4L3kiRXFXBKIADPieV',
    'SecureField("Admin key (sk-admin-...)", text: $key)',
  ]),
  prefixed('None', 'openai-user-key', 'OpenAI user API key (sk-None-)', 'high', [
    { text: 'export OPENAI_API_KEY=sk-None-6El6uQTn1wKx1tMqJLSJlnQffikB4Pw6UdOcOKqBW7Y3lP47PLNxLcySBGT3BlbkFJbIxzlnPYmGA8gK0Mdu86cx8m8aUIGTEwi-jXDCQ-b-VQ8B4NPcfkqgOa8w', secret: 'sk-None-6El6uQTn1wKx1tMqJLSJlnQffikB4Pw6UdOcOKqBW7Y3lP47PLNxLcySBGT3BlbkFJbIxzlnPYmGA8gK0Mdu86cx8m8aUIGTEwi-jXDCQ-b-VQ8B4NPcfkqgOa8w' },
    { text: '{"openai_key": "sk-None-AXTvasjQkdudSqgBTpoRT3BlbkFJeEI3ShEFxRahD2KC15D1"}', secret: 'sk-None-AXTvasjQkdudSqgBTpoRT3BlbkFJeEI3ShEFxRahD2KC15D1' },
  ], [
    "const validPrefixes = ['sk-proj-', 'sk-None-', 'sk-svcacct-'];",
    'OPENAI_API_KEY=sk-None-7vFTmoYdVOCv',
  ]),
];

import { defineRule, ROTATE } from '../lib/define.ts';

// Confluent Cloud API secrets are 64 base64 characters with no prefix (the key beside them is
// 16 upper-case characters): taken next to a Confluent / SASL password name.
export default [
  defineRule({
    id: 'confluent-api-secret',
    title: 'Confluent Cloud API secret',
    severity: 'high',
    keywords: ['confluent'],
    pattern: /confluent[\w.-]{0,30}?["']?\s{0,5}(?:=>|:=|=|:)\s{0,5}["']?(?<secret>[A-Za-z0-9+/]{64})(?![A-Za-z0-9+/=])/i,
    minEntropy: 4.5,
    confidence: 'medium',
    remediation: `${ROTATE} Delete the API key in Confluent Cloud under API keys.`,
    examples: {
      positive: [
        { text: 'CONFLUENT_CLOUD_API_SECRET=PsvU9pCpVkGEik5xL1TRt9ANHEghmqqYp3Qzg5aaHhUPn9veZznQbSssdypVZWZL', secret: 'PsvU9pCpVkGEik5xL1TRt9ANHEghmqqYp3Qzg5aaHhUPn9veZznQbSssdypVZWZL' },
        { text: 'confluent_secret: "UHoXn4+dgOhu0quKFOQ+t+41nE2Yx2DMPOe2QrhuiBOHKr3YdrwgeVgsi6BN8r3v"', secret: 'UHoXn4+dgOhu0quKFOQ+t+41nE2Yx2DMPOe2QrhuiBOHKr3YdrwgeVgsi6BN8r3v' },
      ],
      negative: ['CONFLUENT_CLOUD_API_KEY=BRUDSBYWWVCSAEUW', 'CONFLUENT_CLOUD_API_SECRET=${CONFLUENT_SECRET}'],
    },
  }),
];

import { defineRule, ROTATE } from '../lib/define.ts';
import { namedValue } from '../lib/context.ts';

// Pinecone: current keys are pcsk_ + a short key id + _ + 63 alphanumerics; keys issued before
// the pcsk_ format are random UUIDs, recognisable only by the name next to them.
const REVOKE = `${ROTATE} Delete it in the Pinecone console (https://app.pinecone.io, API Keys).`;

export default [
  defineRule({
    id: 'pinecone-api-key',
    title: 'Pinecone API key',
    severity: 'high',
    keywords: ['pcsk_'],
    pattern: /(?<![A-Za-z0-9_])(?<secret>pcsk_[A-Za-z0-9]{4,8}_[A-Za-z0-9]{58,68})(?![A-Za-z0-9_])/,
    confidence: 'high',
    minEntropy: 4,
    remediation: REVOKE,
    examples: {
      positive: [
        { text: 'PINECONE_API_KEY=pcsk_ieGsNl_C2u6lIIqsFXSCwMhcsQ5HMhrXshGEvx70Caa2Uqx0hDsdjhXWvCwRbMagfqb0xj', secret: 'pcsk_ieGsNl_C2u6lIIqsFXSCwMhcsQ5HMhrXshGEvx70Caa2Uqx0hDsdjhXWvCwRbMagfqb0xj' },
        { text: "const pc = new Pinecone({ apiKey: 'pcsk_agwXys_jqpBhuLfXZ9EkiIewLRpXWwSOH6OUo5BXIdvu1nBohwdRD4kbbRKJ4hSTYbuwig' });", secret: 'pcsk_agwXys_jqpBhuLfXZ9EkiIewLRpXWwSOH6OUo5BXIdvu1nBohwdRD4kbbRKJ4hSTYbuwig' },
      ],
      negative: ['PINECONE_API_KEY=pcsk_...', 'PINECONE_API_KEY=pcsk_auvwfR_jWCgnh4dsBKHt5FyFZp0qLMdawvO2N'],
    },
  }),
  defineRule({
    id: 'pinecone-legacy-api-key',
    title: 'Pinecone API key (legacy UUID)',
    severity: 'high',
    keywords: ['pinecone'],
    pattern: namedValue('pinecone', '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}'),
    remediation: REVOKE,
    examples: {
      positive: [
        { text: 'PINECONE_API_KEY=b0b23366-87fd-4e84-bff5-578635ec230e', secret: 'b0b23366-87fd-4e84-bff5-578635ec230e' },
        { text: 'pinecone.init(api_key="18f2ad84-aae2-47b6-92b3-4265148bc3fa", environment="us-west1-gcp")', secret: '18f2ad84-aae2-47b6-92b3-4265148bc3fa' },
      ],
      negative: ['PINECONE_API_KEY=00000000-0000-0000-0000-000000000000', 'PINECONE_PROJECT_ID=aefe9c58-0097-4664-911a-1070e2b8b3d7', 'PINECONE_INDEX=e14e3476-a9ae-4abe-ae49-b724cc792ce9-index'],
    },
  }),
];

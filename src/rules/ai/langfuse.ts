import { defineRule, ROTATE } from '../lib/define.ts';
import { isUuidV4 } from '../lib/encoding.ts';

// Langfuse secret keys: sk-lf- + a random (v4) UUID. The pk-lf- public key is not a secret.
export default [
  defineRule({
    id: 'langfuse-secret-key',
    title: 'Langfuse secret key',
    severity: 'high',
    keywords: ['sk-lf-'],
    pattern: /(?<![A-Za-z0-9_-])(?<secret>sk-lf-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![A-Za-z0-9_-])/,
    validate: (secret) => (isUuidV4(secret.slice(6)) ? true : undefined),
    remediation: `${ROTATE} Delete the key pair in the Langfuse project settings (API Keys).`,
    examples: {
      positive: [
        { text: 'LANGFUSE_SECRET_KEY="sk-lf-2fc04de5-e9af-409c-b0ca-420c62a103ca"', secret: 'sk-lf-2fc04de5-e9af-409c-b0ca-420c62a103ca' },
        { text: 'langfuse = Langfuse(public_key="pk-lf-9419da49-62c1-4a55-adaf-cc0f82b1419c", secret_key="sk-lf-22f3604e-78e9-461f-b73d-dafc62766975")', secret: 'sk-lf-22f3604e-78e9-461f-b73d-dafc62766975' },
      ],
      negative: ['LANGFUSE_PUBLIC_KEY="pk-lf-2b4d2ea8-639a-41d5-9b97-61ff89992b42"', 'LANGFUSE_SECRET_KEY="sk-lf-XXXXXXXXXXXXXXXXXXXXXXXX"'],
    },
  }),
];

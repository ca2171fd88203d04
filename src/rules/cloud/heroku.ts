import { defineRule, ROTATE } from '../lib/define.ts';
import { assignment } from '../lib/context.ts';
import { UUID } from '../lib/encoding.ts';

// Heroku API keys: the current format is HRKU-AA + 58 base64url characters (some tokens are
// HRKU- + a UUID); the legacy key is a bare UUID, taken only next to a Heroku name.
export default [
  defineRule({
    id: 'heroku-api-key',
    title: 'Heroku API key',
    severity: 'critical',
    keywords: ['hrku-'],
    pattern: new RegExp(`(?<![A-Za-z0-9_-])(?<secret>HRKU-(?:AA[A-Za-z0-9_-]{58}|${UUID}))(?![A-Za-z0-9_-])`),
    confidence: 'high',
    remediation: `${ROTATE} Regenerate the API key under Account settings (or \`heroku authorizations:revoke\`).`,
    examples: {
      positive: [
        { text: 'HEROKU_API_KEY=HRKU-AADG3QpUVALDALKMKH-m8Fsno8WalP3s9bRbrMsmXyKnUet6N643pFUcv1i3', secret: 'HRKU-AADG3QpUVALDALKMKH-m8Fsno8WalP3s9bRbrMsmXyKnUet6N643pFUcv1i3' },
        { text: 'heroku: { apiKey: "HRKU-66b55baf-9c06-4507-9eb6-6a304f45e6fc" }', secret: 'HRKU-66b55baf-9c06-4507-9eb6-6a304f45e6fc' },
      ],
      negative: ['HEROKU_API_KEY=HRKU-AAKXKs....', 'HRKU-AA4V4BWqN3CAFMrIMekxKwDUAwwwJLMj9wgyveRDFF', 'HRKU-d41f0bf9-ab44-45a9-bb0f-80b23c64c866-extra'],
    },
  }),
  defineRule({
    id: 'heroku-api-key-legacy',
    title: 'Heroku API key (legacy UUID)',
    severity: 'critical',
    keywords: ['heroku'],
    pattern: new RegExp(assignment({ names: ['heroku'], labels: ['key', 'token', 'secret', 'password'], value: UUID, edge: 'A-Za-z0-9-' })),
    minEntropy: 3,
    remediation: `${ROTATE} Regenerate the API key under Account settings (or \`heroku authorizations:revoke\`).`,
    examples: {
      positive: [
        { text: 'HEROKU_API_KEY=45ffebb2-2f1e-4676-9a16-6461a5af6a59', secret: '45ffebb2-2f1e-4676-9a16-6461a5af6a59' },
        { text: '"heroku_token": "b889201a-5800-4336-bf68-17346d0021e7"', secret: 'b889201a-5800-4336-bf68-17346d0021e7' },
      ],
      negative: ['HEROKU_APP_ID=fa5a6305-cd38-4236-910f-83bfb90035fe', 'heroku_api_key: 00000000-0000-0000-0000-000000000000', 'release_id = "c65e0104-6f5f-403f-a263-d491c4945a43"'],
    },
  }),
];

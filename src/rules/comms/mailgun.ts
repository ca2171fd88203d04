import { defineRule, ROTATE } from '../lib/define.ts';

// Mailgun private API keys: key- + 32 hex (the original format, still common) or, for keys
// created since 2021, 32 hex - 8 hex - 8 hex. The newer shape has no prefix, so Mailgun must be
// on the line. pubkey- keys are public validation keys and are not reported.
const REVOKE = `${ROTATE} Delete it at https://app.mailgun.com/settings/api_security.`;

export default [
  defineRule({
    id: 'mailgun-api-key',
    title: 'Mailgun API key',
    severity: 'high',
    keywords: ['key-'],
    pattern: /(?<![A-Za-z0-9_-])(?<secret>key-[a-f0-9]{32})(?![A-Za-z0-9_-])/,
    confidence: 'medium',
    minEntropy: 2.9,
    remediation: REVOKE,
    examples: {
      positive: [
        { text: 'MAILGUN_API_KEY=key-f44a4ce935633ada9b2d5aec396f1b4b', secret: 'key-f44a4ce935633ada9b2d5aec396f1b4b' },
        { text: 'auth=("api", "key-23bdc19bc0ebf7c5c859c6308d2858eb")', secret: 'key-23bdc19bc0ebf7c5c859c6308d2858eb' },
      ],
      negative: ['MAILGUN_PUBLIC_KEY=pubkey-4196d3293137a86348c4b5424a62bfab', 'MAILGUN_API_KEY=key-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'ssh-key-5b95c158a96a4328b0941fb0014bf62f'],
    },
  }),
  defineRule({
    id: 'mailgun-private-key',
    title: 'Mailgun API key (2021+ format)',
    severity: 'high',
    keywords: ['mailgun'],
    pattern: /(?<![A-Za-z0-9_-])(?<secret>[a-f0-9]{32}-[a-f0-9]{8}-[a-f0-9]{8})(?![A-Za-z0-9_-])/,
    confidence: 'medium',
    minEntropy: 3.2,
    remediation: REVOKE,
    examples: {
      positive: [
        { text: 'MAILGUN_API_KEY=60ddeaf8b3106566b9d4c4f5a9a26fcc-1d3d25ab-5456bae8', secret: '60ddeaf8b3106566b9d4c4f5a9a26fcc-1d3d25ab-5456bae8' },
        { text: "const mg = mailgun.client({ username: 'api', key: '3d60e839a5f5294fd1347dcb73981eff-f7f88cbb-ab12d17b' });", secret: '3d60e839a5f5294fd1347dcb73981eff-f7f88cbb-ab12d17b' },
      ],
      negative: ['MAILGUN_DOMAIN=mg.6deejqve.com', 'MAILGUN_API_KEY=63f75db92a72f435ba1e14f7be11f539-ed004123'],
    },
  }),
];

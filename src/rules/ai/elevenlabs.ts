import { defineRule, ROTATE } from '../lib/define.ts';
import { namedValue } from '../lib/context.ts';

// ElevenLabs API keys: sk_ + 48 lowercase hex (current) or 32 hex with no prefix (older keys).
// sk_ is shared with other vendors, so both need ElevenLabs on the line (the product name or
// its xi-api-key header).
const REVOKE = `${ROTATE} Delete it at https://elevenlabs.io/app/settings/api-keys.`;

export default [
  defineRule({
    id: 'elevenlabs-api-key',
    title: 'ElevenLabs API key',
    severity: 'high',
    keywords: ['elevenlabs', 'eleven_labs', 'xi-api-key', 'xi_api_key'],
    pattern: /(?<![A-Za-z0-9_-])(?<secret>sk_[a-f0-9]{48})(?![A-Za-z0-9_-])/,
    confidence: 'medium',
    minEntropy: 3.1,
    remediation: REVOKE,
    examples: {
      positive: [
        { text: 'ELEVENLABS_API_KEY=sk_ad120c1ca793efe393792dea36b2722baa4b674c2f6c6e2d', secret: 'sk_ad120c1ca793efe393792dea36b2722baa4b674c2f6c6e2d' },
        { text: "headers = {'xi-api-key': 'sk_83368de7091bb96d9921f9fa5883a8d2fb2017db9c7904d8'}", secret: 'sk_83368de7091bb96d9921f9fa5883a8d2fb2017db9c7904d8' },
        { text: 'client = ElevenLabs(api_key="sk_1554e1f0597ae874a73fbb9bbefc5bd2e52da4175cbe9ec2")', secret: 'sk_1554e1f0597ae874a73fbb9bbefc5bd2e52da4175cbe9ec2' },
      ],
      negative: ['ELEVENLABS_API_KEY=sk_...', 'STRIPE_KEY=sk_b5695c8fab680c8f9d26650d5fb94438371a58bfd47e0fbb', 'ELEVENLABS_API_KEY=sk_d4af90089d111fa32ef3aa6c66d6a18bc415d4d9'],
    },
  }),
  defineRule({
    id: 'elevenlabs-legacy-api-key',
    title: 'ElevenLabs API key (legacy hex)',
    severity: 'high',
    keywords: ['elevenlabs', 'eleven_labs', 'xi-api-key', 'xi_api_key'],
    pattern: namedValue('eleven_?labs|xi[-_]api[-_]', '[a-f0-9]{32}'),
    minEntropy: 2.9,
    remediation: REVOKE,
    examples: {
      positive: [
        { text: 'ELEVENLABS_API_KEY="244ce87727969b6d73801cb29e4d874a"', secret: '244ce87727969b6d73801cb29e4d874a' },
        { text: '"xi-api-key": "601b78e8a282f0ffb0f82dd209e26c50"', secret: '601b78e8a282f0ffb0f82dd209e26c50' },
      ],
      negative: ['ELEVENLABS_VOICE_ID=21m00Tcm4TlvDq8ikWAM', 'ELEVENLABS_API_KEY=522cbf29cf04b6cdf5b69b6b5fb8f4d84eea0b3dc30591cae976271dea56aafe'],
    },
  }),
];

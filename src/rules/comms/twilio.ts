import { defineRule, ROTATE } from '../lib/define.ts';
import { namedValue } from '../lib/context.ts';

// Twilio: API key SIDs are SK + 32 hex and pair with a 32-character API key secret; the
// account's auth token is 32 hex. Account SIDs (AC...) identify an account and are not
// secrets on their own, so no rule reports them. Secrets and tokens have no prefix and need
// the Twilio name next to them.
const REVOKE = `${ROTATE} Delete the key (or rotate the auth token) in the Twilio Console (https://console.twilio.com, API keys & tokens).`;

export default [
  defineRule({
    id: 'twilio-api-key',
    title: 'Twilio API key SID',
    severity: 'medium',
    // SK and its first hex digit, not SK alone: "sk" is in task, mask, disk and desk, and was
    // four in five keyword hits on a tree of C headers.
    keywords: [...'0123456789abcdef'].map((h) => `sk${h}`),
    pattern: /(?<![A-Za-z0-9_-])(?<secret>SK[0-9a-f]{32})(?![A-Za-z0-9_-])/,
    confidence: 'medium',
    minEntropy: 2.9,
    remediation: REVOKE,
    examples: {
      positive: [
        { text: 'TWILIO_API_KEY=SK89dcfe7be55ef88758e80e5162b2695e', secret: 'SK89dcfe7be55ef88758e80e5162b2695e' },
        { text: "client = Client('SKfc044c6e6a51838f2036bf04dac93efa', api_secret, account_sid)", secret: 'SKfc044c6e6a51838f2036bf04dac93efa' },
      ],
      negative: ['TWILIO_API_KEY=SKxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'TWILIO_ACCOUNT_SID=AC2d627978eb1989a1b24656c43cb4a66d', 'sku = "SK63DF16E2F18B00118B2B346D870FC128"'],
    },
  }),
  defineRule({
    id: 'twilio-auth-token',
    title: 'Twilio auth token',
    severity: 'critical',
    keywords: ['twilio'],
    pattern: namedValue('twilio', '[a-f0-9]{32}', { word: '(?:auth[_.-]?)?token' }),
    minEntropy: 2.9,
    remediation: REVOKE,
    examples: {
      positive: [
        { text: 'TWILIO_AUTH_TOKEN=4435e429e44ccbfcb1a641b2d857040c', secret: '4435e429e44ccbfcb1a641b2d857040c' },
        { text: 'twilio:\n  twilio_auth_token: "9167ec8ea2b00e0028ef6b5291bfeb50"', secret: '9167ec8ea2b00e0028ef6b5291bfeb50' },
        { text: '"twilioAuthToken": "b92d09fb046fa55d16dccac679bfbaf9",', secret: 'b92d09fb046fa55d16dccac679bfbaf9' },
      ],
      negative: ['TWILIO_AUTH_TOKEN="xxxx"', 'TWILIO_ACCOUNT_SID=ACac7e1202d335d1a5308e891af1c01192', 'TWILIO_AUTH_TOKEN=your_auth_token_32_characters_ok'],
    },
  }),
  defineRule({
    id: 'twilio-api-secret',
    title: 'Twilio API key secret',
    severity: 'critical',
    keywords: ['twilio'],
    pattern: namedValue('twilio', '[A-Za-z0-9]{32}', { word: '(?:api[_.-]?)?(?:key[_.-]?)?secret' }),
    minEntropy: 3.8,
    remediation: REVOKE,
    examples: {
      positive: [
        { text: 'TWILIO_API_SECRET=7E6TAfAVcvNo8ijtkHIX3wY1ioRnhRJH', secret: '7E6TAfAVcvNo8ijtkHIX3wY1ioRnhRJH' },
        { text: 'twilio_api_key_secret: "498XdO37q866C4yqZU4rNN9t7ZN2D8r0"', secret: '498XdO37q866C4yqZU4rNN9t7ZN2D8r0' },
      ],
      negative: ['TWILIO_API_SECRET=${TWILIO_API_SECRET}', 'TWILIO_API_SECRET=dCxRgYfSq9bCEzS44neKzChg'],
    },
  }),
];

import { defineRule, ROTATE } from '../lib/define.ts';

// Flutterwave secret keys: FLWSECK- (live) or FLWSECK_TEST- + 32 hex + -X. Public keys
// (FLWPUBK) are not secrets.
export default [
  defineRule({
    id: 'flutterwave-secret-key',
    title: 'Flutterwave secret key',
    severity: 'critical',
    keywords: ['flwseck'],
    pattern: /(?<![A-Za-z0-9_-])(?<secret>FLWSECK(?:_TEST)?-[a-f0-9]{32}-X)(?![A-Za-z0-9_-])/,
    confidence: 'high',
    minEntropy: 3.0,
    remediation: `${ROTATE} Generate new API keys in the Flutterwave dashboard (Settings, API Keys).`,
    examples: {
      positive: [
        { text: 'FLW_SECRET_KEY=FLWSECK-de2c2925321e8d0392104a7fbe7326e9-X', secret: 'FLWSECK-de2c2925321e8d0392104a7fbe7326e9-X' },
        { text: "const flw = new Flutterwave(PUBLIC_KEY, 'FLWSECK_TEST-613a42c3e7462314c7521112136ef1f6-X');", secret: 'FLWSECK_TEST-613a42c3e7462314c7521112136ef1f6-X' },
      ],
      negative: ['FLW_PUBLIC_KEY=FLWPUBK-bcddc186d79170cd5c206ede57598172-X', 'FLW_SECRET_KEY=FLWSECK_TEST-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx-X'],
    },
  }),
];

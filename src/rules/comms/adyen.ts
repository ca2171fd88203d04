import { defineRule, ROTATE } from '../lib/define.ts';
import { decodeCanonicalBase64, isBase64OfLength } from '../lib/encoding.ts';

// Adyen API keys (web service user credentials): AQE + base64 (the encrypted merchant
// reference, `==`-padded) - base64 of a 32-byte key (44 characters with `=`) - a short run of
// printable characters. The two base64 parts must be canonical, the second exactly 32 bytes:
// anything else was not issued by Adyen and is dropped.
export default [
  defineRule({
    id: 'adyen-api-key',
    title: 'Adyen API key',
    severity: 'critical',
    keywords: ['aqe'],
    pattern:
      /(?<![A-Za-z0-9+/])(?<secret>(?<head>AQE[A-Za-z0-9+/]{40,120}={0,2})-(?<key>[A-Za-z0-9+/]{43}=)-[!#-&(-_a-~]{8,32})/,
    validate: (_secret, g) =>
      decodeCanonicalBase64(g.head ?? '', 'std') !== undefined && isBase64OfLength(g.key ?? '', 32, 'std'),
    // The random tail may hold any printable character (even < or >), and the decoding above
    // is a stricter test than the placeholder filter.
    skipPlaceholderFilter: true,
    remediation: `${ROTATE} Generate a new key for the API credential in the Adyen Customer Area (Developers, API credentials).`,
    examples: {
      positive: [
        { text: 'ADYEN_API_KEY=AQElQekDoXLOouAZaFsaY3bgB04tPHV4lbuMdUYLLldaLZO8ZvfH0jz9WOLWWBwGmaUkWdyMQQ==-gz9Dvo+J8hUbP7kvlMdVOhIHkNZwgK/zcvUu8oe6TTo=-YGXmtwd7T69LhILP', secret: 'AQElQekDoXLOouAZaFsaY3bgB04tPHV4lbuMdUYLLldaLZO8ZvfH0jz9WOLWWBwGmaUkWdyMQQ==-gz9Dvo+J8hUbP7kvlMdVOhIHkNZwgK/zcvUu8oe6TTo=-YGXmtwd7T69LhILP' },
        { text: 'adyen.api_key = "AQEhkb/+0YuyInCCvpplLNRm6M1DUgmZftQfSk9M5GCF4j6ElXLUQOdet8yWAp0wIbCLQ3P9XQ==-YRjdjhEndYeS8/ZKTQukTJpLsZQu0jUAfglZzimK9JQ=-W+t727zDkpmT;s4%="', secret: 'AQEhkb/+0YuyInCCvpplLNRm6M1DUgmZftQfSk9M5GCF4j6ElXLUQOdet8yWAp0wIbCLQ3P9XQ==-YRjdjhEndYeS8/ZKTQukTJpLsZQu0jUAfglZzimK9JQ=-W+t727zDkpmT;s4%=' },
      ],
      negative: ['ADYEN_API_KEY=AQE...', 'ADYEN_API_KEY=AQEyhmfxK4rPaBxLw0m...  # Votre clé API Live'],
    },
  }),
];

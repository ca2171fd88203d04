import { defineRule, ROTATE } from '../lib/define.ts';
import { namedValue } from '../lib/context.ts';

// Lob secret API keys: live_ / test_ + 35 hex. Publishable keys carry _pub and are excluded by
// the shape; live_/test_ are common prefixes, so the Lob name must be next to the value.
export default [
  defineRule({
    id: 'lob-api-key',
    title: 'Lob secret API key',
    severity: 'high',
    keywords: ['lob'],
    pattern: namedValue('lob', '(?:live|test)_[a-f0-9]{35}', { wordStart: true }),
    minEntropy: 2.9,
    remediation: `${ROTATE} Rotate it in the Lob dashboard under Settings, API Keys.`,
    examples: {
      positive: [
        { text: 'LOB_API_KEY=live_1003bc5fa2c8cc5b35108b495d56b22bd0a', secret: 'live_1003bc5fa2c8cc5b35108b495d56b22bd0a' },
        { text: "const lob = Lob('test_f84c369722c650292671a555ea7836e8729');", secret: 'test_f84c369722c650292671a555ea7836e8729' },
      ],
      negative: ['CLOB_API_KEY=live_57e743c197db6cd25a5074e9be7949bbc81', 'LOB_PUBLISHABLE_KEY=live_pub_507637db685e1804c752135c4fc620ef', 'BLOB_KEY=test_c06705421a01a5b9910ef684bf563d0a4f6'],
    },
  }),
];

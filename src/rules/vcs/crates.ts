import { defineRule, ROTATE } from '../lib/define.ts';

// crates.io API tokens: "cio" + 32 alphanumerics. The prefix is short, so the token must stand
// alone and look random.
export default [
  defineRule({
    id: 'crates-io-token',
    title: 'crates.io API token',
    severity: 'critical',
    keywords: ['cio'],
    pattern: /(?<![A-Za-z0-9_+/-])(?<secret>cio[A-Za-z0-9]{32})(?![A-Za-z0-9_+/=-])/,
    minEntropy: 4,
    remediation: `${ROTATE} Revoke it under Account Settings > API Tokens on crates.io, then check the crates it could publish.`,
    examples: {
      positive: [
        { text: '[registry]\ntoken = "cioluCy76TWtmlPSvqa5GhL9ssdI09mb183"', secret: 'cioluCy76TWtmlPSvqa5GhL9ssdI09mb183' },
        { text: 'CARGO_REGISTRY_TOKEN=cio4OMUgZJ5izM8kEqEZc5s6yTZdea5RTnp', secret: 'cio4OMUgZJ5izM8kEqEZc5s6yTZdea5RTnp' },
      ],
      negative: ['let precious_metal = 42;', 'CARGO_REGISTRY_TOKEN=cioXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX', 'speciofofJP3da4POBt8giUOfnoI75XtJg992g'],
    },
  }),
];

import { defineRule, ROTATE } from '../lib/define.ts';
import { assignment } from '../lib/context.ts';

// Travis CI API tokens: 22 URL-safe characters, taken next to a Travis name.
export default [
  defineRule({
    id: 'travis-ci-token',
    title: 'Travis CI API token',
    severity: 'high',
    keywords: ['travis'],
    pattern: new RegExp(assignment({ names: ['travis'], labels: ['token', 'key'], value: '[A-Za-z0-9_-]{22}', edge: 'A-Za-z0-9_-' })),
    minEntropy: 3.6,
    remediation: `${ROTATE} Regenerate it under Settings > API authentication on travis-ci.com.`,
    examples: {
      positive: [
        { text: 'TRAVIS_TOKEN=gitQG2849bG2hHvmoEhW3D', secret: 'gitQG2849bG2hHvmoEhW3D' },
        { text: 'travis_api_key: "vdhp4vj6u17kf7YlfE-Szb"', secret: 'vdhp4vj6u17kf7YlfE-Szb' },
      ],
      negative: ['TRAVIS_COMMIT=215ce01131309a0fd2fdc656f4907f1c7db59ca9', 'TRAVIS_TOKEN=${TRAVIS_TOKEN}', 'TRAVIS_JOB_ID=123456789'],
    },
  }),
];

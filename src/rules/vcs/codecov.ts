import { defineRule, ROTATE } from '../lib/define.ts';
import { assignment } from '../lib/context.ts';
import { UUID } from '../lib/encoding.ts';

// Codecov upload and API tokens are UUIDs, taken next to a Codecov name.
export default [
  defineRule({
    id: 'codecov-token',
    title: 'Codecov upload token',
    severity: 'medium',
    keywords: ['codecov'],
    pattern: new RegExp(assignment({ names: ['codecov'], labels: ['token'], value: UUID, edge: 'A-Za-z0-9-' })),
    minEntropy: 3,
    remediation: `${ROTATE} Regenerate it under the repository's Configuration > General in Codecov.`,
    examples: {
      positive: [
        { text: 'CODECOV_TOKEN=782de6da-6ec3-4d3a-a6cd-96b91ac76082', secret: '782de6da-6ec3-4d3a-a6cd-96b91ac76082' },
        { text: '      - uses: codecov/codecov-action@v4\n        with:\n          codecov_token: e1887711-27a4-4f2c-829c-da73864ad747', secret: 'e1887711-27a4-4f2c-829c-da73864ad747' },
      ],
      negative: ['CODECOV_TOKEN: ${{ secrets.CODECOV_TOKEN }}', 'codecov_commit_id=c9ac4873-11dc-474d-a383-86f2953551f7', 'CODECOV_TOKEN=<token>'],
    },
  }),
];

import { defineRule, ROTATE } from '../lib/define.ts';
import { assignment } from '../lib/context.ts';

// Linode (Akamai Cloud) personal access tokens: 64 hex characters, taken next to a Linode name.
export default [
  defineRule({
    id: 'linode-api-token',
    title: 'Linode API token',
    severity: 'critical',
    keywords: ['linode'],
    pattern: new RegExp(assignment({ names: ['linode'], value: '[a-f0-9]{64}' })),
    minEntropy: 3.5,
    remediation: `${ROTATE} Revoke it under My Profile > API Tokens in Cloud Manager.`,
    examples: {
      positive: [
        { text: 'LINODE_TOKEN=ffcf5dcc4c0fba21d19c5407d40727ae206e5075ffae83067df5b9f179e667e8', secret: 'ffcf5dcc4c0fba21d19c5407d40727ae206e5075ffae83067df5b9f179e667e8' },
        { text: 'export TF_VAR_linode_token="25bacd758f83b7a4fa11343fe2d195a611e32cbb7092ee5c4020a7bcfa0565af"', secret: '25bacd758f83b7a4fa11343fe2d195a611e32cbb7092ee5c4020a7bcfa0565af' },
      ],
      negative: ['LINODE_INSTANCE_TYPE=g6-standard-2', 'linode_instance_image_sha = "089E6421813F611CC6CD4517D9009BAE2A6A30538DE855BF8D3D809664B641E6z"', 'LINODE_TOKEN=${LINODE_TOKEN}'],
    },
  }),
];

import { defineRule, ROTATE } from '../lib/define.ts';
import { namedValue } from '../lib/context.ts';

// Weights & Biases API keys are 40 lowercase hex characters with no prefix (self-hosted
// servers prefix them with `local-`, which the pattern allows).
export default [
  defineRule({
    id: 'wandb-api-key',
    title: 'Weights & Biases API key',
    severity: 'high',
    keywords: ['wandb'],
    pattern: namedValue('wandb', '(?:local-)?[a-f0-9]{40}'),
    minEntropy: 3.0,
    remediation: `${ROTATE} Revoke it at https://wandb.ai/authorize (User settings, API keys).`,
    examples: {
      positive: [
        { text: 'WANDB_API_KEY=a03767ab888a8aaafb993e9da435ed878b7b7498', secret: 'a03767ab888a8aaafb993e9da435ed878b7b7498' },
        { text: 'wandb.login(key="f70f359424362c7c1a8c609b87f2a5d816ab93d5")', secret: 'f70f359424362c7c1a8c609b87f2a5d816ab93d5' },
        { text: 'WANDB_API_KEY: local-1f6274bb101c65a263529b38e303a588f446d33f', secret: 'local-1f6274bb101c65a263529b38e303a588f446d33f' },
      ],
      negative: ['WANDB_PROJECT=my-sweeps', 'wandb_run_id = "76b31408defa8f9902b7ed01b2c37c98"', 'WANDB_API_KEY=$WANDB_KEY', 'wandb_artifact_digest: 7caaa3ebd9ac44ae6d38e9079293544c66f0ca32'],
    },
  }),
];

import { defineRule, ROTATE } from '../lib/define.ts';
import { namedValue } from '../lib/context.ts';

// Clarifai personal access tokens and API keys are 32 lowercase hex characters, no prefix.
export default [
  defineRule({
    id: 'clarifai-pat',
    title: 'Clarifai personal access token',
    severity: 'high',
    keywords: ['clarifai'],
    pattern: namedValue('clarifai', '[a-f0-9]{32}'),
    minEntropy: 2.9,
    remediation: `${ROTATE} Delete it at https://clarifai.com/settings/security.`,
    examples: {
      positive: [
        { text: 'CLARIFAI_PAT=5935b9df965a59e3aded9b1f65ea001e', secret: '5935b9df965a59e3aded9b1f65ea001e' },
        { text: 'clarifai_api_key: "e35f116cecb1d4f5d661a68272dd9817"', secret: 'e35f116cecb1d4f5d661a68272dd9817' },
      ],
      negative: ['CLARIFAI_USER_ID=clarifai', 'CLARIFAI_MODEL_PATH=ba2e9d1509b86f6a842789d608320e34', 'CLARIFAI_PAT=87861b6271e7751e29efc62aabd370b'],
    },
  }),
];

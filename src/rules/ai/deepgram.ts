import { defineRule, ROTATE } from '../lib/define.ts';
import { namedValue } from '../lib/context.ts';

// Deepgram API keys are 40 lowercase hex characters with no prefix.
export default [
  defineRule({
    id: 'deepgram-api-key',
    title: 'Deepgram API key',
    severity: 'high',
    keywords: ['deepgram'],
    pattern: namedValue('deepgram', '[a-f0-9]{40}'),
    minEntropy: 3.0,
    remediation: `${ROTATE} Delete it in the Deepgram console (https://console.deepgram.com, API Keys).`,
    examples: {
      positive: [
        { text: 'DEEPGRAM_API_KEY=132cfd3b189be37c7613c25c810fbadd81ed5262', secret: '132cfd3b189be37c7613c25c810fbadd81ed5262' },
        { text: 'deepgram = DeepgramClient(api_key="5c69b8a17216e77a83f8fffac2240e942a7d31c9")', secret: '5c69b8a17216e77a83f8fffac2240e942a7d31c9' },
      ],
      negative: ['DEEPGRAM_API_KEY=your-deepgram-key', 'DEEPGRAM_MODEL=nova-2-general', 'deepgram_request_id = "ca8bb74f750d5e235e09f5e45fc478f45fbee27d"'],
    },
  }),
];

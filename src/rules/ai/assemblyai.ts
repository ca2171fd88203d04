import { defineRule, ROTATE } from '../lib/define.ts';
import { namedValue } from '../lib/context.ts';

// AssemblyAI API keys are 32 lowercase hex characters with no prefix.
export default [
  defineRule({
    id: 'assemblyai-api-key',
    title: 'AssemblyAI API key',
    severity: 'high',
    keywords: ['assemblyai', 'assembly_ai', 'aai.settings'],
    pattern: namedValue('assembly_?ai|aai\\.settings', '[a-f0-9]{32}'),
    minEntropy: 2.9,
    remediation: `${ROTATE} Rotate it in the AssemblyAI dashboard (https://www.assemblyai.com/app, API Keys).`,
    examples: {
      positive: [
        { text: 'ASSEMBLYAI_API_KEY=7e927a04cdc05e8dd92d6610e7d2b19d', secret: '7e927a04cdc05e8dd92d6610e7d2b19d' },
        { text: 'aai.settings.api_key = "7f7d5db11267c77b95614f85cd91473a"', secret: '7f7d5db11267c77b95614f85cd91473a' },
      ],
      negative: ['ASSEMBLYAI_API_KEY=${ASSEMBLYAI_API_KEY}', 'assemblyai_transcript_id = "710b0a07730162784ec929602ac2beecb7fcb3a1"'],
    },
  }),
];

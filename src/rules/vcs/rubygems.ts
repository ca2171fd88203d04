import { defineRule, ROTATE } from '../lib/define.ts';

// RubyGems.org API keys: rubygems_ + 48 hex.
export default [
  defineRule({
    id: 'rubygems-api-key',
    title: 'RubyGems API key',
    severity: 'critical',
    keywords: ['rubygems_'],
    pattern: /(?<![A-Za-z0-9_])(?<secret>rubygems_[a-f0-9]{48})(?![A-Za-z0-9_])/,
    confidence: 'high',
    remediation: `${ROTATE} Delete it under Settings > API keys on rubygems.org, then check the gems it could push.`,
    examples: {
      positive: [
        { text: '---\n:rubygems_api_key: rubygems_cc6531dbe0d093853254ec39ae5fc553e119f63862ceb6b1', secret: 'rubygems_cc6531dbe0d093853254ec39ae5fc553e119f63862ceb6b1' },
        { text: 'GEM_HOST_API_KEY=rubygems_8a0f26394ae94ab08dabc90dc6e7253e6f4bd7c6a50fcd38', secret: 'rubygems_8a0f26394ae94ab08dabc90dc6e7253e6f4bd7c6a50fcd38' },
      ],
      negative: [':rubygems_api_key: rubygems_...', 'rubygems_504d010f99e0b7fb1b1a1f9817d117214244dac7', 'rubygems_version = "3.5.0"'],
    },
  }),
];

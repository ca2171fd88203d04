import { defineRule, ROTATE } from '../lib/define.ts';
import { decodeBase64 } from '../lib/encoding.ts';

// JFrog Artifactory. API keys: AKCp + 69 base58 characters. Reference (access) tokens: 64
// base64 characters of "reftkn:01:<expiry>:<random>", so they start with cmVmdGtuOjAxOj.
// Full access tokens are JWTs and left to the JWT rule.
export default [
  defineRule({
    id: 'jfrog-api-key',
    title: 'JFrog Artifactory API key',
    severity: 'critical',
    keywords: ['akcp'],
    pattern: /(?<![A-Za-z0-9])(?<secret>AKCp[1-9A-HJ-NP-Za-km-z]{69})(?![A-Za-z0-9])/,
    confidence: 'high',
    minEntropy: 4,
    remediation: `${ROTATE} Revoke or regenerate the API key in the JFrog Platform (Edit Profile > API Key) and move to access tokens.`,
    examples: {
      positive: [
        { text: "curl -H 'X-JFrog-Art-Api: AKCpaUfP1KuprffAYdtbSHy2dCNtrhdYCMNbPTNbA7VEsgdn112yJ9jbgqd9m1QWwCVW6zex8' https://acme.jfrog.io/artifactory/api/repositories", secret: 'AKCpaUfP1KuprffAYdtbSHy2dCNtrhdYCMNbPTNbA7VEsgdn112yJ9jbgqd9m1QWwCVW6zex8' },
        { text: "password 'AKCp2naSAWcpwa8MCb6rdh68DmzwjaaNZ3hsraa3XK7hvaFeLaZ3qTKTRPY5dP9qJS7nHCMFY'", secret: 'AKCp2naSAWcpwa8MCb6rdh68DmzwjaaNZ3hsraa3XK7hvaFeLaZ3qTKTRPY5dP9qJS7nHCMFY' },
      ],
      negative: ['FAKE_ARTIFACTORY_KEY = "AKCp8k3Jd9sLx2mQw7vB4nH6tY1uZ0pR"', 'JFROG_API_KEY=AKCp8xyzSECRETVALUE', 'AKCpu6FxkeKGCUUEfdjD8VsZqMt826ZpVxYfyYpJFyGxZGMXhwz9VbE7bqp4FsZrnceYvNx6y0'],
    },
  }),
  defineRule({
    id: 'jfrog-reference-token',
    title: 'JFrog reference (access) token',
    severity: 'critical',
    keywords: ['cmvmdgtuojaxoj'],
    pattern: /(?<![A-Za-z0-9+/])(?<secret>cmVmdGtuOjAxOj[A-Za-z0-9+/]{50}={0,2})(?![A-Za-z0-9+/=])/,
    validate: (secret) => {
      const text = decodeBase64(secret)?.toString('latin1') ?? '';
      return /^reftkn:01:\d{1,12}:[\x21-\x7e]{8,}$/.test(text) ? true : undefined;
    },
    confidence: 'medium',
    remediation: `${ROTATE} Revoke the token under Administration > User Management > Access Tokens in the JFrog Platform.`,
    examples: {
      positive: [
        { text: 'JFROG_ACCESS_TOKEN=cmVmdGtuOjAxOjE5MTE3NTA0MTI6SUU5RlNTNzVuZk1XbU5oaWFiTnlhQjNoeGhT', secret: 'cmVmdGtuOjAxOjE5MTE3NTA0MTI6SUU5RlNTNzVuZk1XbU5oaWFiTnlhQjNoeGhT' },
        { text: 'jf rt ping --access-token=cmVmdGtuOjAxOjE5MDY1Njc4MzE6Vnp2eE9BRkhZZWZOSHNWYnBNaDhEOHFTcDRO', secret: 'cmVmdGtuOjAxOjE5MDY1Njc4MzE6Vnp2eE9BRkhZZWZOSHNWYnBNaDhEOHFTcDRO' },
      ],
      negative: ['JFROG_ACCESS_TOKEN=cmVmdGtuOjAxOj...', 'cmVmdGtuOjAxOjNH99k7R2nM1edl117WVl', 'xcmVmdGtuOjAxOjCvZp56nEclW4lzWJzNkN8CdrHghkzTHxtFcIIZaWF89bwn4cuY'],
    },
  }),
];

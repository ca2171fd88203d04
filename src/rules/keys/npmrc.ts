import { defineRule, ROTATE } from '../lib/define.ts';
import { decodeBase64Text } from '../lib/encoding.ts';
import { decodesToUserPass } from './docker-config.ts';

// .npmrc / .yarnrc credentials: `//registry/:_authToken=<token>`, `_auth=base64(user:pass)`,
// `_password=base64(password)`. Values from the environment (${NPM_TOKEN}) are not secrets.
// A registry-specific token rule (npm_, ghp_...) that validates its match wins the overlap on confidence.
const REMEDIATION = `${ROTATE} Revoke the token at the registry (npm: \`npm token revoke\`) and read it from the environment: _authToken=\${NPM_TOKEN}.`;

export default [
  defineRule({
    id: 'npmrc-auth-token',
    title: '.npmrc registry auth token',
    severity: 'critical',
    keywords: ['_authtoken', 'npmauthtoken'],
    pattern: /(?:_authToken|npmAuthToken)["']?\s{0,4}[=:]\s{0,4}["']?(?<secret>[A-Za-z0-9._~+/=:-]{16,512})(?![A-Za-z0-9._~+/=:-])/i,
    minEntropy: 3,
    confidence: 'medium',
    remediation: REMEDIATION,
    examples: {
      positive: [
        { text: '//npm.pkg.internal.corp/:_authToken=bf8f1893-4e4b-482b-a81a-443cb356246e', secret: 'bf8f1893-4e4b-482b-a81a-443cb356246e' },
        { text: 'registry=https://artifactory.corp/api/npm/npm/\n//artifactory.corp/api/npm/npm/:_authToken=GyRy2ymdKG4aOQG5y9hsqRsqRDkBwENZ_95gGYyiMdEIILhpRy-cmv_s7qIAvrDd', secret: 'GyRy2ymdKG4aOQG5y9hsqRsqRDkBwENZ_95gGYyiMdEIILhpRy-cmv_s7qIAvrDd' },
        { text: 'npmRegistries:\n  "//npm.corp.internal":\n    npmAuthToken: "ior9yNCKb4y4gosBhvTP9X1NlTJwF7X6OY9isTbg"', secret: 'ior9yNCKb4y4gosBhvTP9X1NlTJwF7X6OY9isTbg' },
      ],
      negative: ['//registry.npmjs.org/:_authToken=${NPM_TOKEN}', '//registry.npmjs.org/:_authToken=YOUR_NPM_TOKEN'],
    },
  }),
  defineRule({
    id: 'npmrc-auth',
    title: '.npmrc basic auth (_auth)',
    severity: 'critical',
    keywords: ['_auth'],
    pattern: /(?<![A-Za-z0-9])_auth\s{0,4}=\s{0,4}["']?(?<secret>[A-Za-z0-9+/]{8,1024}={0,2})(?![A-Za-z0-9+/=])/,
    validate: (secret) => decodesToUserPass(secret),
    remediation: REMEDIATION,
    examples: {
      positive: [
        { text: 'registry=https://nexus.corp/repository/npm/\n_auth=YnVpbGRlcjpyQTczcjBVQUNkbU13cGd2NnA=\nalways-auth=true', secret: 'YnVpbGRlcjpyQTczcjBVQUNkbU13cGd2NnA=' },
        { text: '//nexus.corp/repository/npm/:_auth="Y2ktZGVwbG95ZXI6NWZ6WFhlRHhRa21mU2thRnN4dFo="', secret: 'Y2ktZGVwbG95ZXI6NWZ6WFhlRHhRa21mU2thRnN4dFo=' },
      ],
      negative: ['_auth=dXNlcjpwYXNzd29yZA==', '_auth=${NPM_AUTH}'],
    },
  }),
  defineRule({
    id: 'npmrc-password',
    title: '.npmrc registry password (_password)',
    severity: 'critical',
    keywords: ['_password'],
    pattern: /(?<![A-Za-z0-9])_password\s{0,4}=\s{0,4}["']?(?<secret>[A-Za-z0-9+/]{8,1024}={0,2})(?![A-Za-z0-9+/=])/,
    validate: (secret) => {
      const text = decodeBase64Text(secret);
      return text !== undefined && text.length >= 6 && !/[\r\n]/.test(text) ? undefined : false;
    },
    confidence: 'medium',
    remediation: REMEDIATION,
    examples: {
      positive: [
        { text: '//nexus.corp/repository/npm/:username=ci\n//nexus.corp/repository/npm/:_password=NEN2Rll5MzJhdUZCZTUxNg==', secret: 'NEN2Rll5MzJhdUZCZTUxNg==' },
        { text: '_password="U29xb0JhNUxtOHMwUFFNQiE5"', secret: 'U29xb0JhNUxtOHMwUFFNQiE5' },
      ],
      negative: ['//nexus.corp/:_password=${NPM_PASS}', '//nexus.corp/:_password=OxcaOzN7S43ZGx0EjDxg7v+GU4Pp2LtF'],
    },
  }),
];

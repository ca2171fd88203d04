import { defineRule, ROTATE } from '../lib/define.ts';

// Auth0 client secrets are 64 base64url characters with no prefix: taken next to an Auth0 name.
export default [
  defineRule({
    id: 'auth0-client-secret',
    title: 'Auth0 client secret',
    severity: 'high',
    keywords: ['auth0'],
    pattern: /auth0[\w.-]{0,30}?["']?\s{0,5}(?:=>|:=|=|:)\s{0,5}["']?(?<secret>[A-Za-z0-9_-]{64})(?![A-Za-z0-9_-])/i,
    minEntropy: 4,
    confidence: 'medium',
    remediation: `${ROTATE} Rotate the secret under Applications > (your app) > Settings in the Auth0 dashboard.`,
    examples: {
      positive: [
        { text: 'AUTH0_CLIENT_SECRET=6Hxg-GB2ILcFjkX-jG6bsHIizVFIAccT4J0fpLujEbJCgzFJv4wfo-5n3vCTMvHy', secret: '6Hxg-GB2ILcFjkX-jG6bsHIizVFIAccT4J0fpLujEbJCgzFJv4wfo-5n3vCTMvHy' },
        { text: "auth0_secret: 'idlglp8cSD4mBueQ3-BbEerMB09YsLvz8IcOyTjouOK-VaalinmqbZtNk-43u2xb'", secret: 'idlglp8cSD4mBueQ3-BbEerMB09YsLvz8IcOyTjouOK-VaalinmqbZtNk-43u2xb' },
      ],
      negative: ['AUTH0_CLIENT_ID=Dca92MmrvsKriAaJYA6XteeqR2L2X0tr', 'AUTH0_DOMAIN=tenant-name.eu.auth0.com'],
    },
  }),
];

import { defineRule, ROTATE } from '../lib/define.ts';

// Square: OAuth and personal access tokens are EAAA + 60 base64url characters; older access
// tokens are sq0atp- + 22; application (OAuth) secrets are sq0csp- + 43. Application ids
// (sq0idp-) are public. EAAA is also how some Meta tokens begin, but those are far longer, so
// the exact length keeps the rule to Square's.
const REVOKE = `${ROTATE} Revoke it (or replace the application secret) at https://developer.squareup.com/apps.`;

export default [
  defineRule({
    id: 'square-access-token',
    title: 'Square access token',
    severity: 'critical',
    keywords: ['eaaa'],
    pattern: /(?<![A-Za-z0-9_-])(?<secret>EAAA[A-Za-z0-9_-]{60})(?![A-Za-z0-9_-])/,
    confidence: 'medium',
    minEntropy: 4,
    remediation: REVOKE,
    examples: {
      positive: [
        { text: 'SQUARE_ACCESS_TOKEN=EAAAN8jLQkLqE3CfXAHa8zNU6w5h0EDTzBizo_sLPIiOTQpdCdp4Qb2amtnQy1C8', secret: 'EAAAN8jLQkLqE3CfXAHa8zNU6w5h0EDTzBizo_sLPIiOTQpdCdp4Qb2amtnQy1C8' },
        { text: "const client = new Client({ accessToken: 'EAAATaJI4mMgikw67bL3m9x6SQeipdL2z7VIJME3oHfpYADeCXfRWcz63qfIqWor', environment: Environment.Production });", secret: 'EAAATaJI4mMgikw67bL3m9x6SQeipdL2z7VIJME3oHfpYADeCXfRWcz63qfIqWor' },
      ],
      negative: ['SQUARE_ACCESS_TOKEN=EAAAXXXXXXXXXXXXXXXXXXXXXXXXX', 'SQUARE_ACCESS_TOKEN=EAAAl...', 'fb_token = "EAABCLEPrcx8MkcYrNnLlZk1DChOeXPgD4XYXjIrsFaCks7vOcrd9yr1cxRmM7fuBMuWDTnZvLoqn8II37EB5tTJKQBN5e9ssIF4TUnSzCEUtkTN1bpqAQuSLo91U7CbGt8ISlet8oQS6znTqxdlBdomzFtxvr7sFWEqBYeWpcVV51tT4Pr8Qj6B"'],
    },
  }),
  defineRule({
    id: 'square-legacy-access-token',
    title: 'Square access token (legacy sq0atp)',
    severity: 'critical',
    keywords: ['sq0atp-'],
    pattern: /(?<![A-Za-z0-9_-])(?<secret>sq0atp-[A-Za-z0-9_-]{22})(?![A-Za-z0-9_-])/,
    confidence: 'high',
    minEntropy: 3.5,
    remediation: REVOKE,
    examples: {
      positive: [
        { text: 'SQUARE_ACCESS_TOKEN=sq0atp-nBkeUTg3W5trCN3rzsxxvU', secret: 'sq0atp-nBkeUTg3W5trCN3rzsxxvU' },
        { text: 'square_token: "sq0atp-TG6_mZK_m3NA4xdO-_WYB0"', secret: 'sq0atp-TG6_mZK_m3NA4xdO-_WYB0' },
      ],
      negative: ['SQUARE_APPLICATION_ID=sq0idp-I5H5xuH1o8U5h5bsf9n4N1', 'SQUARE_ACCESS_TOKEN=sq0atp-...'],
    },
  }),
  defineRule({
    id: 'square-oauth-secret',
    title: 'Square application (OAuth) secret',
    severity: 'critical',
    keywords: ['sq0csp-'],
    pattern: /(?<![A-Za-z0-9_-])(?<secret>sq0csp-[A-Za-z0-9_-]{43})(?![A-Za-z0-9_-])/,
    confidence: 'high',
    minEntropy: 4,
    remediation: REVOKE,
    examples: {
      positive: [
        { text: 'SQUARE_APPLICATION_SECRET=sq0csp-UXArmNSLuXk22Nw7zafeYLEeUTrbbiviECyxeQCDujQ', secret: 'sq0csp-UXArmNSLuXk22Nw7zafeYLEeUTrbbiviECyxeQCDujQ' },
        { text: '"client_secret": "sq0csp-aol0MRIhcqYDLL_Nr-LP__WpRg1tCStC0YeQpOVuQr7"', secret: 'sq0csp-aol0MRIhcqYDLL_Nr-LP__WpRg1tCStC0YeQpOVuQr7' },
      ],
      negative: ['SQUARE_APPLICATION_SECRET=sq0csp-vmLv9Tj5uPhqOZo0_XzLuk', 'client_secret: sq0csp-your-application-secret'],
    },
  }),
];

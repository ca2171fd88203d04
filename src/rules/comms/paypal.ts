import { defineRule, ROTATE } from '../lib/define.ts';
import { namedValue } from '../lib/context.ts';
import { hasCountingRun } from '../lib/encoding.ts';

// PayPal and Braintree (a PayPal service). Braintree access tokens spell out their structure:
// access_token$production$<16-char merchant id>$<32 hex>. PayPal REST client secrets (80
// base64url characters) and Braintree private keys (32 hex) have no prefix and need the name.
export default [
  defineRule({
    id: 'braintree-access-token',
    title: 'PayPal Braintree access token',
    severity: 'critical',
    keywords: ['access_token$'],
    pattern: /(?<secret>access_token\$(?:production|sandbox)\$[a-z0-9]{16}\$[a-f0-9]{32})(?![A-Za-z0-9])/,
    // abcdef... / 0123456789... bodies are hand-typed stand-ins, never issued tokens.
    validate: (secret) => (hasCountingRun(secret.slice(secret.indexOf('$', 13))) ? false : undefined),
    confidence: 'high',
    remediation: `${ROTATE} Revoke it in the Braintree Control Panel (API, Access tokens) or PayPal developer dashboard.`,
    examples: {
      positive: [
        { text: 'var gateway = braintree.connect({ accessToken: "access_token$production$30vn07pzpl4j5vil$369e1e40661f584c089e8e1f403a503b" });', secret: 'access_token$production$30vn07pzpl4j5vil$369e1e40661f584c089e8e1f403a503b' },
        { text: "PAYPAL_ACCESS_TOKEN='access_token$sandbox$n7nocvad3t9sp1ah$2a760772815229b82fd6edbd18bc6bb4'", secret: 'access_token$sandbox$n7nocvad3t9sp1ah$2a760772815229b82fd6edbd18bc6bb4' },
      ],
      negative: [
        'access_token$production$abcdefghijklmnop$0123456789abcdef0123456789abcdef',
        'regex: new RegExp("access_token$production$[0-9a-z]{16}$[0-9a-f]{32}")',
      ],
    },
  }),
  defineRule({
    id: 'paypal-client-secret',
    title: 'PayPal REST API client secret',
    severity: 'critical',
    keywords: ['paypal'],
    pattern: namedValue('paypal', '[A-Za-z0-9_-]{80}', { word: '(?:client[_.-]?)?secret' }),
    minEntropy: 4,
    remediation: `${ROTATE} Generate a new secret for the app at https://developer.paypal.com/dashboard/applications.`,
    examples: {
      positive: [
        { text: 'PAYPAL_CLIENT_SECRET=EEhtyZtr5dYHjPZkYD8ra2Dex63GyKiLHlPENWMqCzgGeUnKFgi3Gs0m8I1Nlw-RceX2mJHMFSieMhO3', secret: 'EEhtyZtr5dYHjPZkYD8ra2Dex63GyKiLHlPENWMqCzgGeUnKFgi3Gs0m8I1Nlw-RceX2mJHMFSieMhO3' },
        { text: '"paypalSecret": "Eb5lXXQ4XML4W6OMUeYoEZ-aQhoWdvmDAal1HCBKiiiOnTUn_6UXtbiL-lL1X31Q40JDgYSHjstVCIC6"', secret: 'Eb5lXXQ4XML4W6OMUeYoEZ-aQhoWdvmDAal1HCBKiiiOnTUn_6UXtbiL-lL1X31Q40JDgYSHjstVCIC6' },
      ],
      negative: ['PAYPAL_CLIENT_ID=ArjCERnG6QCfFS7pT401xOo51jRjv_oymSD9hhtdfMXBoPjFmZy7UeybkcinQPWEOSHmM1B2kZfo75pE', 'PAYPAL_CLIENT_SECRET=xxxxxxxxxxxxxxxxxxxxxxxx'],
    },
  }),
  defineRule({
    id: 'braintree-private-key',
    title: 'Braintree API private key',
    severity: 'critical',
    keywords: ['braintree'],
    pattern: namedValue('braintree', '[a-f0-9]{32}', { word: 'private[_.-]?key' }),
    minEntropy: 2.9,
    remediation: `${ROTATE} Delete the API key pair in the Braintree Control Panel (Settings, API).`,
    examples: {
      positive: [
        { text: 'BRAINTREE_PRIVATE_KEY=7d0e92289cf907ddd64af59441c5a097', secret: '7d0e92289cf907ddd64af59441c5a097' },
        { text: 'braintree.private_key: "5caf14aee0d3d19092483a4c07ad10af"', secret: '5caf14aee0d3d19092483a4c07ad10af' },
      ],
      negative: ['BRAINTREE_PUBLIC_KEY=oi2udqr01rc81zdn', 'BRAINTREE_PRIVATE_KEY=use_your_private_key'],
    },
  }),
];

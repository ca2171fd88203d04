import { defineRule, ROTATE } from '../lib/define.ts';

// Google Cloud. API keys and OAuth client secrets carry fixed prefixes; a service-account key
// file is recognised by its JSON shape. OAuth client ids (….apps.googleusercontent.com) are
// public and deliberately not reported.
export default [
  defineRule({
    id: 'gcp-api-key',
    title: 'Google Cloud API key',
    severity: 'high',
    keywords: ['aiza'],
    pattern: /(?<![A-Za-z0-9_-])(?<secret>AIza[0-9A-Za-z_-]{35})(?![A-Za-z0-9_-])/,
    confidence: 'high',
    minEntropy: 3.5,
    remediation: `${ROTATE} Delete or regenerate it under APIs & Services > Credentials, and restrict the new key by API and referrer.`,
    examples: {
      positive: [
        { text: 'GOOGLE_MAPS_API_KEY=AIza09uF4secgVOoZYQSbTqt9rfJSA0pi0sMFvG', secret: 'AIza09uF4secgVOoZYQSbTqt9rfJSA0pi0sMFvG' },
        { text: 'const firebaseConfig = { apiKey: "AIzaFf6iIBNrQYIQWlVxIuFcMjsq5zLDlYdzImL", authDomain: "app.firebaseapp.com" };', secret: 'AIzaFf6iIBNrQYIQWlVxIuFcMjsq5zLDlYdzImL' },
      ],
      negative: ['apiKey: "AIzaXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"', 'const isGoogleKey = s.startsWith("AIza") && s.length === 39;', 'AIzayb0OILeAndtoW7oAIsffhHXVrlZXsjFesy6g'],
    },
  }),
  defineRule({
    id: 'gcp-oauth-client-secret',
    title: 'Google OAuth client secret',
    severity: 'high',
    keywords: ['gocspx-'],
    pattern: /(?<![A-Za-z0-9_-])(?<secret>GOCSPX-[A-Za-z0-9_-]{28})(?![A-Za-z0-9_-])/,
    confidence: 'high',
    remediation: `${ROTATE} Reset the client secret of the OAuth client under APIs & Services > Credentials.`,
    examples: {
      positive: [
        { text: '"client_secret": "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",', secret: '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' },
        { text: 'GOOGLE_CLIENT_SECRET=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', secret: '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' },
      ],
      negative: [
        'GOOGLE_CLIENT_ID=1234567890-abcdefghijklmnopqrstuvwxyz012345.apps.googleusercontent.com',
        'client_secret: GOCSPX-your_client_secret_here',
        'GOCSPX-hRnnB4NQvcQSajwWDxlp',
      ],
    },
  }),
  defineRule({
    id: 'gcp-service-account-key',
    title: 'Google Cloud service account key file',
    severity: 'critical',
    keywords: ['service_account'],
    multiline: true,
    // at most 511 characters from "type" to the key id's closing quote
    reach: { before: 0, after: 600 },
    // The key file is JSON: "type": "service_account" comes first, then project_id and the id of
    // the private key. The private key block itself is reported by the private-key rule; this
    // rule reports the key id, which names the key to delete.
    pattern:
      /\\?"type\\?"\s{0,5}:\s{0,5}\\?"service_account\\?"[\s\S]{0,400}?\\?"private_key_id\\?"\s{0,5}:\s{0,5}\\?"(?<secret>[a-f0-9]{40})\\?"/,
    confidence: 'high',
    remediation: `${ROTATE} Delete the key under IAM & Admin > Service Accounts > Keys, and prefer workload identity over key files.`,
    examples: {
      positive: [
        {
          text: '{\n  "type": "service_account",\n  "project_id": "billing-prod-31337",\n  "private_key_id": "bce4b9fde753e512e9bd6d70dc48731b702763b8",\n  "private_key": "-----BEGIN PRIVATE KEY-----\\n...\\n-----END PRIVATE KEY-----\\n"\n}',
          secret: 'bce4b9fde753e512e9bd6d70dc48731b702763b8',
        },
        {
          text: 'GOOGLE_CREDENTIALS=\'{"type":"service_account","project_id":"ml-batch","private_key_id":"52e2b0101cdf94cf13cc4bebf970a85458fd6dd4","client_email":"runner@ml-batch.iam.gserviceaccount.com"}\'',
          secret: '52e2b0101cdf94cf13cc4bebf970a85458fd6dd4',
        },
      ],
      negative: [
        '{"type": "authorized_user", "client_id": "764086051850-6qr4p6gpi6hn506pt8ejuq83di341hur.apps.googleusercontent.com", "quota_project_id": "ml-batch"}',
        '{"type": "service_account", "project_id": "demo", "private_key_id": "<key-id>"}',
        '{"type": "service_account", "project_id": "demo", "private_key_id": ""}',
      ],
    },
  }),
  defineRule({
    id: 'google-oauth-access-token',
    title: 'Google OAuth access token',
    severity: 'high',
    keywords: ['ya29.'],
    pattern: /(?<![A-Za-z0-9_.-])(?<secret>ya29\.[A-Za-z0-9_-]{50,2048})(?![A-Za-z0-9_-])/,
    // Short-lived (an hour), but the prefix is Google's alone.
    confidence: 'high',
    minEntropy: 4,
    remediation: `${ROTATE} Revoke it with https://oauth2.googleapis.com/revoke?token=… and find what wrote it to a file.`,
    examples: {
      positive: [
        { text: 'Authorization: Bearer ya29.a0AEqFjZIN0JN04RxXNpZKF3VbGON0bzzlb7OZiBAaLpbHTLazvx4lnSUpqbCvKBgkjM8KXajKRR2hc62BhBp_yCKAO2iiYdYHxCVsB_OVwo7daU8bjSrJdykjWAApeR0KIrhcjbyhNoDI3oVgaHL8qhXhN_jcKPoES', secret: 'ya29.a0AEqFjZIN0JN04RxXNpZKF3VbGON0bzzlb7OZiBAaLpbHTLazvx4lnSUpqbCvKBgkjM8KXajKRR2hc62BhBp_yCKAO2iiYdYHxCVsB_OVwo7daU8bjSrJdykjWAApeR0KIrhcjbyhNoDI3oVgaHL8qhXhN_jcKPoES' },
        { text: '{"access_token": "ya29.a0AVG8To1jm90qKDVBgByKFHr4g8KeDtlW-T6-ppCnFvFJpULsVHQPFQMoL27Ojja2srvCIkh4JP1cCS67HDWbTmPrhs004e3b1DoP8R0JLZvP01zc5fHGcMAS1DLg-c19cyDrFmep4gHU7tF01aBuLZgkMNAS3okIT", "expires_in": 3599}', secret: 'ya29.a0AVG8To1jm90qKDVBgByKFHr4g8KeDtlW-T6-ppCnFvFJpULsVHQPFQMoL27Ojja2srvCIkh4JP1cCS67HDWbTmPrhs004e3b1DoP8R0JLZvP01zc5fHGcMAS1DLg-c19cyDrFmep4gHU7tF01aBuLZgkMNAS3okIT' },
      ],
      negative: ['token = "ya29.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"', 'ya29.x2ubOBbj76RfO6sI4NVg', 'version ya29.1.2'],
    },
  }),
  defineRule({
    id: 'google-oauth-refresh-token',
    title: 'Google OAuth refresh token',
    severity: 'critical',
    keywords: ['1//0'],
    pattern: /(?<![A-Za-z0-9_/:.-])(?<secret>1\/\/0[A-Za-z0-9_-]{40,512})(?![A-Za-z0-9_-])/,
    minEntropy: 4,
    remediation: `${ROTATE} Revoke the app's access at https://myaccount.google.com/permissions (or the token via oauth2.googleapis.com/revoke).`,
    examples: {
      positive: [
        { text: '{"type": "authorized_user", "refresh_token": "1//0fPeaiNjQtSt8d98lLF24cKv5HQmKpk-abVppFU58Toyv1gkD2MF6UhBLM1MTvGc9cT-IAH3l9xfGqn0pI396Je98FfJAWVWlE1J"}', secret: '1//0fPeaiNjQtSt8d98lLF24cKv5HQmKpk-abVppFU58Toyv1gkD2MF6UhBLM1MTvGc9cT-IAH3l9xfGqn0pI396Je98FfJAWVWlE1J' },
        { text: 'GOOGLE_REFRESH_TOKEN=1//09sycalflQQYwFgIUap1HzEl6L9t54lyzXsbKBD9txMeSer-5stZDDowRS8p5NuE1RyqiQY1KkXwveafi1dNzbBNXXYsLUGOa6ng', secret: '1//09sycalflQQYwFgIUap1HzEl6L9t54lyzXsbKBD9txMeSer-5stZDDowRS8p5NuE1RyqiQY1KkXwveafi1dNzbBNXXYsLUGOa6ng' },
      ],
      negative: ['see http://1//0a.example.test/path', 'refresh_token: 1//0xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'ratio 1//04 of jbyu0uNJemRr'],
    },
  }),
];

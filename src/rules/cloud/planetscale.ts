import { defineRule, ROTATE } from '../lib/define.ts';
import type { ExampleHit } from '../../engine/types.ts';

// PlanetScale: service tokens (pscale_tkn_), database passwords (pscale_pw_) and OAuth tokens
// (pscale_oauth_), each followed by 32-64 URL-safe characters.
const token = (kind: string, id: string, title: string, where: string, positives: ExampleHit[]) =>
  defineRule({
    id,
    title,
    severity: 'critical',
    keywords: [`pscale_${kind}_`],
    pattern: new RegExp(`(?<![A-Za-z0-9_])(?<secret>pscale_${kind}_[A-Za-z0-9_-]{32,64})(?![A-Za-z0-9_-])`),
    confidence: 'high',
    minEntropy: 4,
    remediation: `${ROTATE} ${where}`,
    examples: {
      positive: positives,
      negative: [`pscale_${kind}_...`, `pscale_${kind}_ZBJ6PPklSrKgC8sfkDsH`, `placeholder: "pscale_${kind}_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"`],
    },
  });

export default [
  token('tkn', 'planetscale-service-token', 'PlanetScale service token', 'Delete the service token under Organization settings > Service tokens.', [
    { text: 'PLANETSCALE_SERVICE_TOKEN=pscale_tkn_AbLY8kmNCufW0v9ASIZizgWHJpB9kdjbGkst5Y_Gqca', secret: 'pscale_tkn_AbLY8kmNCufW0v9ASIZizgWHJpB9kdjbGkst5Y_Gqca' },
    { text: 'pscale auth login --service-token pscale_tkn_WLd4epInOEhmuhNyeJaQcbXnhrGeFWI7dL3rXcC6k1z', secret: 'pscale_tkn_WLd4epInOEhmuhNyeJaQcbXnhrGeFWI7dL3rXcC6k1z' },
  ]),
  token('pw', 'planetscale-password', 'PlanetScale database password', 'Delete the password under the database branch > Passwords.', [
    { text: 'DATABASE_URL=mysql://app_user:pscale_pw_3s3yOSQTqZRTB3W1it9rv0iHFdF6_iyWtnnyM9ssl3-@aws.connect.psdb.cloud/shop?sslaccept=strict', secret: 'pscale_pw_3s3yOSQTqZRTB3W1it9rv0iHFdF6_iyWtnnyM9ssl3-' },
    { text: 'DB_PASSWORD="pscale_pw_V8x76YDfPbKjV4hhDaKuuJtMn-8C2LGoHn5eD9T7GFI"', secret: 'pscale_pw_V8x76YDfPbKjV4hhDaKuuJtMn-8C2LGoHn5eD9T7GFI' },
  ]),
  token('oauth', 'planetscale-oauth-token', 'PlanetScale OAuth token', "Revoke the OAuth application's access under Organization settings > OAuth applications.", [
    { text: '{"access_token": "pscale_oauth_QCpPAnomRFhTn7QDKftIUcFE22nGI8LSAFOfopMQ_O_"}', secret: 'pscale_oauth_QCpPAnomRFhTn7QDKftIUcFE22nGI8LSAFOfopMQ_O_' },
    { text: 'PLANETSCALE_OAUTH_TOKEN=pscale_oauth_k3uS-ZwRs56TfRkTqpjvVLr7qluA17mDGgcR98ANWSp', secret: 'pscale_oauth_k3uS-ZwRs56TfRkTqpjvVLr7qluA17mDGgcR98ANWSp' },
  ]),
];

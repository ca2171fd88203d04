import { defineRule, ROTATE } from '../lib/define.ts';
import { checksumProves, crc32 } from '../lib/checksum.ts';
import { decodeBase64Json, hasFields } from '../lib/encoding.ts';

// Grafana service account tokens: glsa_ + 32 random characters + _ + 8 hex, the CRC-32 of
// everything before the last underscore written as little-endian bytes. Grafana Cloud access
// policy tokens: glc_ + base64 JSON {o: org, n: name, k: key, m: {r: region}}. Legacy API keys:
// base64 JSON {k, n, id}, which always starts eyJrIjoi.
const REVOKE = `${ROTATE} Delete the token in Grafana (Administration > Service accounts, or the Cloud Portal's access policies).`;

function glsaChecksum(secret: string): boolean | undefined {
  const cut = secret.lastIndexOf('_');
  const c = crc32(secret.slice(0, cut));
  const le = [c & 0xff, (c >>> 8) & 0xff, (c >>> 16) & 0xff, (c >>> 24) & 0xff].map((b) => b.toString(16).padStart(2, '0')).join('');
  return le === secret.slice(cut + 1) ? true : undefined;
}

export default [
  defineRule({
    id: 'grafana-service-account-token',
    title: 'Grafana service account token',
    severity: 'high',
    keywords: ['glsa_'],
    pattern: /(?<![A-Za-z0-9_])(?<secret>glsa_[A-Za-z0-9]{32}_[a-f0-9]{8})(?![A-Za-z0-9])/,
    validate: checksumProves(glsaChecksum),
    skipPlaceholderFilter: true,
    // A token whose checksum fails may be hand-edited: kept, at low confidence.
    confidence: 'low',
    remediation: REVOKE,
    examples: {
      positive: [
        { text: 'GRAFANA_TOKEN=glsa_iSvzwIgGJPgRomWDrh7FCcFQdYLpYVMX_fc06cbe8', secret: 'glsa_iSvzwIgGJPgRomWDrh7FCcFQdYLpYVMX_fc06cbe8' },
        { text: 'auth:\n  token: "glsa_kiG0oUu03RAtx8xyi9LYf1WtTqjlMMk4_42260e12"', secret: 'glsa_kiG0oUu03RAtx8xyi9LYf1WtTqjlMMk4_42260e12' },
        'glsa_Eab0DnHcLbj3iQqlh1Cb10KbZ4a6yrQ0_e9d80234',
      ],
      negative: ['GRAFANA_TOKEN=glsa_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX_00000000', 'glsa_Dul2Z3X9T8QzMSRomK7s_b43b80c5'],
    },
  }),
  defineRule({
    id: 'grafana-cloud-token',
    title: 'Grafana Cloud access policy token',
    severity: 'high',
    keywords: ['glc_'],
    pattern: /(?<![A-Za-z0-9_])(?<secret>glc_eyJ[A-Za-z0-9+/_-]{32,800}={0,2})(?![A-Za-z0-9+/=_-])/,
    validate: (secret) => (hasFields(decodeBase64Json(secret.slice(4)), ['o', 'k']) ? true : false),
    remediation: REVOKE,
    examples: {
      positive: [
        { text: 'GRAFANA_CLOUD_API_KEY=glc_eyJvIjoiNDgyMTkzNyIsIm4iOiJzdGFjay04ODIzMTEtaG0tcmVhZC1wcm9kIiwiayI6ImxKMWM3Y0o2eDZRZnA1OGozSnNhYlBCbCIsIm0iOnsiciI6InByb2QtdXMtZWFzdC0wIn19', secret: 'glc_eyJvIjoiNDgyMTkzNyIsIm4iOiJzdGFjay04ODIzMTEtaG0tcmVhZC1wcm9kIiwiayI6ImxKMWM3Y0o2eDZRZnA1OGozSnNhYlBCbCIsIm0iOnsiciI6InByb2QtdXMtZWFzdC0wIn19' },
        { text: '    password: glc_eyJvIjoiNjYxMjAzIiwibiI6ImFsbG95LXdyaXRlci1ldSIsImsiOiJqTGFKeU9SWUtYY2hpbXhMdkJnOWdCb1MiLCJtIjp7InIiOiJwcm9kLXVzLWVhc3QtMCJ9fQ==', secret: 'glc_eyJvIjoiNjYxMjAzIiwibiI6ImFsbG95LXdyaXRlci1ldSIsImsiOiJqTGFKeU9SWUtYY2hpbXhMdkJnOWdCb1MiLCJtIjp7InIiOiJwcm9kLXVzLWVhc3QtMCJ9fQ==' },
        { text: '{"token": "glc_eyJvIjoiOTkxNyIsIm4iOiJjaS1tZXRyaWNzLXB1c2giLCJrIjoiNDMwSEd5anBvRzdCUGZMWW8zWGV4S0RtIiwibSI6eyJyIjoicHJvZC11cy1lYXN0LTAifX0="}', secret: 'glc_eyJvIjoiOTkxNyIsIm4iOiJjaS1tZXRyaWNzLXB1c2giLCJrIjoiNDMwSEd5anBvRzdCUGZMWW8zWGV4S0RtIiwibSI6eyJyIjoicHJvZC11cy1lYXN0LTAifX0=' },
      ],
      negative: ['GRAFANA_CLOUD_API_KEY=glc_eyJn1MOiGfWr3wyJ30oB5lgaEGv2KCflNjCG6QVTDU5J3zWKa4zDcyVv6EslxhM', 'GRAFANA_CLOUD_API_KEY=glc_<your-token>'],
    },
  }),
  defineRule({
    id: 'grafana-api-key',
    title: 'Grafana API key (legacy)',
    severity: 'high',
    keywords: ['eyjrijoi'],
    pattern: /(?<![A-Za-z0-9+/_-])(?<secret>eyJrIjoi[A-Za-z0-9+/]{40,300}={0,2})(?![A-Za-z0-9+/=_.-])/,
    validate: (secret) => (hasFields(decodeBase64Json(secret), ['k', 'n', 'id']) ? true : false),
    remediation: REVOKE,
    examples: {
      positive: [
        { text: 'GRAFANA_API_KEY=eyJrIjoiVVk1S1lnUzdsTG5kQURlSFc1cUl5U0xLbFQ5a3hHZzEiLCJuIjoiZGVwbG95LWJvdCIsImlkIjoxMjh9', secret: 'eyJrIjoiVVk1S1lnUzdsTG5kQURlSFc1cUl5U0xLbFQ5a3hHZzEiLCJuIjoiZGVwbG95LWJvdCIsImlkIjoxMjh9' },
        { text: 'Authorization: Bearer eyJrIjoiMG9OcDRDYmFuNDJYSDFnVFc2dUxoVXZXZnk4c2tYRFUiLCJuIjoiY2ktZGFzaGJvYXJkcyIsImlkIjo2MjB9', secret: 'eyJrIjoiMG9OcDRDYmFuNDJYSDFnVFc2dUxoVXZXZnk4c2tYRFUiLCJuIjoiY2ktZGFzaGJvYXJkcyIsImlkIjo2MjB9' },
      ],
      negative: ['GRAFANA_API_KEY=eyJrIjoi8h6GHldlx5911QPgFhqlTBbbeMusVuHuoMZDIbfOIQN6qUHMwnT5rgPO0Pq2', 'eyJrIjoiQUJDIn0='],
    },
  }),
];

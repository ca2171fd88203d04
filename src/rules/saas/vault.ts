import { defineRule, ROTATE } from '../lib/define.ts';

// HashiCorp Vault tokens (1.10+): hvs. service, hvb. batch, hvr. recovery, then the token body
// (24 characters for short tokens, much longer for the protobuf-encoded ones). Older tokens are
// s. + 24 characters, too short and generic to take without a Vault name on the line.
const REVOKE = `${ROTATE} Revoke it with \`vault token revoke\` (or revoke its lease / accessor).`;

const modern = (p: string, id: string, title: string, v: [string, string, string, string]) =>
  defineRule({
    id,
    title,
    severity: 'critical',
    keywords: [`${p}.`],
    pattern: new RegExp(`(?<![A-Za-z0-9._-])(?<secret>${p}\\.[A-Za-z0-9_-]{24,1024})(?![A-Za-z0-9_-])`),
    minEntropy: 3.5,
    confidence: 'high',
    remediation: REVOKE,
    examples: {
      positive: [
        { text: `VAULT_TOKEN=${p}.${v[0]}`, secret: `${p}.${v[0]}` },
        { text: `vault_token: "${p}.CAESI${v[1]}"`, secret: `${p}.CAESI${v[1]}` },
      ],
      negative: [`VAULT_TOKEN=${p}.${v[2]}`, `VAULT_TOKEN=x${p}.${v[3]}`],
    },
  });

export default [
  modern('hvs', 'vault-service-token', 'HashiCorp Vault service token', ['vXAVApOj8ydzDmECBiC5Tmzu', 'DmvSROsmSM4h-MmqyUMGkhuHBznY1NO5x6WUIzw_SKpQ4Hn2QZPZM8T9hylup8NUBe3l26mTTCPiXgoKqh9HlE', '789jGPxtkRy6', 'wvbnsrhvFgO3pzZ98gPrTrw6']),
  modern('hvb', 'vault-batch-token', 'HashiCorp Vault batch token', ['985KwwFqfS4X2GiQAiSUcZsL', 'qeo3U37cTWxX-jaw1jE9KevpfOYonb0z_JwXGIZRUOSRTrVycXPc85sbtEaHNxytS72xg1eRywwRxpRGUJBn0V', '4S0kfbe9XlPp', 'Jb9pCktlklkmObRfeUMAOMWq']),
  modern('hvr', 'vault-recovery-token', 'HashiCorp Vault recovery token', ['bjYixSlnpKuoPmJIKXjmIbNB', 'JzTuUyvNG1HgvWx9p8deOcdgR0lI_u6rsyXkXhGMFUfIKO47NUky1U0DLASv4wD82LSUINOTgN4bKMMXfaPD13', 'XUrtFZDGgxP9', 'pC8AylT6sJdKSo6aMudVwVt2']),
  defineRule({
    id: 'vault-legacy-token',
    title: 'HashiCorp Vault token (legacy format)',
    severity: 'critical',
    keywords: ['vault'],
    pattern: /(?<![A-Za-z0-9._/-])(?<secret>s\.[A-Za-z0-9]{24})(?![A-Za-z0-9._-])/,
    minEntropy: 3.5,
    confidence: 'medium',
    remediation: REVOKE,
    examples: {
      positive: [
        { text: 'VAULT_TOKEN=s.JHxOBIL0momovUduyrt7OrfQ', secret: 's.JHxOBIL0momovUduyrt7OrfQ' },
        { text: 'vault login s.Fw7gRtIZCqWx2hPiidy88xZv', secret: 's.Fw7gRtIZCqWx2hPiidy88xZv' },
      ],
      negative: ['VAULT_ADDR=https://vault.s.internal:8200', 's.BEJwPNYq1fRfrOg5gctL1NSe'],
    },
  }),
];

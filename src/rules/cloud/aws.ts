import { defineRule, ROTATE } from '../lib/define.ts';

// AWS access key ids: a 4-letter prefix that names the kind of credential, then 16 base32
// characters. The secret access key is 40 base64 characters with no prefix, so it is only
// taken where a name or an adjacent key id says what it is.
export default [
  defineRule({
    id: 'aws-access-key-id',
    title: 'AWS access key ID',
    severity: 'high',
    keywords: ['akia', 'asia', 'abia', 'acca', 'a3t'],
    pattern: /(?<![A-Za-z0-9])(?<secret>(?:AKIA|ASIA|ABIA|ACCA|A3T[A-Z0-9])[A-Z2-7]{16})(?![A-Za-z0-9])/,
    // The prefix is the structural proof: only AWS issues ids of this shape.
    confidence: 'high',
    remediation: `${ROTATE} Deactivate the key in IAM and check CloudTrail for its use.`,
    examples: {
      positive: [
        { text: 'aws_access_key_id = AKIAWTDTBVN75UWXHWHY', secret: 'AKIAWTDTBVN75UWXHWHY' },
        { text: '"AccessKeyId": "ASIA2YHW3JONUSMIBG4P",', secret: 'ASIA2YHW3JONUSMIBG4P' },
      ],
      negative: ['AKIAIOSFODNN7EXAMPLE', 'AKIAWTDTBVN75UWXHWHYZZ', 'akiawtdtbvn75uwxhwhy'],
    },
  }),
  defineRule({
    id: 'aws-secret-access-key',
    title: 'AWS secret access key',
    severity: 'critical',
    keywords: ['aws', 'secret_access_key', 'secretaccesskey', 'secret-access-key'],
    pattern:
      /(?:aws|amazon)?_?(?:secret_?access_?key|secret-access-key|SecretAccessKey)["']?\s*(?:=|:|=>|:=)\s*["']?(?<secret>[A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])/i,
    minEntropy: 4.0,
    remediation: `${ROTATE} Deactivate the key pair in IAM and check CloudTrail for its use.`,
    examples: {
      positive: [
        { text: 'aws_secret_access_key = pA7SJk47mM2c6p/9dK2mkJ5w5jOOhh4XZ4yun/qA', secret: 'pA7SJk47mM2c6p/9dK2mkJ5w5jOOhh4XZ4yun/qA' },
        { text: '"SecretAccessKey": "Iz0QaQCj37sNuaLxmQhoUTX3vOednmK6LkrMzz3k"', secret: 'Iz0QaQCj37sNuaLxmQhoUTX3vOednmK6LkrMzz3k' },
      ],
      negative: [
        'aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
        'aws_secret_access_key = ${AWS_SECRET_ACCESS_KEY}',
        'aws_secret_access_key = aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',
      ],
    },
  }),
];

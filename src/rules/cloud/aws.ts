import { defineRule, ROTATE } from '../lib/define.ts';
import { anyOf } from '../lib/context.ts';
import { decodeBase64 } from '../lib/encoding.ts';

// STS session tokens are base64 of a binary blob that opens with a length-prefixed issuer tag:
// "\x01\n\x03aws" (oldest), "\x17\n\x06er/aws" or "\x21\n\x09origin_ec" (current).
const STS_TAGS = new Set(['aws', 'er/aws', 'origin_ec', 'origin_gc']);
function stsTokenValid(secret: string): boolean | undefined {
  const head = decodeBase64(secret.slice(0, 24));
  if (!head || head[1] !== 0x0a) return undefined;
  return STS_TAGS.has(head.subarray(3, 3 + head[2]).toString('latin1')) ? true : undefined;
}

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
  defineRule({
    id: 'aws-session-token',
    title: 'AWS session token',
    severity: 'high',
    keywords: ['session_token', 'sessiontoken', 'session-token', 'security-token', 'security_token'],
    pattern: new RegExp(
      `${anyOf(['aws_session_token', 'aws-session-token', 'awssessiontoken', 'SessionToken', 'session_token', 'x-amz-security-token', 'aws_security_token', 'security_token'])}` +
        `["']?\\s{0,5}(?:=>|:=|[:=])\\s{0,5}["']?(?<secret>[A-Za-z0-9/+]{100,2048}={0,2})(?![A-Za-z0-9/+=])`,
    ),
    // Temporary (up to 36 h), but live until then and usually paired with a key id and secret.
    validate: stsTokenValid,
    minEntropy: 4.5,
    remediation: `${ROTATE} Revoke the role's active sessions in IAM ("Revoke active sessions") and check CloudTrail.`,
    examples: {
      positive: [
        { text: 'aws_session_token = IQoJb3JpZ2luX2Vjr1rc8H1j9l9Fi8MyUi/14bxQfCjBK2Od+KhpN5XMpo6QMCf8exYklHXig/QKqqHCVGtmRw+pGtvj9kvLBwLrss3VxfhlDrFMk00k4u11i7QFnqc6d6GeeodcTREH4FQ0yqfVMeknWFbj8ICdkgCCZ3OCKhm/3fS0kukalujlFzOLbZWmivv1rTVtBLAR3pjkEykixATu57BSFo5y11I9h3V8GargzhaNYjMKz6b3BjQtw7FALs5oEEXyd7lfy3iZ4MErcY2Z3WZ+++sJyOEPO7S49IaDT32aGU5M6ti6cOhBTHilR/7lKLNvVqOQ8+pffUxE4kkjbpvmdRNDAvZtVZdV3m1iMw/SdyjhmUPxs8XRDrYRgYLF/hyfflA22UR5lCuN7MrupcUoUUhnXH88NLPDiskioRsTz+olm4CEsfTJEVih5kEoIQ9iwSTU8IEggIdJsKllBUGsaJHTCit4vW/3Ndabrc+OR7fWHdcU94otZIt9NvpSF7mdQRJU622I7x0I3hHJRWoMx9EV3M9fA1EEg9SEp4YEx4N0dkMx6ytEizTX', secret: 'IQoJb3JpZ2luX2Vjr1rc8H1j9l9Fi8MyUi/14bxQfCjBK2Od+KhpN5XMpo6QMCf8exYklHXig/QKqqHCVGtmRw+pGtvj9kvLBwLrss3VxfhlDrFMk00k4u11i7QFnqc6d6GeeodcTREH4FQ0yqfVMeknWFbj8ICdkgCCZ3OCKhm/3fS0kukalujlFzOLbZWmivv1rTVtBLAR3pjkEykixATu57BSFo5y11I9h3V8GargzhaNYjMKz6b3BjQtw7FALs5oEEXyd7lfy3iZ4MErcY2Z3WZ+++sJyOEPO7S49IaDT32aGU5M6ti6cOhBTHilR/7lKLNvVqOQ8+pffUxE4kkjbpvmdRNDAvZtVZdV3m1iMw/SdyjhmUPxs8XRDrYRgYLF/hyfflA22UR5lCuN7MrupcUoUUhnXH88NLPDiskioRsTz+olm4CEsfTJEVih5kEoIQ9iwSTU8IEggIdJsKllBUGsaJHTCit4vW/3Ndabrc+OR7fWHdcU94otZIt9NvpSF7mdQRJU622I7x0I3hHJRWoMx9EV3M9fA1EEg9SEp4YEx4N0dkMx6ytEizTX' },
        { text: '"SessionToken": "IQoJb3JpZ2luX2Vjt9gqSbwMv7tDm0fsMVXGnxQTsycC/PLy0RB//u94i/MGtZVaMo8hGs8Ipw+i0ACKaDLwj8u8TCN3Yu2TQ86ESCEXu22yUysXZgQBgUldvFrtcibKA2MNUM2/bYK+b2fzE6PjZ4XmYXXXG9fNmlyGuo4vifKuThxyiAiAwyvGzv3omkykfIUq0O8BfTtugNa0hda5nMjEO26Vw7HqTwmAHYdwm8affzdsHUbD2FPHIeUr9fYoMpZ+RDUw0+aJPOFwGr67Uph2s0GQGlNWpoKQkhZvvSi3torZzRkrEjOZ3V1i2c+a7+I2FSrr8aAMkCu4ClTano9ynr1r05IkH3tX9GFC1ei54XQGcks11VBjsi/00cw7n1AtmMlMAMIOYrgAKaPAscdmMPVDh2B1qWCN6XhqqX1Ngv8nM0tnqVKMVIauzLEXsdpMN4miKKs+fKR1Ybk8slLhukT6REddrrfbNUgk7JTJasyX5QYiJ9Ec8S1ypceVZn16j4FcdPvwcw5ou2S+5rq5PFCNKPEx5cbdi/UN8p5tDjlzsHEhjwsm966XdUE3",', secret: 'IQoJb3JpZ2luX2Vjt9gqSbwMv7tDm0fsMVXGnxQTsycC/PLy0RB//u94i/MGtZVaMo8hGs8Ipw+i0ACKaDLwj8u8TCN3Yu2TQ86ESCEXu22yUysXZgQBgUldvFrtcibKA2MNUM2/bYK+b2fzE6PjZ4XmYXXXG9fNmlyGuo4vifKuThxyiAiAwyvGzv3omkykfIUq0O8BfTtugNa0hda5nMjEO26Vw7HqTwmAHYdwm8affzdsHUbD2FPHIeUr9fYoMpZ+RDUw0+aJPOFwGr67Uph2s0GQGlNWpoKQkhZvvSi3torZzRkrEjOZ3V1i2c+a7+I2FSrr8aAMkCu4ClTano9ynr1r05IkH3tX9GFC1ei54XQGcks11VBjsi/00cw7n1AtmMlMAMIOYrgAKaPAscdmMPVDh2B1qWCN6XhqqX1Ngv8nM0tnqVKMVIauzLEXsdpMN4miKKs+fKR1Ybk8slLhukT6REddrrfbNUgk7JTJasyX5QYiJ9Ec8S1ypceVZn16j4FcdPvwcw5ou2S+5rq5PFCNKPEx5cbdi/UN8p5tDjlzsHEhjwsm966XdUE3' },
        { text: 'export AWS_SESSION_TOKEN=AQoDYXdzAdO/kG1mWY6YvHBPOlSYxP61hRjsu/3YQbdSpPb/6ehJCQ5hB2CBi7lHPVlZ0ulYN7q18pG8KXJEHAvfIPm4r6yPjQ7aOaUif9W/Aee6e4ov6bS96kDfh4mm7hsqYar6IlOSiR+VWwqxVpKPFMYrAh6FgMkolzTd4l0wnCgDovLDBasx3FnNAEqOTk2u7x2AS0CmTXF5Ymed7ZQnVlj/k2n6jTAkFB3VyxQY7CERSxVfSK/Ody5DWykLvDs/6alf3Sy5t61Fd2+X7M8CXtyP6oduaiv+f12YNGy5gQS5uhE9YSEfL6VxdfnwLwtfRbNoVW8peEbkq22t1BsEPq1yyhEZw7SRyVWOqjuvemlzv382lQGzvadv1buB8kanXtpZmukPx9uh7yftPAmA', secret: 'AQoDYXdzAdO/kG1mWY6YvHBPOlSYxP61hRjsu/3YQbdSpPb/6ehJCQ5hB2CBi7lHPVlZ0ulYN7q18pG8KXJEHAvfIPm4r6yPjQ7aOaUif9W/Aee6e4ov6bS96kDfh4mm7hsqYar6IlOSiR+VWwqxVpKPFMYrAh6FgMkolzTd4l0wnCgDovLDBasx3FnNAEqOTk2u7x2AS0CmTXF5Ymed7ZQnVlj/k2n6jTAkFB3VyxQY7CERSxVfSK/Ody5DWykLvDs/6alf3Sy5t61Fd2+X7M8CXtyP6oduaiv+f12YNGy5gQS5uhE9YSEfL6VxdfnwLwtfRbNoVW8peEbkq22t1BsEPq1yyhEZw7SRyVWOqjuvemlzv382lQGzvadv1buB8kanXtpZmukPx9uh7yftPAmA' },
      ],
      negative: [
        'aws_session_token = ${AWS_SESSION_TOKEN}',
        'aws_session_token = None  # assume-role fills this in',
        `security_token = "${'AbCd'.repeat(30)}"`,
      ],
    },
  }),
  defineRule({
    id: 'aws-mws-auth-token',
    title: 'Amazon MWS auth token',
    severity: 'high',
    keywords: ['amzn.mws.'],
    pattern: /(?<![A-Za-z0-9.])(?<secret>amzn\.mws\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![A-Za-z0-9-])/,
    confidence: 'high',
    remediation: `${ROTATE} Revoke the developer authorization in Seller Central (Apps and Services > Manage Your Apps).`,
    examples: {
      positive: [
        { text: "'mws_auth_token' => 'amzn.mws.53c354b6-5b65-4199-86ed-39d687cc1259',", secret: 'amzn.mws.53c354b6-5b65-4199-86ed-39d687cc1259' },
        { text: 'MWSAuthToken=amzn.mws.98867676-deac-4363-ae69-ec73cfc44cc4&SellerId=A1B2C3', secret: 'amzn.mws.98867676-deac-4363-ae69-ec73cfc44cc4' },
      ],
      negative: ['MWSAuthToken=amzn.mws.4ea38b7b-f563-7709-4bae-87aeaEXAMPLE', 'amzn.mws.1a2b3c4d-5e6f', 'amzn.mws.893efd8c-5de4-4a04-be65-1fc5e1413c440'],
    },
  }),
];

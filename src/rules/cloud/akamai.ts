import { defineRule, ROTATE } from '../lib/define.ts';

// Akamai EdgeGrid credentials (.edgerc): client_token and access_token are akab- + two 16-character
// groups; client_secret is 44 base64 characters and is taken when an akab- value or the
// akamaiapis.net host is in the same section.
const TOKEN = 'akab-[a-z0-9]{16}-[a-z0-9]{16}';

export default [
  defineRule({
    id: 'akamai-edgegrid-token',
    title: 'Akamai EdgeGrid client or access token',
    severity: 'high',
    keywords: ['akab-'],
    // Not the API host (akab-....luna.akamaiapis.net), which has the same shape.
    pattern: new RegExp(`(?<![A-Za-z0-9_-])(?<secret>${TOKEN})(?![A-Za-z0-9_-]|\\.[a-z]{2,12}\\.akamaiapis\\.net)`),
    confidence: 'high',
    remediation: `${ROTATE} Delete the API client's credential in Identity and Access Management and create a new one.`,
    examples: {
      positive: [
        { text: 'access_token = akab-ovi0x0kkfpbip2dn-ng4my9ijtyfjdapc', secret: 'akab-ovi0x0kkfpbip2dn-ng4my9ijtyfjdapc' },
        { text: 'client_token = akab-21dcfb4pmx2k4205-z3jfpidehzo0iziq', secret: 'akab-21dcfb4pmx2k4205-z3jfpidehzo0iziq' },
      ],
      negative: ['host = akab-c9r0zyzrbsx2j78f-a6svt1zyrvxrjn3o.luna.akamaiapis.net', 'client_token = akab-c113ntt0k3n4qtari252bfxxbsl-yvsdj', 'akab-mjhrvcryul-ykzwbeqnfqanoofp'],
    },
  }),
  defineRule({
    id: 'akamai-edgegrid-client-secret',
    title: 'Akamai EdgeGrid client secret',
    severity: 'critical',
    keywords: ['client_secret', 'akab-'],
    multiline: true,
    // A match is at most 65 characters; its look-behind reads 405 back from the match's end, its
    // look-ahead 413 on from it.
    reach: { before: 400, after: 600 },
    pattern: new RegExp(
      `(?<![A-Za-z0-9_])client_secret\\s{0,3}[=:]\\s{0,3}["']?(?<secret>[A-Za-z0-9+/]{43}=)(?![A-Za-z0-9+/=])` +
        `(?:(?<=akab-[\\s\\S]{0,400})|(?=[\\s\\S]{0,400}?akab-[a-z0-9]{8}))`,
    ),
    minEntropy: 4,
    remediation: `${ROTATE} Delete the API client's credential in Identity and Access Management and create a new one.`,
    examples: {
      positive: [
        {
          text: '[default]\nclient_secret = hW+yISTn0uVUbaXLwd7oNzxRN6AuvF0DMVr0TvrVDyQ=\nhost = akab-upjpa9gx99hfh61g-rg9csezqp9t175ig.luna.akamaiapis.net\naccess_token = akab-2t0l00mj9ecc6pjs-daxmyxqdusiew4zu\nclient_token = akab-8kkmzy4rsd5xgjuc-g411jxe83mizdsg2',
          secret: 'hW+yISTn0uVUbaXLwd7oNzxRN6AuvF0DMVr0TvrVDyQ=',
        },
        {
          text: '[ccu]\nhost = akab-bsu0s2jkgwysrt8o-xxfs6unk8mpzbf19.purge.akamaiapis.net\nclient_token = akab-raz2bhe5ylst1d0f-da41ksmsh7678j1o\nclient_secret = I5sI3Xk9G0sCmULVaQancynckIqIgttTiybveY4hAw4=\naccess_token = akab-1mt0fx8i7zk3dmrm-945jrn6o5ebvxtr3',
          secret: 'I5sI3Xk9G0sCmULVaQancynckIqIgttTiybveY4hAw4=',
        },
      ],
      negative: ['[default]\nclient_secret = ${AKAMAI_CLIENT_SECRET}\nhost = akab-c0hl0hu6bi3kowge-v6a7llruhbjw6z7c.luna.akamaiapis.net', '# .edgerc: client_secret, host, access_token and client_token come from Akamai Control Center'],
    },
  }),
];

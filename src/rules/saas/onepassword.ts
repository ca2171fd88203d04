import { defineRule, ROTATE } from '../lib/define.ts';
import { decodeBase64Json } from '../lib/encoding.ts';

// 1Password service account tokens: ops_ + base64url JSON holding the sign-in address, SRP
// material and the account's Secret Key. Secret Keys: A3- + account id + 26 random characters
// in dash-separated groups (A3-XXXXXX-XXXXXX-XXXXX-XXXXX-XXXXX-XXXXX or A3-XXXXXX-XXXXXXXXXXX-XXXXX-XXXXX-XXXXX).
const SA_FIELDS = ['signInAddress', 'secretKey', 'srpX', 'muk', 'userAuth', 'email'];

export default [
  defineRule({
    id: '1password-service-account-token',
    title: '1Password service account token',
    severity: 'critical',
    keywords: ['ops_eyj'],
    pattern: /(?<![A-Za-z0-9_])(?<secret>ops_eyJ[A-Za-z0-9+/_-]{100,4000}={0,2})(?![A-Za-z0-9+/=_-])/,
    validate: (secret) => {
      const obj = decodeBase64Json(secret.slice(4));
      return obj !== undefined && SA_FIELDS.filter((k) => k in obj).length >= 2 ? true : false;
    },
    remediation: `${ROTATE} Revoke the service account token in 1Password under Developer > Service Accounts.`,
    examples: {
      positive: [
        { text: 'OP_SERVICE_ACCOUNT_TOKEN=ops_eyJzaWduSW5BZGRyZXNzIjoibXkuMXBhc3N3b3JkLmNvbSIsInVzZXJBdXRoIjp7Im1ldGhvZCI6IlNSUGctNDA5NiIsImFsZyI6IlBCRVMyZy1IUzI1NiIsIml0ZXJhdGlvbnMiOjY1MDAwMCwic2FsdCI6IlgzTnlrRHVyWW9fS2s4ck5BU29uWkEifSwiZW1haWwiOiJtbWp1aGtqaWozbmVAMXBhc3N3b3Jkc2VydmljZWFjY291bnRzLmNvbSIsInNycFgiOiIzMGRhYTU4NjQ4YzRlNzY1YTc5YmViNWVhZmM4Mjk4ZGM4Y2YzYzI0MDA0MzIwMDRiMjU5YWE3MDRmMDVjNzJlIiwibXVrIjp7ImFsZyI6IkEyNTZHQ00iLCJleHQiOnRydWUsImsiOiJ1eXVnOGhxOFp1OG5BVjJidTYwY3dCUTBzVWtGSW5HR3Z4SmZONzY1RlljIiwia2V5X29wcyI6WyJlbmNyeXB0IiwiZGVjcnlwdCJdLCJrdHkiOiJvY3QiLCJraWQiOiJtcCJ9LCJzZWNyZXRLZXkiOiJBMy1aNjRMTTQtUjM5WFhEWFNLRDItODMyWTYtRjRGNDYtQjVOTUgiLCJ0aHJvdHRsZVNlY3JldCI6eyJzZWVkIjoiMDM3NTBhMzczNTBjY2JkMTRlMDE1NzM5ZWFiNWRiMWQ5NWZkZTQ4Y2Y3ZTE3MDg3MDEzNTYzYmYxYjlhMjc3OCIsInV1aWQiOiJrd3Fucmo3YXN0c3JzNXllbzQ3dzZ0c2xjNSJ9LCJkZXZpY2VVdWlkIjoiMnA1cTJzYmdkdXhlbjZwdmN1eDV2dTM2NG4ifQ', secret: 'ops_eyJzaWduSW5BZGRyZXNzIjoibXkuMXBhc3N3b3JkLmNvbSIsInVzZXJBdXRoIjp7Im1ldGhvZCI6IlNSUGctNDA5NiIsImFsZyI6IlBCRVMyZy1IUzI1NiIsIml0ZXJhdGlvbnMiOjY1MDAwMCwic2FsdCI6IlgzTnlrRHVyWW9fS2s4ck5BU29uWkEifSwiZW1haWwiOiJtbWp1aGtqaWozbmVAMXBhc3N3b3Jkc2VydmljZWFjY291bnRzLmNvbSIsInNycFgiOiIzMGRhYTU4NjQ4YzRlNzY1YTc5YmViNWVhZmM4Mjk4ZGM4Y2YzYzI0MDA0MzIwMDRiMjU5YWE3MDRmMDVjNzJlIiwibXVrIjp7ImFsZyI6IkEyNTZHQ00iLCJleHQiOnRydWUsImsiOiJ1eXVnOGhxOFp1OG5BVjJidTYwY3dCUTBzVWtGSW5HR3Z4SmZONzY1RlljIiwia2V5X29wcyI6WyJlbmNyeXB0IiwiZGVjcnlwdCJdLCJrdHkiOiJvY3QiLCJraWQiOiJtcCJ9LCJzZWNyZXRLZXkiOiJBMy1aNjRMTTQtUjM5WFhEWFNLRDItODMyWTYtRjRGNDYtQjVOTUgiLCJ0aHJvdHRsZVNlY3JldCI6eyJzZWVkIjoiMDM3NTBhMzczNTBjY2JkMTRlMDE1NzM5ZWFiNWRiMWQ5NWZkZTQ4Y2Y3ZTE3MDg3MDEzNTYzYmYxYjlhMjc3OCIsInV1aWQiOiJrd3Fucmo3YXN0c3JzNXllbzQ3dzZ0c2xjNSJ9LCJkZXZpY2VVdWlkIjoiMnA1cTJzYmdkdXhlbjZwdmN1eDV2dTM2NG4ifQ' },
        { text: '  op_token: "ops_eyJzaWduSW5BZGRyZXNzIjoibXkuMXBhc3N3b3JkLmNvbSIsInVzZXJBdXRoIjp7Im1ldGhvZCI6IlNSUGctNDA5NiIsImFsZyI6IlBCRVMyZy1IUzI1NiIsIml0ZXJhdGlvbnMiOjY1MDAwMCwic2FsdCI6ImRXTHJhVGdlZFlrWXByc3BZNXBKc2cifSwiZW1haWwiOiJ6Ym11azJvb3l0eGJAMXBhc3N3b3Jkc2VydmljZWFjY291bnRzLmNvbSIsInNycFgiOiIzZWU0NjE2YWJlMmU4Yjc0MzhhZWFkNmNiYWJlNDE1YmNjZTVkM2QzYzdmMTcxNWYxOWRkYmJiNjIxY2U0NjY2IiwibXVrIjp7ImFsZyI6IkEyNTZHQ00iLCJleHQiOnRydWUsImsiOiJzNklESDg0NFVrREo2Y0JHNzh4cVl4NmZBZlpjOVVYZ2RNUXNzOXZNVU9jIiwia2V5X29wcyI6WyJlbmNyeXB0IiwiZGVjcnlwdCJdLCJrdHkiOiJvY3QiLCJraWQiOiJtcCJ9LCJzZWNyZXRLZXkiOiJBMy00TE1CVDYtSlc5VDVYOFlERkctUlZZV1ctRVlMSlQtQVZCQTYiLCJ0aHJvdHRsZVNlY3JldCI6eyJzZWVkIjoiNzVmYjE4ZGU0NjZkODMwZWY0MGI3Y2QxNGVjMGIyZjU3NDIzNzc1MDcxYWQyYTFjN2Q2NzA4YjVlZGViYmYxMCIsInV1aWQiOiJtNGxqdWV6YXc1b2wyenN0ZnZ5YmJqcW1ociJ9LCJkZXZpY2VVdWlkIjoiNmxmcmk2anVua2poNHo3N2RoYmFxbmRkNTIifQ"', secret: 'ops_eyJzaWduSW5BZGRyZXNzIjoibXkuMXBhc3N3b3JkLmNvbSIsInVzZXJBdXRoIjp7Im1ldGhvZCI6IlNSUGctNDA5NiIsImFsZyI6IlBCRVMyZy1IUzI1NiIsIml0ZXJhdGlvbnMiOjY1MDAwMCwic2FsdCI6ImRXTHJhVGdlZFlrWXByc3BZNXBKc2cifSwiZW1haWwiOiJ6Ym11azJvb3l0eGJAMXBhc3N3b3Jkc2VydmljZWFjY291bnRzLmNvbSIsInNycFgiOiIzZWU0NjE2YWJlMmU4Yjc0MzhhZWFkNmNiYWJlNDE1YmNjZTVkM2QzYzdmMTcxNWYxOWRkYmJiNjIxY2U0NjY2IiwibXVrIjp7ImFsZyI6IkEyNTZHQ00iLCJleHQiOnRydWUsImsiOiJzNklESDg0NFVrREo2Y0JHNzh4cVl4NmZBZlpjOVVYZ2RNUXNzOXZNVU9jIiwia2V5X29wcyI6WyJlbmNyeXB0IiwiZGVjcnlwdCJdLCJrdHkiOiJvY3QiLCJraWQiOiJtcCJ9LCJzZWNyZXRLZXkiOiJBMy00TE1CVDYtSlc5VDVYOFlERkctUlZZV1ctRVlMSlQtQVZCQTYiLCJ0aHJvdHRsZVNlY3JldCI6eyJzZWVkIjoiNzVmYjE4ZGU0NjZkODMwZWY0MGI3Y2QxNGVjMGIyZjU3NDIzNzc1MDcxYWQyYTFjN2Q2NzA4YjVlZGViYmYxMCIsInV1aWQiOiJtNGxqdWV6YXc1b2wyenN0ZnZ5YmJqcW1ociJ9LCJkZXZpY2VVdWlkIjoiNmxmcmk2anVua2poNHo3N2RoYmFxbmRkNTIifQ' },
      ],
      negative: ['OP_SERVICE_ACCOUNT_TOKEN=ops_eyJw8sPt6rtnLakaiJAlo27O1M65kQFzz34oVyRw8om7kz7cTCGa6AtcHIlzrAEDfxlESyl8xDaM4So9Ec0DtAl9o22BqxURJdCMzpYbpoxias8ZNLbETC3082d', 'OP_SERVICE_ACCOUNT_TOKEN=ops_c2lnbkluQWRkcmVzcz1teS4xcGFzc3dvcmQuY29tJnVzZXI9UW5JVHZQQmN1UFA2ZzhBSVlKUFQ'],
    },
  }),
  defineRule({
    id: '1password-secret-key',
    title: '1Password account Secret Key',
    severity: 'critical',
    keywords: ['a3-'],
    pattern:
      /(?<![A-Za-z0-9-])(?<secret>A3-[A-Z0-9]{6}-(?:[A-Z0-9]{11}|[A-Z0-9]{6}-[A-Z0-9]{5})-[A-Z0-9]{5}-[A-Z0-9]{5}-[A-Z0-9]{5})(?![A-Za-z0-9-])/,
    // The one Secret Key 1Password publishes in its white paper is documentation.
    validate: (secret) => (secret === 'A3-ASWWYB-798JRY-LJVD4-23DC2-86TVM-H43EB' ? false : undefined),
    confidence: 'high',
    remediation: `${ROTATE} Regenerate the Secret Key in 1Password (Profile > Secret Key) and change the account password.`,
    examples: {
      positive: [
        { text: 'OP_SECRET_KEY=A3-MEVIIR-SAZV6R68O8T-NBOGD-YUQ5Y-STPNX', secret: 'A3-MEVIIR-SAZV6R68O8T-NBOGD-YUQ5Y-STPNX' },
        { text: '"secret": "A3-9Y94R3-O98VFF-8XLDZ-2HANX-9GMU9-D6MGX"', secret: 'A3-9Y94R3-O98VFF-8XLDZ-2HANX-9GMU9-D6MGX' },
      ],
      // the second is the Secret Key printed in 1Password's own white paper
      negative: ['paper size A3-ED3LJJ', 'A3-ASWWYB-798JRY-LJVD4-23DC2-86TVM-H43EB'],
    },
  }),
];

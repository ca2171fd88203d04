import { defineRule, ROTATE } from '../lib/define.ts';
import { checksumProves, hasTrailingHexCrc32 } from '../lib/checksum.ts';

// Bitbucket Cloud. App passwords: ATBB + 24 alphanumerics + 8 hex digits of the CRC-32 of the
// first 28 characters. Repository, project and workspace access tokens: ATCTT3xFfGN0, a
// base64url body, "=", then the CRC-32 of everything before it in hex.
export default [
  defineRule({
    id: 'bitbucket-app-password',
    title: 'Bitbucket app password',
    severity: 'critical',
    keywords: ['atbb'],
    pattern: /(?<![A-Za-z0-9_])(?<secret>ATBB[A-Za-z0-9]{24}[A-F0-9]{8})(?![A-Za-z0-9_])/,
    validate: checksumProves(hasTrailingHexCrc32),
    skipPlaceholderFilter: true,
    confidence: 'low',
    remediation: `${ROTATE} Revoke it under Personal settings > App passwords in Bitbucket (and move to API tokens).`,
    examples: {
      positive: [
        { text: 'git clone https://deploy:ATBBQ9E2KDA39B1RNjlWNF9F6VAmC180C34C@bitbucket.org/acme/site.git', secret: 'ATBBQ9E2KDA39B1RNjlWNF9F6VAmC180C34C' },
        { text: 'BITBUCKET_APP_PASSWORD=ATBBvSFJHpmShCYqB4ZEjMZdJmnQ4949B5BC', secret: 'ATBBvSFJHpmShCYqB4ZEjMZdJmnQ4949B5BC' },
        { text: 'password: ATBBRisipqe9ejiDTDOcN5S2f3KHE6B45E04', secret: 'ATBBRisipqe9ejiDTDOcN5S2f3KHE6B45E04' },
      ],
      negative: ['password: ATBB123abcDEF456ghiJKL789mnoPQR', 'LATBbits.LATB5 = 1;', 'ATBBDLCIBeY7GtKb87zjDM4D'],
    },
  }),
  defineRule({
    id: 'bitbucket-access-token',
    title: 'Bitbucket repository, project or workspace access token',
    severity: 'critical',
    keywords: ['atctt3'],
    pattern: /(?<![A-Za-z0-9_-])(?<secret>ATCTT3[A-Za-z0-9_-]{100,300}=[A-F0-9]{8})(?![A-Za-z0-9_=-])/,
    validate: checksumProves(hasTrailingHexCrc32),
    skipPlaceholderFilter: true,
    confidence: 'low',
    remediation: `${ROTATE} Revoke it under Repository (or project/workspace) settings > Access tokens.`,
    examples: {
      positive: [
        { text: 'git clone https://x-token-auth:ATCTT3xFfGN048yBMo2yyXs4XzMgTRaWfwnzxcwuDCmL3bFGPT5PAhfM9KRoHQ8dGVY3vEPbnTvryG7Vri5APDtMruIJ9l-fsp9pPqkX7_VUnAGZHCrkTy_KZneRzk2E_v--F1Y7jI3kUMgXz4sQcep1K-yrJfhThpyCDbL3ZAyUkdi9E19tDDG=629FE0E2@bitbucket.org/acme/app.git', secret: 'ATCTT3xFfGN048yBMo2yyXs4XzMgTRaWfwnzxcwuDCmL3bFGPT5PAhfM9KRoHQ8dGVY3vEPbnTvryG7Vri5APDtMruIJ9l-fsp9pPqkX7_VUnAGZHCrkTy_KZneRzk2E_v--F1Y7jI3kUMgXz4sQcep1K-yrJfhThpyCDbL3ZAyUkdi9E19tDDG=629FE0E2' },
        { text: 'BITBUCKET_ACCESS_TOKEN="ATCTT3xFfGN0ZlTmNBUDQFpLD09YzmpanTkVThN4NjnmdGWOhag2Y_u4arORKNXYsLVbOsRIUfUugnCC0DCFNN5T5m6iJcvHRStPq9n_umEBlRTCKslbIjtG-WmjtbeSX4we_VueYEx_ZP7UrsFFmxB9RUsolPF0DRIFtctjy5aIuWcPS2bMeCN=BE364180"', secret: 'ATCTT3xFfGN0ZlTmNBUDQFpLD09YzmpanTkVThN4NjnmdGWOhag2Y_u4arORKNXYsLVbOsRIUfUugnCC0DCFNN5T5m6iJcvHRStPq9n_umEBlRTCKslbIjtG-WmjtbeSX4we_VueYEx_ZP7UrsFFmxB9RUsolPF0DRIFtctjy5aIuWcPS2bMeCN=BE364180' },
      ],
      negative: ['Repository access tokens start with `ATCTT3`.', 'ATCTT3xFfGN0L3cJwef69vHQvH1pNZM8dlh22FYv5cL-jsDiwxh9ptVj-3x9l_=1E0BB662', 'ATCTT3xFfGN0xxxx…'],
    },
  }),
];

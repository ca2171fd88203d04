import { defineRule, ROTATE } from '../lib/define.ts';
import { isPlaceholderPassword } from '../lib/credentials.ts';
import { isRandomToken } from '../lib/randomness.ts';
import { isDocsFile } from '../../engine/filters.ts';

// .netrc / _netrc: `machine <host> login <user> password <secret>`, on one line or several
// (entries without a login are left out: in prose, "machine ... password ..." is common).
export default [
  defineRule({
    id: 'netrc-password',
    title: '.netrc password',
    severity: 'critical',
    keywords: ['machine'],
    multiline: true,
    // machine, host, login, user, password and value at their longest: 1,098 characters
    reach: { before: 0, after: 1200 },
    pattern: /machine[ \t]{1,8}[^\s]{1,253}\s{1,16}login[ \t]{1,8}(?<user>[^\s]{1,256})\s{1,16}password[ \t]{1,8}"?(?<secret>[^\s"]{1,512})/,
    // In documentation a made-up password is an example (apt_auth.conf(5): `password debian`); a
    // generated one may be real.
    validate: (secret, groups, { path }) =>
      isPlaceholderPassword(secret, groups.user) || (isDocsFile(path) && !isRandomToken(secret, 'context')) ? false : undefined,
    confidence: 'medium',
    remediation: `${ROTATE} Change the password (or revoke the token) for that host and keep .netrc out of the repository.`,
    examples: {
      positive: [
        { text: 'machine api.heroku.com\n  login ops@corp.example.org\n  password b45cba28-f824-42f6-bad0-3f75b6eef510\n', secret: 'b45cba28-f824-42f6-bad0-3f75b6eef510' },
        { text: 'machine git.corp.internal login ci-bot password mD0NlCCIIZBuck9RjnmOXNgKBq2W', secret: 'mD0NlCCIIZBuck9RjnmOXNgKBq2W' },
      ],
      negative: [
        'machine github.com login octocat password $GITHUB_TOKEN',
        'machine ftp.corp login anonymous password anonymous',
        'machine HOSTNAME login USERID password "PASSWORD"',
        ':Nread "machine id password path"  uses ftp',
        // a test's numbered default (Go's netrc tests)
        'machine test.host\nlogin user2\npassword pwd2',
      ],
    },
  }),
];

import { defineRule, ROTATE } from '../lib/define.ts';
import { isPlaceholderPassword } from '../lib/credentials.ts';

// HTTP(S)/FTP URLs with inline credentials, https://user:password@host (also the lines of a
// .git-credentials file). The secret is the password part. Generic: a token rule that knows
// the password's format (a GitHub token, say) reports it instead.
export default [
  defineRule({
    id: 'basic-auth-url',
    title: 'Credentials in URL (basic auth)',
    severity: 'high',
    keywords: ['http://', 'https://', 'ftp://', 'ftps://'],
    pattern:
      /(?<![A-Za-z0-9+.-])(?:https?|ftps?):\/\/(?<user>[^\s:@\/'"`<>]{1,128}):(?<secret>[^\s:@\/'"`<>]{1,256})@(?<host>[A-Za-z0-9._-]{1,253}|\[[0-9A-Fa-f:.]{2,45}\])(?=[:\/?#,;\s'"`)\]}]|$)/,
    validate: (secret, groups) => (isPlaceholderPassword(secret, groups.user, groups.host) ? false : undefined),
    generic: true,
    confidence: 'medium',
    remediation: `${ROTATE} Change the password (or revoke the token) and pass credentials through a credential helper or the environment.`,
    examples: {
      positive: [
        { text: 'https://deploy-bot:zZLuSBm11Glkhd49FQTZdCop@git.corp.internal', secret: 'zZLuSBm11Glkhd49FQTZdCop' },
        { text: 'pip install --index-url https://ci:OeTX2YRSWJolP5gSdfjs@pypi.corp.internal/simple pkg', secret: 'OeTX2YRSWJolP5gSdfjs' },
        { text: 'ELASTIC_URL="http://elastic:aiUonm8BA9SGHi9l@10.2.0.7:9200"', secret: 'aiUonm8BA9SGHi9l' },
      ],
      negative: [
        'git clone https://user:password@github.com/org/repo.git',
        // defaults under escapes and test manglings (Go's net/url tests)
        '"http://jane:p%40ssword@google.com",',
        'Parse("http://user^:passwo^rd@foo.com/")',
        'in: "http://user:pa%2Fssword@dummy.faketld/",',
        'https://${GIT_USER}:${GIT_TOKEN}@gitlab.com/group/project.git',
        'https://docs.example.com/path?redirect=https://other.host/x',
        'see https://user@host.example.org/login',
        // a host reserved for documentation (Ruby's URI docs)
        'uri = URI.parse("http://john:S3nsit1ve@my.example.com")',
      ],
    },
  }),
];

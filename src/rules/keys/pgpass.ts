import { defineRule, ROTATE } from '../lib/define.ts';
import { isPlaceholderPassword } from '../lib/credentials.ts';

// PostgreSQL password file (~/.pgpass): hostname:port:database:username:password, one entry a
// line, with * wildcards. Keyed on a PostgreSQL port or a wildcard field.
export default [
  defineRule({
    id: 'pgpass-password',
    title: 'PostgreSQL .pgpass password',
    severity: 'critical',
    keywords: [':5432:', ':5433:', ':6432:', ':*:'],
    pattern: /^(?<host>[A-Za-z0-9._*-]{1,253}|\[[0-9A-Fa-f:]{2,45}\]):(?<port>\d{2,5}|\*):(?<db>[^:\s]{1,63}):(?<user>[^:\s]{1,63}):(?<secret>[^\s:]{1,256})\r?$/m,
    validate: (secret, groups) => (isPlaceholderPassword(secret, groups.user) ? false : undefined),
    confidence: 'medium',
    remediation: `${ROTATE} Change the database user's password; keep .pgpass in the home directory (mode 0600), never in a repository.`,
    examples: {
      positive: [
        { text: 'db.prod.internal:5432:orders:orders_svc:kEeyicwjv9DYa0BHwr7ZXp', secret: 'kEeyicwjv9DYa0BHwr7ZXp' },
        { text: '*:*:*:replicator:PR2kXwA48HX5SXUJUkhbYNDG', secret: 'PR2kXwA48HX5SXUJUkhbYNDG' },
      ],
      // a tutorial default, a variable, and /etc/passwd and /etc/shadow lines (which also have :*: fields)
      negative: [
        'localhost:5432:*:postgres:postgres',
        'echo "host:5432:db:user:$PGPASSWORD" > ~/.pgpass',
        'daemon:*:1:1:daemon:/usr/sbin:/usr/sbin/nologin',
        'sshd:*:19720:0:99999:7:::',
      ],
    },
  }),
];

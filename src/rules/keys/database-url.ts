import { defineRule, ROTATE } from '../lib/define.ts';
import { isPlaceholderPassword } from '../lib/credentials.ts';

// Connection URLs with an inline password: scheme://user:password@host. Covers PostgreSQL,
// MySQL/MariaDB, MongoDB (+srv), Redis (rediss), AMQP, SQL Server, CockroachDB, ClickHouse,
// SQLAlchemy-style dialects (postgresql+psycopg2://) and JDBC (jdbc:mysql://user:pass@ and
// ...?password= / ;password=). The secret is the password; URLs without one are not reported.
const SCHEMES = 'postgres(?:ql)?|mysql|mariadb|mongodb(?:\\+srv)?|rediss?|amqps?|mssql|sqlserver|cockroachdb|clickhouse|couchbases?|neo4j(?:\\+s)?|bolt';

const REMEDIATION = `${ROTATE} Change the database user's password and read the URL from the environment or a secret store.`;

export default [
  defineRule({
    id: 'database-url-password',
    title: 'Database connection URL with password',
    severity: 'critical',
    keywords: ['postgres', 'mysql', 'mariadb', 'mongodb', 'redis', 'amqp', 'mssql', 'sqlserver', 'cockroachdb', 'clickhouse', 'couchbase', 'neo4j', 'bolt://'],
    pattern: new RegExp(
      `(?<![A-Za-z0-9+.-])(?:${SCHEMES})(?:\\+[a-z0-9]{1,20})?:\\/\\/(?<user>[^\\s:@\\/'"\`<>]{0,128}):(?<secret>[^\\s@\\/'"\`<>]{1,256})@(?<host>[A-Za-z0-9._-]{1,253}|\\[[0-9A-Fa-f:.]{2,45}\\])(?=[:\\/?#,;\\s'"\`)\\]}]|$)`,
      'i',
    ),
    validate: (secret, groups) => (isPlaceholderPassword(secret, groups.user, groups.host) ? false : undefined),
    confidence: 'medium',
    remediation: REMEDIATION,
    examples: {
      positive: [
        { text: 'DATABASE_URL=postgres://orders_svc:PwOdnq3iwHjsM1qido2U@db.prod.internal:5432/orders', secret: 'PwOdnq3iwHjsM1qido2U' },
        { text: "MONGO_URI = 'mongodb+srv://analytics:VQlsYJVfCsDTIH4v_r@cluster0.x1y2z.mongodb.net/?retryWrites=true'", secret: 'VQlsYJVfCsDTIH4v_r' },
        { text: 'REDIS_URL=rediss://:aGh4yCkCCnb8LGt44uD5XP8I8VQreeCy@cache.internal:6380/0', secret: 'aGh4yCkCCnb8LGt44uD5XP8I8VQreeCy' },
        { text: 'url: jdbc:mysql://report:QK1YoYNrgNNXA8YV@10.0.4.12:3306/reports', secret: 'QK1YoYNrgNNXA8YV' },
        { text: 'engine = create_engine("postgresql+psycopg2://etl:S%40tNTGW3qQvec11k@warehouse/dw")', secret: 'S%40tNTGW3qQvec11k' },
      ],
      negative: [
        'DATABASE_URL=postgres://postgres:postgres@localhost:5432/app',
        'DATABASE_URL=postgres://user:${DB_PASSWORD}@db:5432/app',
        'MONGO_URL=mongodb://mongo.internal:27017/app',
        'amqp://guest:guest@localhost:5672/',
        'DATABASE_URL=postgres://shop:Vq7tRm2Lp9Wx@db.example.com:5432/shop',
        'REDIS_URL=redis://:password@localhost:6379',
        // `prisma init`'s .env, copied into READMEs and .env.example files
        'DATABASE_URL="postgresql://johndoe:randompassword@localhost:5432/mydb?schema=public"',
      ],
    },
  }),
  defineRule({
    id: 'jdbc-password',
    title: 'JDBC URL with password parameter',
    severity: 'critical',
    keywords: ['jdbc:'],
    pattern: /jdbc:[a-z0-9]{2,20}:[^\s'"`]{0,512}?[?&;]password=(?<secret>[^\s&;'"`]{1,256})/i,
    validate: (secret) => (isPlaceholderPassword(secret) ? false : undefined),
    confidence: 'medium',
    remediation: REMEDIATION,
    examples: {
      positive: [
        { text: 'spring.datasource.url=jdbc:postgresql://pg.internal:5432/billing?user=billing&password=6QPcZD5TYl9wmRrFZb&ssl=true', secret: '6QPcZD5TYl9wmRrFZb' },
        { text: '<property name="url" value="jdbc:sqlserver://mssql01:1433;databaseName=hr;user=hr_app;password=HO9MjUzA5I8jIMVE;encrypt=true"/>', secret: 'HO9MjUzA5I8jIMVE' },
      ],
      negative: ['jdbc:mysql://db:3306/app?user=root&password=${MYSQL_PASSWORD}', 'jdbc:postgresql://pg:5432/app?sslmode=require'],
    },
  }),
];

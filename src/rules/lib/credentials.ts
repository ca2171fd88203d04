// Shared judgement for user:password pairs found in URLs and config files: templates, defaults
// from tutorials and docker-compose demos, and values that repeat the user name are not secrets.
import { isPlaceholder, percentDecoded } from '../../engine/filters.ts';

const DEFAULTS = new Set([
  'password', 'passwd', 'pass', 'pwd', 'secret', 'postgres', 'postgresql', 'mysql', 'mariadb', 'root', 'admin',
  'administrator', 'test', 'testing', 'user', 'username', 'guest', 'default', 'redis', 'mongo', 'mongodb', 'rabbitmq',
  'sa', 'dbpass', 'dbpassword', 'db_password', 'mypassword', 'mypass', 'yourpassword', 'userpassword', 'pa55word',
  'p@ssw0rd', 'p@ssword', 'passw0rd', 'password1', 'password123', 'admin123', 'root123', 'qwerty', 'letmein',
  '123456', '1234', '12345', '12345678', 'token', 'apikey', 'api_key', 'api-key', 'access_token', 'accesstoken',
  'personal_access_token', 'pat', 'x-oauth-basic', 'anonymous', 'foo', 'bar', 'foobar', 'demo', 'local', 'dev',
  'docker', 'postgrespassword', 'mysqlpassword', 'keycloak', 'airflow', 'superset', 'gitlab', 'jenkins', 'minio',
  'minioadmin', 'minio123', 'elastic', 'changeit', 'secret123', 'xyz', 'abc', 'abc123',
  // what `prisma init` writes into .env: postgresql://johndoe:randompassword@localhost:5432/mydb
  'randompassword',
  // RFC 7617's Aladdin, as tests write it without the space
  'opensesame',
]);

/**
 * True when `password` reads as a placeholder, a template variable or a tutorial default, or is
 * for a host reserved for documentation (isExampleHost).
 */
export function isPlaceholderPassword(password: string, user = '', host = ''): boolean {
  if (password.length < 4 || isExampleHost(host)) return true; // a:b, abc:123 - documentation, not credentials
  const lower = password.toLowerCase();
  if (DEFAULTS.has(lower) || lower === user.toLowerCase()) return true;
  // A default under a URL's escapes or a test's mangling (p%40ssword, pa%2Fssword, passwo^rd),
  // or numbered (pwd2, admin1, password123).
  const decoded = percentDecoded(lower);
  const bare = decoded.replace(/[^a-z0-9]/g, '');
  if (DEFAULTS.has(decoded) || DEFAULTS.has(bare) || DEFAULTS.has(bare.replace(/\d{1,3}$/, ''))) return true;
  // $VAR, ${VAR}, %(var)s, {var}, {{var}}, :var (Rails/PDO style), [var], <var>
  if (/^(?:\$|%|\{|:|\[|<|#\{|@)/.test(password)) return true;
  if (/^(?:your|my)[-_]?/i.test(password) && /pass|pwd|secret|token|key/i.test(password)) return true;
  return isPlaceholder(password);
}

/**
 * Hosts reserved for documentation (RFC 2606, RFC 6761): example.com, example.net, example.org
 * and their subdomains, and the .example, .test and .invalid domains. No credential works
 * there, so one written for them is an example.
 */
function isExampleHost(host = ''): boolean {
  const h = host.toLowerCase().replace(/\.$/, '');
  return /(?:^|\.)example\.(?:com|net|org)$/.test(h) || /\.(?:example|test|invalid)$/.test(h);
}

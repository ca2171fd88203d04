// Which variables hold secrets, judged by name. The patterns (`*SECRET*`, `*_KEY`,
// `*TOKEN*`, `*PASSWORD*`) catch settings about secrets too (`JWT_ACCESS_TOKEN_EXPIRE_MINUTES=30`,
// `PASSWORD_MIN_LENGTH=12`, `POSTGRES_PASSWORD_FILE=/run/secrets/db`), and a 32-character rule on
// those is noise. So a name whose last part names a setting, or that says PUBLIC, is not a secret.

/** Last name parts that make the variable a setting about a secret, not the secret. */
const SETTING_SUFFIXES = new Set([
  'TTL', 'EXPIRY', 'EXPIRE', 'EXPIRES', 'EXPIRATION', 'LIFETIME', 'AGE', 'TIMEOUT',
  'MS', 'SECONDS', 'SECS', 'MINUTES', 'MINS', 'HOURS', 'DAYS',
  'LENGTH', 'LEN', 'SIZE', 'BITS', 'BYTES', 'ROUNDS', 'ITERATIONS', 'COUNT', 'LIMIT', 'MIN', 'MAX',
  'ALGORITHM', 'ALGORITHMS', 'ALG', 'TYPE', 'FORMAT', 'ENCODING', 'VERSION', 'MODE',
  'PATH', 'FILE', 'DIR', 'NAME', 'HEADER', 'PREFIX', 'FIELD', 'PARAM', 'COOKIE',
  'URL', 'URI', 'ENDPOINT', 'HOST', 'PORT', 'REGION', 'ID', 'ARN',
  'ENABLED', 'DISABLED', 'REQUIRED', 'ENABLE', 'DISABLE',
]);

/** Variables a name pattern catches that are public by design. */
const PUBLIC_PARTS = new Set(['PUBLIC', 'PUBLISHABLE']);

export interface KeyPatterns {
  /** Globs (`*`, `?`) for extra secret variables. */
  secretKeys: string[];
  /** Globs for variables never treated as secrets. */
  notSecretKeys: string[];
}

export function isSecretKey(key: string, patterns: KeyPatterns): boolean {
  const upper = key.toUpperCase();
  if (patterns.notSecretKeys.some((g) => globMatch(g, upper))) return false;
  if (patterns.secretKeys.some((g) => globMatch(g, upper))) return true;
  const parts = upper.split(/[_.-]+/).filter(Boolean);
  if (parts.length === 0) return false;
  if (parts.some((p) => PUBLIC_PARTS.has(p))) return false;
  if (parts.length > 1 && SETTING_SUFFIXES.has(parts[parts.length - 1])) return false;
  const last = parts[parts.length - 1];
  return (
    upper.includes('SECRET') ||
    upper.includes('PASSWORD') ||
    upper.includes('PASSWD') ||
    // TOKEN as a word's end: API_TOKEN, GHTOKEN, ACCESS_TOKENS; not TOKENIZERS_PARALLELISM.
    parts.some((p) => /TOKENS?$/.test(p)) ||
    last === 'KEY' || last === 'KEYS' || last.endsWith('APIKEY')
  );
}

const globCache = new Map<string, RegExp>();

/** Case-insensitive glob over a whole variable name: `*` any run, `?` one character. */
export function globMatch(glob: string, name: string): boolean {
  let re = globCache.get(glob);
  if (!re) {
    const body = glob.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.');
    re = new RegExp(`^${body}$`, 'i');
    globCache.set(glob, re);
  }
  return re.test(name);
}

// The grammar of "a key that names a secret, then its value", shared by the generic rules.
//
// One regex covers the assignment syntaxes of the common languages and formats:
//   password = "v"  password: v  "password": "v"  password := "v"  :password => 'v'
//   'password' => 'v'  $password = 'v'  String password = "v";  password: str = "v"
//   var password string = "v"  export DB_PASSWORD=v  db.password=v  <password>v</password>
//   password="v" (XML attribute)  <add key="DbPassword" value="v"/>  define('DB_PASSWORD', 'v')
//   getenv("DB_PASSWORD", "v")  setPassword("v")  ENV DB_PASSWORD v (Dockerfile)  ...
//
// The match is anchored on the context word (password, token, secret...), which the keyword
// prefilter also looks for, and the rest of the key is read backwards by a bounded lookbehind.
// So the regex does constant work at every position that does not start a context word, even
// on a megabyte-long minified line. Every quantifier is bounded; no alternation is repeated.
//
// The regex only finds candidates. What the key really names (db_password vs password_hint),
// whether an unquoted value is a literal in this kind of file, and whether the value is noise is
// decided in code (validate), where it can be read and tested.

/** Operators between a key and its value. Named groups: op (all of it), kq (quote closing the key). */
const OP =
  '(?<op>' +
  [
    // a default in a shell or Compose expansion: ${DB_PASSWORD:-v}, ${DB_PASSWORD-v}, ${DB_PASSWORD:=v}
    String.raw`:?[-=](?<=\$\{[\w.-]{1,80}:?[-=])`,
    // key ["'`]? ]? then an optional type annotation (": str", " string"), then the operator
    String.raw`(?<kq>["'\x60]?)\]?[ \t]{0,4}(?:(?::[ \t]{0,4}|[ \t])[A-Za-z_][\w.<>\[\]?|]{0,30}[ \t]{0,4}=(?![=~>])(?=[ \t]{0,6}["'\x60])|=>|:=|\?\?=|\|\|=|\?=|=(?![=~])|:(?![:=]))[ \t]{0,6}` +
      // ... = an environment variable, else a literal: the literal is in the code all the same
      // (token = process.env.TOKEN || "v", os.getenv("TOKEN") or "v", ENV["TOKEN"] || "v")
      String.raw`(?:(?:process\.env(?:\.[A-Za-z_$][\w$]{0,80}|\[["'\x60][\w.-]{1,80}["'\x60]\])|os\.(?:getenv|environ\.get)\([^()\n]{1,80}\)|ENV\[["'][\w.-]{1,80}["']\])[ \t]{0,4}(?:\|\||\?\?|or)[ \t]{0,4})?`,
    // XML element: <password>v</password>
    String.raw`(?<=<[\w.:-]{1,80})>`,
    // key/value attribute pairs: <add key="DbPassword" value="v"/>, <property name="password" value="v"/>
    String.raw`["'][ \t]{1,4}value[ \t]{0,2}=[ \t]{0,2}(?=["'])`,
    // name/value entries: `- name: DB_PASSWORD` then `value: v` on the next line (Kubernetes),
    // {"name": "DB_PASSWORD", "value": "v"} (ECS, CloudFormation), { name = "X", value = "v" }
    String.raw`["']?[ \t]{0,4}(?:,[ \t]{0,4}(?:\r?\n[ \t]{0,40})?|\r?\n[ \t]{0,40})["']?value["']?[ \t]{0,4}[:=][ \t]{0,6}` +
      String.raw`(?<=\bname["']?[ \t]{0,4}[:=][ \t]{0,4}["']?[\w.-]{1,80}["']?[ \t]{0,4}(?:,[ \t]{0,4}(?:\r?\n[ \t]{0,40})?|\r?\n[ \t]{0,40})["']?value["']?[ \t]{0,4}[:=][ \t]{0,6})`,
    // argument pairs: define('DB_PASSWORD', 'v'), os.getenv("DB_PASSWORD", "v"); <listed> when
    // the key is itself an item after another quoted item (["Proxy-Authorization","Proxy-Connection"])
    // (`(?:...|)`, not `(?:...)?`: a quantified group that matches nothing never captures)
    String.raw`["'][ \t]{0,3},(?:(?<=["'\x60][ \t]{0,6},[ \t]{0,6}["'\x60][^"'\x60\n]{1,120}["'][ \t]{0,3},)(?<listed>)|)[ \t]{0,6}(?=["'\x60])`,
    // setter calls: setPassword("v"), .password("v")
    String.raw`\([ \t]{0,3}(?=["'\x60])`,
    // Dockerfile's legacy form: ENV DB_PASSWORD v
    String.raw`(?<=(?:^|\n)[ \t]{0,8}(?:ENV|ARG)[ \t]{1,4}[\w.-]{1,80})[ \t]{1,4}`,
    // a Groovy command expression, as Gradle and Jenkins DSLs write settings: password "v", the
    // key first in its statement and the value quoted (credentials { password 'v' })
    String.raw`[ \t]{1,4}(?=["'])(?<=(?:^|\n|[{;])[ \t]{0,40}[\w.-]{1,80}[ \t]{1,4})`,
    // an element named by its key attribute: <entry key="db.password">v</entry> (Java's XML
    // properties), <setting name="Password">v</setting>
    String.raw`["']>(?<=\b(?:key|name)=["'][\w.:-]{1,80}["']>)`,
  ].join('|') +
  ')';

/**
 * The value, after YAML's `!!str` tag if any: quoted (any non-space characters up to the
 * matching quote) or bare (up to a terminator: space, quote, , ; & < > ) } ] \ or the end of the
 * line; a bare value followed by ( or [ is a call or an index, not a literal).
 * "Bearer"/"Basic"/"Token" before a quoted or bare value is an HTTP auth scheme, not part of the
 * secret. Named groups: q, scheme, secret, close (set when a closing XML tag follows), more (set
 * when another quoted item follows).
 */
export function valueSource(min: number): string {
  return (
    // YAML's string tag (`password: !!str v`, which keeps a value such as 0123 a string)
    String.raw`(?:!!str[ \t]{1,4})?` +
    String.raw`(?<q>["'\x60]?)(?:(?<scheme>Bearer|Basic|Token|Bot)[ \t]{1,3})?` +
    // (a quoted value that starts an expansion, "${DB_PASSWORD:-v}", is not one: the match
    // moves on to the expansion's own name, and its default)
    String.raw`(?<secret>(?<=["'\x60]|(?:Bearer|Basic|Token|Bot)[ \t]{1,3})(?!\$\{)[^"'\x60\s]{${min},200}(?=["'\x60])` +
    String.raw`|(?<!["'\x60])[^\s"'\x60,;&<>(){}\[\]\\]{${min},200}(?=[\s"'\x60,;&<>)}\]\\]|$))\k<q>(?=(?<close><\/)?)` +
    // <more>: another quoted item follows, as in a list
    String.raw`(?=(?<more>[ \t]{0,6},[ \t]{0,6}["'\x60])?)`
  );
}

/**
 * Key, operator and value, anchored on one of `words` (a regex alternation of context words).
 * Named groups: word, bnd (the character before the key, if any), img (set when the key is a query
 * parameter of an image or badge URL: badge.svg?token=...), pre (the key before the word), suf (the
 * key after it), op, kq, q, scheme, secret, close.
 */
export function assignmentSource(words: string, minValue: number): string {
  return keyOperatorSource(words) + valueSource(minValue);
}

/** assignmentSource without the value, to combine with other ways in. */
export function keyOperatorSource(words: string): string {
  return (
    String.raw`(?<word>${words})(?<=(?:^|(?<img>\.(?:svg|png|gif|jpe?g)|badge|graph)?(?<bnd>[^\w.$@-]))(?<pre>[\w.$@-]{0,40})(?:${words}))` +
    // The rest of the key, taken whole (an atomic group, written as a lookahead and a
    // backreference): no operator starts with [\w.-], so a shorter suffix can never be followed
    // by one, and trying each of them was most of the regex's time on lines without a value.
    String.raw`(?=(?<suf>[\w.-]{0,40}))\k<suf>` +
    OP
  );
}

/**
 * A word in a list of quoted words (a header list, a DOM property list in a minified bundle:
 * "Proxy-Authorization","Proxy-Connection" or "password","pasteHTML") is the next item, not the
 * value of the one before it. Only for a value made of letters: in a flat key/value list
 * ('password', 'Tr0ub4dor&3', 'user', ...) a real password has more than letters.
 */
export function isNextWordInList(secret: string, g: Record<string, string | undefined>): boolean {
  return g.listed !== undefined && g.more !== undefined && /^[A-Za-z]+(?:[-_.][A-Za-z]+)*$/.test(secret);
}

// --- what a key names ------------------------------------------------------------------------------

/** A key's words, lower-cased: DB_PASSWORD, dbPassword, db.password, db-password -> db, password. */
export function keyTokens(key: string): string[] {
  return key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

const PASSWORD_WORDS = new Set(['password', 'passwd', 'pwd', 'pw', 'pass', 'passphrase', 'passwort', 'passcode']);
const NOT_PASS = /(?:by|buy|com|over|under|tres|sur|encom|im|mis|bi|multi|single|first|second|two|one|sub)pass$/;

function isPasswordToken(t: string): boolean {
  if (PASSWORD_WORDS.has(t)) return true;
  if (/(?:password|passwd|passphrase)$/.test(t)) return true; // dbpassword, mysqlrootpassword
  return t.length <= 12 && /^[a-z]{1,8}pass$/.test(t) && !NOT_PASS.test(t); // dbpass, storepass, keypass
}

/** Words that make a password-named key something else: a hint, a rule, a hash, a test fixture. */
const PASSWORD_DENY = new Set(
  ('hint hints label placeholder field fields input prompt policy policies length len min max minimum maximum regex regexp ' +
    'pattern rule rules reset forgot forgotten recovery recover url uri link path file files dir directory hash hashed hashes hasher ' +
    'digest crypt bcrypt salt salted type types mode strength strong weak expiry expires expiration expire expired age changed ' +
    'change updated update required require requirement requirements valid validate validation validator validity invalid ' +
    'wrong incorrect bad error errors err message messages msg text title desc description format visible visibility show hide ' +
    'toggle enabled enable disabled disable count attempts attempt retries retry timeout ttl history column col header selector ' +
    'xpath css button btn icon name names env var variable vars param params parameter ref arn id ids manager provider ' +
    'command cmd script less mask masked char chars character characters special upper lower uppercase lowercase digit digits ' +
    'number numbers generator generate encoder encoded encrypted encrypt decrypt sha sha1 sha256 md5 argon argon2 pbkdf2 ' +
    'scrypt iterations rounds cost test tests testing fake dummy mock example sample stub fixture verify verification check ' +
    'checker compare match matches question answer protected protect form modal dialog page view screen component widget ' +
    'route endpoint reveal eye meter score complexity entropy reuse lockout lock locked date time timestamp is has should ' +
    'must can needs stdin fd helper callback handler plugin module grant flow strategy reminder i18n ' +
    'translation locale').split(/\s+/),
);

/** True when the key names a password (DB_PASSWORD, dbPass, passwd) and not a thing about one. */
/**
 * The name a key gives, without the accessor of the environment it is set in: in
 * `process.env.DB_PASSWORD = 'v'` the name is DB_PASSWORD (and "env" does not make it the name
 * of a variable, as it does in `passwordEnv = 'DB_PASSWORD'`).
 */
function nameTokens(key: string): string[] {
  return keyTokens(key.replace(/^(?:process\.|import\.meta\.)?env\./i, ''));
}

export function namesPassword(key: string): boolean {
  const tokens = nameTokens(key);
  if (!tokens.some(isPasswordToken)) return false;
  return !tokens.some((t) => PASSWORD_DENY.has(t) || (!isPasswordToken(t) && /^(?:password|passwd)[a-z]+$/.test(t)));
}

const SECRET_WORDS = new Set([
  'secret', 'secrets', 'token', 'apikey', 'accesskey', 'auth', 'oauth', 'authtoken', 'authorization', 'credential',
  'credentials', 'cred', 'creds', 'privatekey', 'signingkey', 'signing', 'salt', 'dsn', 'connstr', 'connectionstring',
  'encryptionkey', 'hmac', 'masterkey', 'sessionkey', 'bearer', 'jwt', 'appkey', 'secretkey', 'authkey', 'cipherkey',
]);
/** Two-word names: api key, access key, private key... */
const SECRET_PAIRS = new Set([
  'api key', 'access key', 'private key', 'signing key', 'encryption key', 'master key', 'session key', 'app key',
  'secret key', 'auth key', 'conn str', 'connection string', 'client key', 'license key', 'cipher key', 'crypto key',
  'hmac key', 'jwt key', 'webhook key', 'api pass',
]);

const SECRET_DENY = new Set(
  ('public publishable pub id ids name names file files path dir url uri endpoint host hostname domain type types length ' +
    'len size count max min limit limits header headers prefix suffix field fields param params env var vars variable ref ' +
    'refs arn version expiry expires expiration expire expired exp ttl timeout lifetime duration hash hashed sha digest ' +
    'algorithm algorithms alg format mode method methods provider providers store manager enabled enable disabled required ' +
    'regex pattern label placeholder hint text message msg title description desc error errors csrf xsrf page next ' +
    'continuation pagination cursor sync request trace correlation idempotency nonce state schema scope scopes audience issuer ' +
    'iss aud claims location region bucket table column index kid strategy flow grant response code ' +
    'callback redirect test fake dummy mock example sample stub fixture cache storage usage tokenizer tokens parser lexer ' +
    'position pos start end offset line kind interval rotation helper handler plugin module class ' +
    'selector label i18n translation locale author authors authority status valid invalid validate validation verify ' +
    'verified verification policy rule rules role roles permission permissions level chars characters alphabet charset ' +
    'digits boundary pin pins base32 base60 base62 base64 sha1 sha256 sha512 md5 checksum etag fingerprint signature ' +
    'upload object version versionid secure ' +
    // a class or an API that handles secrets, not one: SecretKeyFactory, KeyGenerator, SecretKeySpec
    'factory builder generator spec impl wrapper adapter loader debug hdr').split(/\s+/),
);

function hasSecretWord(tokens: string[]): boolean {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (SECRET_WORDS.has(t)) return true;
    if (i + 1 < tokens.length && SECRET_PAIRS.has(`${t} ${tokens[i + 1]}`)) return true;
    if (/(?:secret|token|apikey|accesskey|privatekey|signingkey|encryptionkey|masterkey|sessionkey|authkey|secretkey|appkey)$/.test(t)) return true;
  }
  return false;
}

/**
 * Keywords that every key namesSecret accepts contains (case-insensitively), however it is
 * spelled: the words, and each pair joined by `_`, `-`, `.` or nothing. A keyword that holds
 * another is left out: the shorter one already finds its lines.
 */
export function secretNameKeywords(): string[] {
  const all = new Set(SECRET_WORDS);
  for (const pair of SECRET_PAIRS) {
    const [a, b] = pair.split(' ');
    for (const sep of ['_', '-', '.', '']) all.add(a + sep + b);
  }
  // A name that holds a shorter one adds nothing to a prefilter. Shortest first, a name need
  // only be checked against those kept (what it holds that was dropped holds a kept one): this
  // runs in every hook, before the JIT has compiled anything.
  const kept: string[] = [];
  for (const k of [...all].sort((a, b) => a.length - b.length)) if (!kept.some((o) => k.includes(o))) kept.push(k);
  return kept.sort();
}

/** True when the key names a secret other than a password (API_TOKEN, clientSecret, signing_key). */
export function namesSecret(key: string): boolean {
  const tokens = nameTokens(key);
  return hasSecretWord(tokens) && !tokens.some((t) => SECRET_DENY.has(t));
}

/** True when nothing in the key says the value is not a secret (for files of secrets, like .env). */
export function keyAllowsSecret(key: string): boolean {
  const tokens = nameTokens(key);
  return !tokens.some((t) => SECRET_DENY.has(t) || PASSWORD_DENY.has(t));
}

// --- where a bare (unquoted) value is a literal ------------------------------------------------------

/** Source code: a bare value after "=" or ":" is an expression (a variable, a call), not a literal. */
export const CODE_FILE = /\.(?:[cm]?[jt]sx?|py|pyi|rb|go|java|kts?|scala|groovy|gradle|cs|fs|vb|php|swift|rs|c|h|cc|cpp|cxx|hpp|m|mm|dart|lua|pl|pm|r|jl|exs?|erl|clj|cljs|hs|ml|vue|svelte|sol|zig|nim|cr)$/i;
/** Formats whose literals are always quoted: a bare value there is a number, a boolean or an expression. */
export const QUOTED_FORMAT_FILE = /\.(?:json|jsonc|json5|toml|tf|tfvars|hcl|nix|ipynb)$/i;

/** Formats with no `=` outside their strings. */
const JSON_FILE = /\.(?:json|jsonc|json5|ipynb)$/i;

/**
 * Whether a bare value is a literal here. In code only a tight `key=value` with no member access
 * (the shape of connection strings and query strings inside a string literal) is; in config
 * formats (YAML, .env, INI, properties, shell, Dockerfile, XML) every bare value is. In formats
 * whose literals are quoted, only such a `key=value` inside a string is: in JSON every `=` is;
 * in TOML, HCL and Nix one that follows `;`, `&`, `?` or a quote (bnd, the character before the
 * key), where `password=var.db` written tight is an expression.
 */
export function bareValueIsLiteral(path: string, op: string, pre: string, bnd = ''): boolean {
  const tight = op === '=' && !/[.$@]/.test(pre);
  if (QUOTED_FORMAT_FILE.test(path)) return tight && (JSON_FILE.test(path) || /^[;&?"']$/.test(bnd));
  if (CODE_FILE.test(path)) return tight;
  return true;
}

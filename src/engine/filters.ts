// False-positive filters, in one place.
//
// Two layers:
//  - isPlaceholder / isLowVariety run for EVERY rule (the engine calls them before validate).
//    They stay conservative: vendor rules already prove structure, so only values that cannot
//    be live credentials (templates, documented examples, keyboard runs) are dropped here.
//  - isGenericNoise and the predicates it combines are for GENERIC rules only (a value found
//    by its context, with no vendor structure): UUIDs, hashes, lockfiles, paths, URLs, public
//    keys, identifiers, natural language. Each predicate is exported and tested on its own.

const PLACEHOLDER_WORDS = [
  'changeme', 'change_me', 'change-me', 'replaceme', 'replace_me', 'your_', 'your-', 'yourkey',
  'placeholder', 'redacted', 'example', 'dummy', 'sample', 'notreal', 'not_real', 'fake',
  'insert_', 'insert-', 'enter_', 'todo', 'fixme', '<', '>', '${', '{{', '}}',
];

/** printf and Python %-formatting: %s, %d, %(name)s, not a % inside random text. */
const FORMAT_DIRECTIVE = /%\([\w.-]{1,40}\)[sdrif]|(?:^|[^%\w])%[sdv](?![A-Za-z0-9])/;

/** Documented example credentials published by vendors and standards. */
const EXAMPLE_SECRETS = new Set([
  'AKIAIOSFODNN7EXAMPLE',
  'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
  'ASIAIOSFODNN7EXAMPLE',
  // HTTP basic auth's example password (RFC 7617, for Aladdin) and OAuth 2.0's example client
  // secret (RFC 6749, for client s6BhdRkqt3): OAuth libraries quote them in their docs.
  'open sesame',
  'gX1fBat3bV',
  // xkcd 936's strong-looking password, quoted in tests and docs (exactly: a variant of it is
  // someone's password)
  'Tr0ub4dor&3',
  // OAuth's RFCs' example tokens and secrets (RFC 5849 for OAuth 1.0, RFC 6749 and 7009 for
  // OAuth 2.0), which OAuth libraries quote in docs and tests
  'kd94hf93k423kf44', 'pfkkdhi9sl3r4s00', 'nnch734d00sl2jdk', 'dpf43f3p2l4k3l03', 'hh5s93j4hdidpola', 'hdhd0244k9j7ao03',
  'ad180jjd733klru7', '0685bd9184jfhq22', '2YotnFZFEjr1zCsicMWpAA', 'tGzv3JOkF0XG5Qx2TlKWIA', 'SplxlOBeZQQYbYS6WxSbIA',
  '45ghiukldjahdnhzdauz', 'agabcdefddddafdd',
]);

/** Values that mean "nothing here" in some language or format. */
const EMPTY_WORDS = new Set([
  '', 'null', 'nil', 'none', 'undefined', 'true', 'false', 'yes', 'no', 'on', 'off', 'empty', 'n/a', 'na',
  '~', '-', '""', "''", '[]', '{}', 'redacted', '[redacted]', '(redacted)', 'hidden', 'masked', 'secret',
  'password', 'token', 'string', 'str', 'required', 'optional', 'unset', 'missing', 'tbd', 'xxx',
]);

/** True when the value reads as a placeholder or template rather than a credential. */
export function isPlaceholder(value: string): boolean {
  if (EXAMPLE_SECRETS.has(value)) return true;
  const lower = value.toLowerCase();
  if (EMPTY_WORDS.has(lower)) return true;
  for (const w of PLACEHOLDER_WORDS) if (lower.includes(w)) return true;
  if (FORMAT_DIRECTIVE.test(value)) return true;
  if (/(?:x{5,}|\*{3,}|\.{3,}|#{4,}|0{8,}|\u2022{3,})/i.test(value)) return true;
  if (/^\$[A-Za-z_][A-Za-z0-9_]*$/.test(value)) return true;
  // The choices a setting takes, as its documentation writes them: true|false, on|off|auto
  if (/^[a-z]+(?:\|[a-z]+)+$/i.test(value) && value.split('|').every((w) => EMPTY_WORDS.has(w.toLowerCase()) || w.length <= 5)) return true;
  return isLowVariety(value);
}

/**
 * One repeated character, or a run that only counts up or down (abcdef, 123456): keyboard
 * mashing and padding, never generated randomness.
 */
export function isLowVariety(value: string): boolean {
  const body = value.replace(/^[A-Za-z]{1,12}[_-]/, ''); // keep a vendor prefix from hiding the body
  if (body.length < 4) return false;
  if (new Set(body).size <= 2) return true;
  let up = 0;
  let down = 0;
  for (let i = 1; i < body.length; i++) {
    const d = body.charCodeAt(i) - body.charCodeAt(i - 1);
    if (d === 1) up++;
    else if (d === -1) down++;
  }
  // Mostly counting up or down (an alphabet table like ABC...Zabc...z0...9+/ has a few jumps).
  return up >= body.length - 2 || down >= body.length - 2 || (body.length >= 16 && Math.max(up, down) >= (body.length - 1) * 0.8);
}

// ---------------------------------------------------------------------------------------------
// Generic-only filters. A value found only by its context (a key named "password", a quoted
// random-looking string) is checked against all of these before it is reported.
// ---------------------------------------------------------------------------------------------

/**
 * Templates and interpolation in any common syntax: <value>, ${VAR}, {{ var }}, %(var)s,
 * $VAR, %VAR%, #{var}, @VAR@, __VAR__, [[var]], {var}, :var (route params are not here).
 */
export function isTemplate(value: string): boolean {
  const v = value.trim();
  if (isPlaceholder(v)) return true;
  if (/\$\{|\{\{|\}\}|\{%|#\{[\w.]|\$\([\w -]{1,60}\)|\[\[|<%|%>/.test(v)) return true;
  if (/^\$[A-Za-z_{(]/.test(v)) return true; // $VAR, ${VAR}, $(cmd)
  if (/\$[A-Z_][A-Z0-9_]{2,}(?![A-Za-z0-9_])/.test(v)) return true; // anonymous:$FROM_EMAIL (interpolated)
  if (/^%[A-Za-z_][\w.]*%$/.test(v)) return true; // %VAR% (Windows), %kernel.secret% (Symfony)
  if (/^%env\(/.test(v)) return true; // Symfony %env(DB_PASSWORD)%
  if (/^@[A-Za-z_][\w.]*@$/.test(v)) return true; // @VAR@ (Maven, autoconf)
  if (/^__[A-Za-z][\w]*__$/.test(v)) return true; // __VAR__ (token replacement in pipelines)
  if (/^#\{.*\}#?$/.test(v)) return true; // #{Var}# (Octopus / Azure token replacement)
  if (/^\{[A-Za-z_][\w.-]*\}$/.test(v)) return true; // {password} (format strings)
  if (/^<[^<>]*>$/.test(v) || /^\[[A-Za-z _-]+\]$/.test(v)) return true; // <password>, [your key]
  if (/^[A-Z][A-Z0-9_]*_HERE$/i.test(v) || /^(?:set|put|add|insert|enter)[_-]?(?:your|a|the)?[_-]/i.test(v)) return true;
  return false;
}

/** Names a value instead of holding it: environment, configuration, secret stores, code. */
export function isReference(value: string): boolean {
  const v = value.trim();
  return (
    /^(?:process\.env|import\.meta\.env|os\.environ|os\.getenv|env|ENV|getenv|System\.getenv|Environment\.GetEnvironmentVariable|config|settings|Settings|Config|secrets|context\.secrets|vars|var|local|data|module|params|props|this|self|Rails\.application\.credentials|credentials|Deno\.env|Bun\.env|app\.config|current_app\.config)[.[(]/.test(v) ||
    /^(?:vault|ssm|secretsmanager|secretmanager|gcpsm|awssm|azkv|keyvault|kv|op|bws|doppler|infisical|sops|file|env|ref|secret|secrets):/i.test(v) ||
    /^arn:aws[\w-]*:(?:ssm|secretsmanager|kms):/.test(v) ||
    /^@Microsoft\.KeyVault\(/i.test(v) ||
    /^https:\/\/[\w-]+\.vault\.azure\.net\//i.test(v) ||
    /^projects\/[\w-]+\/secrets\//.test(v) || // GCP Secret Manager resource name
    /^\{\{\s*resolve:(?:ssm|ssm-secure|secretsmanager):/.test(v) ||
    /^!(?:Ref|Sub|GetAtt|ImportValue|FindInMap|Join|Select|vault|secret|env_var|include|reference)\b/.test(v) ||
    /^(?:ENC|DEC|enc|ENCRYPTED|encrypted)\(.*\)$/.test(v) || // Jasypt and friends: ciphertext, not the secret
    /^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*\(.*\)$/.test(v) // any call: getPassword(), env("X")
  );
}

/** RFC 4122 UUID in its usual text form (any version). */
export function isUuid(value: string): boolean {
  return /^\{?[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\}?$/i.test(value);
}

/** 40 (SHA-1) or 64 (SHA-256) hex digits: a git object id by shape. */
export function isGitSha(value: string): boolean {
  return /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/.test(value) || /^(?:[0-9A-F]{40}|[0-9A-F]{64})$/.test(value);
}

/** A hash digest by shape: 32/40/56/64/96/128 hex digits (MD5, SHA-1, SHA-2 family). */
export function isHexDigest(value: string): boolean {
  return /^(?:[0-9a-f]{32}|[0-9a-f]{40}|[0-9a-f]{56}|[0-9a-f]{64}|[0-9a-f]{96}|[0-9a-f]{128})$/i.test(value);
}

/** Words that say the value on this line is a hash or a revision, not a credential. */
const HASH_CONTEXT = /(?:sha(?:1|256|384|512)?|md5|hash|digest|checksum|integrity|commit|revision|\brev\b|\boid\b|etag|fingerprint|gitHead|\bhead\b|\btree\b|\bparent\b|\bblob\b|version|\bref\b|resolved|nonce)/i;
/** Words that say the value on this line is a credential. */
const SECRET_CONTEXT = /(?:pass(?:word|wd|phrase)?|pwd|secret|token|api[_.-]?key|access[_.-]?key|auth|credential|private[_.-]?key|signing|salt|dsn|conn(?:ection)?[_.-]?str|encryption|hmac|bearer|session[_.-]?key|master[_.-]?key)/i;

/** Lockfiles and checksum files: every long token in them is a hash or a resolved URL. */
export function isLockOrChecksumFile(path: string): boolean {
  const name = basename(path).toLowerCase();
  return (
    /^(?:package-lock\.json|npm-shrinkwrap\.json|yarn\.lock|pnpm-lock\.yaml|bun\.lockb?|deno\.lock|go\.sum|go\.work\.sum|cargo\.lock|poetry\.lock|pipfile\.lock|uv\.lock|pdm\.lock|conda-lock\.ya?ml|\.terraform\.lock\.hcl|composer\.lock|gemfile\.lock|podfile\.lock|mix\.lock|pubspec\.lock|flake\.lock|package\.resolved|packages\.lock\.json|paket\.lock|gradle\.lockfile|buildscript-gradle\.lockfile|renv\.lock|cartfile\.resolved|\.yarn-integrity|shasums|sha256sums|sha512sums|sha1sums|md5sums|checksums?(?:\.txt)?|.*\.(?:sha1|sha256|sha512|md5|sum|asc|sig))$/.test(
      name,
    ) || /\.lockfile$/.test(name) || /(?:^|\/)\.pnp\.c?js$/.test(path) || /\.(?:map|snap)$/.test(name)
  );
}

/**
 * A hash with its algorithm named: SRI integrity (sha512-...), content digests (sha256:...),
 * go.sum hashes (h1:...), and password hashes (bcrypt, argon2, crypt, PBKDF2, SCRAM, Postgres
 * md5): a stored hash is not a usable credential.
 */
export function isHashWithAlgorithm(value: string): boolean {
  const v = value.trim();
  return (
    /^(?:sha(?:1|224|256|384|512)-[A-Za-z0-9+/]{20,}={0,2})(?:\s+sha(?:1|224|256|384|512)-[A-Za-z0-9+/]{20,}={0,2})*$/.test(v) ||
    /^(?:sha(?:1|224|256|384|512)|md5|blake2b?|xxh64|crc32c?)[:=][0-9a-fA-F]{8,}$/.test(v) ||
    /^(?:sha(?:1|256|384|512)|md5)[:=-][A-Za-z0-9+/]{16,}={0,2}$/.test(v) ||
    /^h1:[A-Za-z0-9+/]{43}=$/.test(v) || // go.sum
    /^\$(?:2[abxy]?|argon2(?:id|i|d)|[156]|sha1|md5|apr1|pbkdf2[\w-]*|scrypt|y|gy|7)\$[^\s]{8,}$/.test(v) || // crypt(3) family
    /^(?:pbkdf2_sha(?:1|256)|bcrypt(?:_sha256)?|argon2|scrypt|sha1|md5)\$/.test(v) || // Django hashers
    /^SCRAM-SHA-(?:1|256)\$/.test(v) ||
    /^md5[0-9a-f]{32}$/.test(v) || // Postgres md5 password hash
    /^\{(?:SSHA|SHA|SMD5|MD5|CRYPT|PBKDF2[\w-]*|ARGON2)\}/i.test(v) || // LDAP
    /^\*[0-9A-F]{40}$/.test(v) // MySQL native password hash
  );
}

/** data: URIs (inline images and fonts). */
export function isDataUri(value: string): boolean {
  return /^data:[\w.+-]+\/[\w.+-]+(?:;[\w=.+-]+)*(?:;base64)?,/i.test(value.trim());
}

/** An SVG path's d attribute: move/line/curve commands and numbers. */
export function isSvgPath(value: string): boolean {
  const v = value.trim();
  if (!/^[Mm][\s,]*-?[\d.]/.test(v)) return false;
  if (!/^[MmLlHhVvCcSsQqTtAaZz\d\s,.eE+-]+$/.test(v)) return false;
  return (v.match(/[\d.]+/g) ?? []).length >= 3;
}

/** CSS colours: #rgb, #rrggbb(aa), rgb()/rgba()/hsl()/hsla()/hwb()/oklch(). */
export function isCssColour(value: string): boolean {
  const v = value.trim();
  return /^#(?:[0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i.test(v) || /^(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch|color)\([^)]*\)$/i.test(v);
}

/**
 * A file-system path: absolute (/etc/..., C:\..., ~/...), relative (./, ../), or a relative path
 * of readable segments that ends in a file name with an extension (certs/server.key).
 * Base64 also holds "/", so a path's segments must read like names, not random text.
 */
export function isFilePath(value: string): boolean {
  const v = value.trim();
  if (/^[A-Za-z]:[\\/]/.test(v) || /^\\\\[\w.-]+\\/.test(v)) return true; // C:\..., \\server\share
  if (/^(?:~|\.{1,2})?\/[\w.@~+-]/.test(v) || /^(?:~|\.{1,2})\//.test(v)) {
    const segs = v.replace(/^(?:~|\.{1,2})?\//, '').split('/').filter(Boolean);
    return segs.length > 0 && segs.every(isNameSegment);
  }
  if (v.includes('/') && /\.[A-Za-z][A-Za-z0-9]{0,5}$/.test(v)) return v.split('/').filter(Boolean).every(isNameSegment);
  return false;
}

function isNameSegment(seg: string): boolean {
  if (!/^[\w.@~+-]{1,64}$/.test(seg)) return false;
  if (/^[\d.]+$/.test(seg)) return true;
  // Names are mostly lower case or read as words; random base64 mixes cases and digits.
  const parts = seg.split(/[._@~+-]+/).filter(Boolean);
  return parts.every((p) => /^\d+$/.test(p) || isIdentifierLike(p) || /^[a-z0-9]{1,12}$/.test(p) || p.length <= 3);
}

/** A URL with no user-info and no secret-named query parameter: a location, not a credential. */
export function isUrlWithoutCredentials(value: string): boolean {
  const v = value.trim();
  const m = /^([a-z][a-z0-9+.-]{1,20}):\/\/([^/?#\s]*)([^\s]*)$/i.exec(v);
  if (!m) return false;
  if (m[2].includes('@')) return false;
  if (/[?&;](?:[\w.-]*(?:pass|pwd|secret|token|key|sig|signature|auth|credential|code)[\w.-]*)=[^&#\s]{6,}/i.test(m[3])) return false;
  return true;
}

/** A bare host name (api.example.org, myapp-1234.firebaseapp.com). */
export function isHostname(value: string): boolean {
  return /^(?=.{4,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,24}\.?$/.test(value.trim());
}

/** Public keys and certificates: public by design. */
export function isPublicKeyOrCertificate(value: string): boolean {
  const v = value.trim();
  if (/^(?:ssh-(?:rsa|dss|ed25519|ed448)|ecdsa-sha2-nistp\d+|sk-(?:ssh-ed25519|ecdsa-sha2-nistp256)@openssh\.com)(?:\s|$)/.test(v)) return true;
  if (/^AAAA(?:B3NzaC1yc2E|B3NzaC1kc3M|C3NzaC1lZDI1NTE5|E2VjZHNhLXNoYTItbmlzdH|GnNrLXNzaC1lZDI1NTE5|InNrLWVjZHNh)/.test(v)) return true;
  if (/-----BEGIN (?:(?:RSA |EC |DSA |ED25519 )?PUBLIC KEY|CERTIFICATE(?: REQUEST)?|NEW CERTIFICATE REQUEST|TRUSTED CERTIFICATE|X509 CRL|PGP PUBLIC KEY BLOCK|PGP SIGNATURE|PGP MESSAGE|SSH2 PUBLIC KEY)-----/.test(v)) return true;
  return isDerPublicMaterial(v);
}

/**
 * Base64 DER whose outer SEQUENCE opens with another SEQUENCE: a SubjectPublicKeyInfo or an
 * X.509 certificate. Private keys (PKCS#1, PKCS#8, SEC1) open with an INTEGER (version), so
 * they never pass.
 */
function isDerPublicMaterial(v: string): boolean {
  if (!/^M[A-Za-z0-9+/]{30,}={0,2}$/.test(v)) return false;
  const der = Buffer.from(v.slice(0, 16), 'base64');
  if (der[0] !== 0x30) return false;
  let i = 1;
  const len = der[i];
  i += len & 0x80 ? 1 + (len & 0x7f) : 1;
  return der[i] === 0x30;
}

// --- natural language and identifiers -----------------------------------------------------------

const VOWEL = /[aeiouy]/i;

/**
 * The 270 most frequent letter pairs in English technical prose (measured on the README files of
 * this project's dependencies). In words and names almost every pair is one of them; in random
 * letters only about 30% are.
 */
const COMMON_BIGRAMS = new Set(
  ('th er re on in he co at es ar or ti an se st it te en ns le ma al de ng ch om io ed li nt ri nd pe ' +
    'so ra tt ro pa ll op is ta ct ce ec ou ht me lo tr as ur ge ex fo nc et ps il ve ic si tp ha wi ac ' +
    'no rs ol rt gi us ut ea ty ne mi im tc od po ss em ot un pr sc mp ul am di to pt pl fi hi ob ub su ' +
    'ca wa ts ue rg la va ho rn ke of el ow ad rc bu ie id ab na hu fa ap ef ru sh ig be ai rr pi yp lu ' +
    'ni um da ft tw bl ba br oo os mo ag xp ep cr ls gl qu cl do tu lt wh rm ck ir ia eg bo gs ee ly oc ' +
    'sa pu fr pp fe cu ld av sp fu iv gh ui og ny np ry vi js ov yo eq wo ib rd ww eb au ds if je up nu ' +
    'ip ev ug mm ya aj py bi jv ci bj pm xt ey mb bs ay gu sy we hr ud xa dd rk ws eo ew yn ki nv gr ff ' +
    'rl nk ua nf yr sm ks mg du nl sr ak nn sl iz oe ix rf cs fy ka ml yw wn vg sk sv ga gn oj ye ok oa ' +
    'ph dr cy ze ys nm ei oi uc rv').split(' '),
);

/** A chunk that reads like a word (not like a slice of random text). */
function isWordChunk(w: string): boolean {
  if (!/^[A-Z]?[a-z]+$/.test(w) && !/^[A-Z]+$/.test(w)) return false;
  const l = w.toLowerCase();
  if (l.length <= 2) return VOWEL.test(l) || l === 'db' || l === 'js';
  if (!VOWEL.test(l) || /[^aeiouy]{5,}/.test(l) || /[aeiou]{4,}/.test(l)) return false;
  let common = 0;
  for (let i = 0; i < l.length - 1; i++) if (COMMON_BIGRAMS.has(l.slice(i, i + 2))) common++;
  const pairs = l.length - 1;
  return common >= (pairs <= 6 ? pairs - 1 : Math.ceil(pairs * 0.8));
}

/**
 * Reads as a name rather than a value: camelCase / PascalCase / snake_case / SCREAMING_CASE /
 * kebab-case / dotted.keys made of word-like chunks (dbPassword, DB_PASSWORD, auth.token.header,
 * x-api-key), or one plain word. One short number is allowed between words (oauth2Token), and a
 * couple of acronyms or abbreviations (getURL, cfgPath), as long as most of it is words.
 */
export function isIdentifierLike(value: string): boolean {
  const v = value.trim();
  if (!/^[A-Za-z][A-Za-z0-9]*(?:[._:/-]{1,2}[A-Za-z0-9]+)*$/.test(v)) return false;
  // Pure shapes that random text does not take: camelCase humps of 3+ lower-case letters
  // (newAuxiliaryProjectName), lower-case snake_case or kebab-case (require_xxhash64).
  if (/^(?:[A-Z][a-z]{1,16}){3,}$/.test(v) || /^[a-z]{2,16}(?:[A-Z][a-z]{1,16}){2,}$/.test(v)) return true; // AmazonCustomerByEmail
  if (/^[a-z]{0,12}(?:[A-Z][a-z]{2,16}){2,}[0-9]?$/.test(v) || /^[a-z]{2,12}(?:[A-Z][a-z]{2,16}|[A-Z]{2,5}(?=[A-Z][a-z]|$)){2,6}$/.test(v) || /^[a-z][a-z0-9]{1,20}(?:[_-][a-z0-9]{2,20}){1,8}$/.test(v)) return true;
  const chunks = v.match(/[A-Z]?[a-z]+|[A-Z]+(?![a-z])|[0-9]+/g) ?? [];
  let alnum = 0;
  let wordChars = 0;
  let words = 0;
  let numbers = 0;
  let singles = 0;
  let others = 0;
  for (const c of chunks) {
    alnum += c.length;
    if (/^\d+$/.test(c)) {
      numbers++;
      if (c.length > 4) return false;
    } else if (c.length === 1) {
      singles++;
    } else if (isWordChunk(c)) {
      words++;
      wordChars += c.length;
    } else if (c.length <= 4 || /^[A-Z]{5,6}$/.test(c)) {
      others++; // an abbreviation or acronym: cfg, URL, JWT, SVGFE
    } else {
      return false;
    }
  }
  if (singles > 1 || numbers > (/[._:/-]/.test(v) ? 2 : 1) || others > 2) return false;
  if (words === 0 || wordChars < alnum * 0.6) return false;
  // One word alone: a plain word, without digits (Summer2024 is a password, not a name).
  // One long word may carry a version (contentsecuritypolicy2); a short one may not (Summer2024).
  return words >= 2 || (/[._:/-]/.test(v) && numbers === 0) || (singles === 0 && others === 0 && (numbers === 0 || wordChars >= 12));
}

/**
 * Natural language: several words separated by spaces (UI strings, messages, i18n catalogues),
 * or text mostly in non-Latin letters (no generated credential is written in kana).
 */
export function isNaturalLanguage(value: string): boolean {
  const v = value.trim();
  if (!v) return false;
  const nonAscii = (v.match(/[^\x00-\x7f]/g) ?? []).length;
  if (nonAscii >= v.length / 2 && /\p{L}/u.test(v)) return true;
  const tokens = v.split(/\s+/);
  if (tokens.length < 2) return false;
  const wordy = tokens.filter((t) => /^[\p{P}\p{S}]*\p{L}[\p{L}\p{M}'\u2019-]*[\p{P}\p{S}]*$/u.test(t) && (t.length <= 3 || VOWEL.test(t) || /[^\x00-\x7f]/.test(t)));
  return wordy.length / tokens.length >= 0.6;
}

// --- values specific rules own, and known defaults -------------------------------------------------

/**
 * Prefixes of credential formats that specific rules recognise with their full structure. A
 * generic rule does not second-guess them: when the specific rule rejected such a value, it is
 * malformed, truncated or a documented example.
 */
const VENDOR_PREFIX =
  /^(?:gh[pousr]_|github_pat_|glpat-|gl(?:dt|ptt|rt|soat|ft|imt|agent|cbt|oas)-|xox[abposre]-|xapp-|xoxe\.|(?:sk|rk|pk)_(?:live|test)_|whsec_|sk-(?:proj-|ant-|svcacct-|admin-)?[A-Za-z0-9]|AKIA|ASIA|ABIA|ACCA|AIza|ya29\.|1\/\/0|npm_|pypi-|SG\.|shp(?:at|ca|pa|ss)_|do[opr]_v1_|hf_|glc_|figd_|sq0(?:atp|csp)-|EAA[A-Za-z0-9]{20}|lin_(?:api|oauth)_|xkeysib-|dapi[0-9a-f]{20}|ntn_|AGE-SECRET-KEY-|sntry[su]_|vercel_|atlasv1\.|dp\.(?:st|pt|ct|sa|scrt)\.|PMAK-|SK[0-9a-f]{32}$|AC[0-9a-f]{32}$|key-[0-9a-z]{32}$|eyJ[A-Za-z0-9_-]{10,}\.eyJ)/;

export function hasVendorPrefix(value: string): boolean {
  return VENDOR_PREFIX.test(value);
}

/** Undo common letter-for-digit swaps, so P@ssw0rd and s3cr3t read as words. */
function unleet(v: string): string {
  return v
    .toLowerCase()
    .replace(/0/g, 'o')
    .replace(/[1!|]/g, 'i')
    .replace(/3/g, 'e')
    .replace(/[4@]/g, 'a')
    .replace(/[5$]/g, 's')
    .replace(/7/g, 't');
}

/**
 * Words that make a value a default, a demo or a test fixture: the password everyone
 * publishes (admin, P@ssw0rd, changeit, hunter2) is not a leak of yours.
 */
const DEFAULT_WORDS = [
  'password', 'passwd', 'passw', 'secret', 'changeit', 'changeme', 'letmein', 'welcome', 'qwerty', 'asdf', 'hunter',
  'admin', 'root', 'guest', 'test', 'demo', 'default', 'dummy', 'example', 'sample', 'mock', 'foobar', 'lorem',
  'trustno', 'iloveyou', 'monkey', 'dragon', 'master', 'sunshine', 'abc123', 'abcdef', '12345', 'mypass', 'mysql', 'postgres',
  'oracle', 'tiger', 'scott', 'sa123', 'pass123', 'pass1234', 'passw0rd', 'pa55', 'p4ss', 'pwd123', 'toor', 'raspberry', 'vagrant',
  // "secret" and "password" in other languages (Python's docs: passwd='geheim$parole')
  'geheim', 'kennwort', 'passwort', 'parole', 'motdepasse', 'contrasena',
];

export function isKnownDefault(value: string): boolean {
  const raw = value.toLowerCase();
  const u = unleet(value);
  // Letter-for-digit swaps only for words of 5+ letters: on 4 letters they would also match
  // slices of random text (7e57 reads as "test") and cost recall on generated passwords.
  return DEFAULT_WORDS.some((w) => raw.includes(w) || (w.length >= 5 && u.includes(w)));
}

/** Documentation: passwords shown there are examples unless they look generated. */
export function isDocsFile(path: string): boolean {
  return (
    /\.(?:md|markdown|mdx|rst|adoc|asciidoc|textile|rdoc|pod|texi|texinfo|ronn)$/i.test(path) ||
    /(?:^|\/)(?:README|CHANGELOG|CHANGES|HISTORY)(?:\.\w+)?$/i.test(path) ||
    /(?:^|\/)man[1-9n]?\/[^/]+\.[1-9n]\w{0,8}$/.test(path) // man pages: man5/apt_auth.conf.5
  );
}

/**
 * Files whose values are secrets by nature: .env files (templates too: a real value in
 * .env.example is a leak), Terraform variable files, files named secrets or credentials.
 */
export function isSecretsFile(path: string): boolean {
  const name = basename(path).toLowerCase();
  return (
    name === '.env' || name.startsWith('.env.') || (name.endsWith('.env') && name.length > 4) ||
    /\.tfvars(?:\.json)?$/.test(name) || /^(?:secrets?|credentials?)(?:\.[\w-]+)?\.(?:env|ini|properties|conf|cfg|txt)$/.test(name) ||
    /\.(?:secrets?)$/.test(name)
  );
}

/** Versions, dates, numbers, IP addresses, e-mail addresses, MIME types. */
export function isOtherDataShape(value: string): boolean {
  const v = value.trim();
  return (
    /^v?\d+(?:\.\d+){1,3}(?:[-+][\w.-]+)?$/.test(v) || // versions
    /^[+-]?\d+(?:[.,]\d+)?(?:e[+-]?\d+)?$/i.test(v) || // numbers
    /^\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.test(v) || // dates
    /^(?:\d{1,3}\.){3}\d{1,3}(?::\d+)?(?:\/\d+)?$/.test(v) || // IPv4
    /^[0-9a-f]{0,4}(?::[0-9a-f]{0,4}){2,7}$/i.test(v) || // IPv6
    /^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/.test(v) || // e-mail
    /^(?:application|text|image|audio|video|font|multipart)\/[\w.+-]+$/.test(v) ||
    /^(?:npm:|workspace:|file:|link:|portal:|patch:|catalog:|git\+|github:|gitlab:|bitbucket:|git:\/\/)/.test(v) || // package specs
    /^[\^~<>=]{1,2}\d+(?:\.[\dx*]+)*/.test(v) ||
    // AWS resource names: arn:partition:service:region:account:resource, an address, not a key
    /^arn:aws(?:-[a-z]+)*:[a-z0-9-]+:[a-z0-9-]*:(?:\d{12}|aws)?:\S+$/.test(v)
  );
}

/** Code, not a value: comparisons, logic, arrows, ternaries, calls. */
export function isCodeLike(value: string): boolean {
  const v = value.trim();
  return /===|!==|&&|\|\||=>|=={1,2}(?!=*$)|\?[^?]*:/.test(v) || /^[A-Za-z_$][\w$.]*\(/.test(v) || /\)\s*[;,]?$/.test(v) && /\(/.test(v) ||
    // a chained assignment in minified code: pw=b._bind_setLimit_1=function(){...}, (pw=b._bind_1=b.asm.Xt)
    /^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+=[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*$/.test(v) ||
    // a call ending a statement, in code held in a string: +e)}i=makeRequest({urlList:[t]});l=
    /[A-Za-z_$][\w$]{2,}\([^()]{0,80}\)[;}]/.test(v) ||
    // two of the bracket pairs code is made of and passwords are not: +t);A=bg({urlList:[B]}),i=
    (v.match(/\)[;,}]|\(\{|\}\)|\]\)/g) ?? []).length >= 2;
}

/** Words a value uses to describe itself: VERYLONGSECRET..., my-api-token, private_key_here. */
const SELF_DESCRIBING = /secret|passw|token|api_?key|private|credential|signing/i;

/**
 * Dot-separated member access (config.db.password, this.props.apiKey), also through array
 * indexes (Shards[-1].ShardId, Reservations[].Instances[*].Id: paginator and query paths): code,
 * not a value.
 */
export function isMemberChain(value: string): boolean {
  const v = value.trim();
  return /^[A-Za-z_$][\w$]*(?:(?:\.|\?\.|::|->)[A-Za-z_$][\w$]*)+(?:\[[^\]]*\])?$/.test(v) || /^[A-Za-z_$][\w$]*\[["'][\w.-]+["']\]$/.test(v) ||
    /^[A-Za-z_$][\w$]*(?:\[(?:-?\d*|\*)\])*(?:\.[A-Za-z_$][\w$]*(?:\[(?:-?\d*|\*)\])*)+$/.test(v);
}

/** The well-known jwt.io sample token and friends: published on every tutorial page. */
const EXAMPLE_GENERIC_VALUES = new Set([
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c',
  'keyboard cat', 'keyboardcat', 'supersecret', 'topsecret', 'mysecretkey', 'secretkey', 'shhhhh',
]);

/**
 * Base64 of a placeholder, a default or prose: `cGFzc3dvcmQ=` ("password") in a Kubernetes
 * example, npm's docs' `bm90IG15IHJlYWwgcGFzc3dvcmQ=` ("not my real password"). Of a
 * user:password pair, the password is judged.
 */
function isEncodedDefault(v: string): boolean {
  if (v.length < 8 || v.length % 4 !== 0 || !/^[A-Za-z0-9+/]+={0,2}$/.test(v)) return false;
  const text = Buffer.from(v, 'base64').toString('latin1');
  if (!/^[\x20-\x7e]+$/.test(text)) return false;
  const password = text.slice(text.indexOf(':') + 1);
  return password === '' || isPlaceholder(password) || isKnownDefault(password) || isNaturalLanguage(password);
}

/** The text with its %XX escapes decoded, or as it is when they do not decode. */
export function percentDecoded(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

function basename(path: string): string {
  const p = path.replace(/\\/g, '/');
  return p.slice(p.lastIndexOf('/') + 1);
}

/**
 * The one entry point for generic rules: true when a value found by context alone is not worth
 * reporting. `lineText` is the text around the value (the line, or at least the key that named
 * it); `path` is the file's display path.
 *
 * Git SHAs: a 40/64-hex value is dropped unless the surrounding text names a credential and
 * does not name a hash (commit, sha, integrity...). `api_token = "<40 hex>"` is a token of that
 * shape (GitHub's classic tokens were 40 hex), `commit: <40 hex>` is a revision.
 */
export function isGenericNoise(secret: string, lineText = '', path = ''): boolean {
  const v = secret.trim();
  if (!v) return true;
  if (path && isLockOrChecksumFile(path)) return true;
  if (EXAMPLE_GENERIC_VALUES.has(v) || EXAMPLE_GENERIC_VALUES.has(v.toLowerCase())) return true;
  if (isPlaceholder(v) || isTemplate(v) || isReference(v)) return true;
  if (isUuid(v) || isHashWithAlgorithm(v)) return true;
  if (isHexDigest(v) && (HASH_CONTEXT.test(lineText) || !(SECRET_CONTEXT.test(lineText) || isSecretsFile(path)))) return true;
  if (/(?:;base64,|\bdata:[\w.+-]+\/)/i.test(lineText) && !SECRET_CONTEXT.test(lineText)) return true;
  if (isDataUri(v) || isSvgPath(v) || isCssColour(v) || isFilePath(v) || isUrlWithoutCredentials(v) || isHostname(v)) return true;
  if (isPublicKeyOrCertificate(v) || /(?:ssh-(?:rsa|ed25519|dss)|ecdsa-sha2-|BEGIN (?:PUBLIC KEY|CERTIFICATE))/.test(lineText)) return true;
  if (isNaturalLanguage(v) || isIdentifierLike(v) || isMemberChain(v) || isOtherDataShape(v) || isCodeLike(v)) return true;
  if (SELF_DESCRIBING.test(v)) return true;
  if (isEncodedDefault(v)) return true;
  // A record's layout: pw_uid:pw_gid:pw_gecos:pw_dir:pw_shell (newusers(8))
  const fields = v.split(':');
  if (fields.length >= 3 && fields.every((f) => /^[a-z][a-z0-9]*(?:_[a-z0-9]+)+$/i.test(f))) return true;
  // Percent-encoded text: `pkcs11:token=Root%20CA%20Certificates;...` names a token, in words.
  if (/%[0-9A-Fa-f]{2}/.test(v) && /\s/.test(percentDecoded(v))) return true;
  // Text written with escapes (a localised message in Java or JSON source, "\nDone:"): the
  // decoding pass reads what \u escapes spell, and judges that.
  if (/\\(?:u[0-9A-Fa-f]{4}|[ntr])/.test(v)) return true;
  // The Azure Storage emulator's connection string: it names no account and holds no key.
  if (/^UseDevelopmentStorage=true(?:;|$)/i.test(v)) return true;
  if (/^-{2,}|Boundary/.test(v)) return true; // MIME multipart boundaries: random by design, not secret
  const core = v.replace(/^[^A-Za-z0-9]+|[^A-Za-z0-9]+$/g, ''); // ?InterpolationInTemplate, Kerberos.
  if (core !== v && core.length >= 3 && (isIdentifierLike(core) || isMemberChain(core))) return true;
  if (hasVendorPrefix(v)) return true;
  return false;
}

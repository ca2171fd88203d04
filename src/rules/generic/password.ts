import { defineRule, ROTATE } from '../lib/define.ts';
import { assignmentSource, bareValueIsLiteral, isNextWordInList, keyTokens, namesPassword, valueSource } from '../lib/assignment.ts';
import { isPasswordLike, isRandomToken } from '../lib/randomness.ts';
import { isDocsFile, isGenericNoise, isKnownDefault } from '../../engine/filters.ts';

// Passwords have no format: they are found by the name they are given. Three rules, disjoint by
// syntax: a key that names a password (every assignment syntax), a command-line flag, and SQL.
// All are generic (a specific rule reporting the same value wins) and medium confidence (the
// name is context, not proof). Precision over recall: a value is reported only when it could be
// a real password (8+ characters, two character classes, some variety) and is none of the
// shared noise (templates, references, identifiers, paths, URLs, hashes) nor a published default
// (admin, P@ssw0rd, changeit, hunter2...).

const REMEDIATION = `${ROTATE} Change the password, then read it at run time from the environment or a secret manager.`;

/** The value is a password worth reporting. */
function passwordValue(secret: string, key: string, path: string): boolean {
  if (!isPasswordLike(secret) || isKnownDefault(secret) || isGenericNoise(secret, key, path)) return false;
  // In documentation a human-made password is an example (axios' README shows one); a generated one may be real.
  return !isDocsFile(path) || isRandomToken(secret, 'context');
}

const PASSWORD_WORDS = String.raw`pass(?:word|wd|phrase|wort|code)?|pwd?`;

export default [
  defineRule({
    id: 'generic-password',
    title: 'Password in code or configuration',
    severity: 'high',
    generic: true,
    keywords: ['pass', 'pw'],
    pattern: new RegExp(assignmentSource(PASSWORD_WORDS, 6), 'i'),
    validate: (secret, g, { path }) => {
      const pre = g.pre ?? '';
      const key = pre + g.word + (g.suf ?? '');
      if (pre.startsWith('-')) return false; // --password=...: generic-password-cli
      if (!namesPassword(key)) return false;
      const op = g.op ?? '';
      if (/^["']?>$/.test(op) && !g.close) return false; // <password>v</password>, <entry key="password">v</entry> only
      // setPassword("v") and .password("v") set it; checkPassword("v") and hashPassword("v") do not.
      if (op.startsWith('(') && !/^(?:.*[.>])?(?:set|with|use|)$/i.test(pre)) return false;
      if (!g.q && !bareValueIsLiteral(path, op, pre, g.bnd)) return false;
      // A test suite's result line (DejaGnu, Automake: `PASS: gdb.base/break.exp: ...`), and a
      // bare value ending in a colon: a label, with more text after it.
      if (/^[XK]?PASS$/.test(key) && op.trim() === ':') return false;
      if (!g.q && secret.endsWith(':')) return false;
      if (isNextWordInList(secret, g)) return false;
      return passwordValue(secret, key, path) ? undefined : false;
    },
    remediation: REMEDIATION,
    examples: {
      positive: [
        { text: 'DB_PASSWORD=V=nHeqwguBaUg7', secret: 'V=nHeqwguBaUg7' },
        { text: '  password: "LNapZMh!O4HO5N"', secret: 'LNapZMh!O4HO5N' },
        { text: 'db:\n  password: !!str 4Fq9vLz2Wk7Rm', secret: '4Fq9vLz2Wk7Rm' },
        { text: "conn = psycopg2.connect(host=db, user='app', password='1qShyOcXq@5fD.')", secret: '1qShyOcXq@5fD.' },
        { text: 'ENV MYSQL_ROOT_PASSWORD T8D~Hrdy2Hk~RO', secret: 'T8D~Hrdy2Hk~RO' },
        { text: '<add key="SmtpPassword" value="sHJ0c!fAEhVnw#" />', secret: 'sHJ0c!fAEhVnw#' },
        { text: '<entry key="db.password">Lq2!vTz8kWm4</entry>', secret: 'Lq2!vTz8kWm4' },
        { text: 'credentials {\n    username "deploy"\n    password "Hv3#pRq8zLw5"\n}', secret: 'Hv3#pRq8zLw5' },
        { text: '"Server=db01;Database=shop;User Id=shop;Password=du8C3QGI.t-e4G;"', secret: 'du8C3QGI.t-e4G' },
        // Set in the environment from the code, or the code's fallback when it is unset: in the code all the same.
        { text: "process.env.DB_PASSWORD = 'rT4!kWz8Lq2Vm';", secret: 'rT4!kWz8Lq2Vm' },
        { text: 'password = os.getenv("DB_PASSWORD") or "Gk7#pLx2Wq9Rz"', secret: 'Gk7#pLx2Wq9Rz' },
        // The default of a shell or Compose expansion: used whenever the variable is unset.
        { text: '      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:-Tq6!mWz3Lp8Vx}', secret: 'Tq6!mWz3Lp8Vx' },
        { text: 'DB_PASSWORD="${DB_PASSWORD:-Hn5#vRk2Qz7Wp}"', secret: 'Hn5#vRk2Qz7Wp' },
        // A name/value entry: Kubernetes' env list, ECS task definitions.
        { text: '        - name: DB_PASSWORD\n          value: "Tq6!mWz3Lp8Vx"', secret: 'Tq6!mWz3Lp8Vx' },
        { text: '{ "name": "DB_PASSWORD", "value": "Hn5#vRk2Qz7Wp" }', secret: 'Hn5#vRk2Qz7Wp' },
        // A flat key/value list: the item after "password" is its value.
        { text: "client.hmset('user:1', 'password', 'wQ8!vTz3kLm2', 'email', 'a@b.c')", secret: 'wQ8!vTz3kLm2' },
      ],
      negative: [
        // Minified code: a variable named pw, assigned along a chain (three.js' ammo.wasm.js).
        'return(pw=b._emscripten_bind_btSliderConstraint_setUpperLinLimit_1=b.asm.Xt).apply(null,arguments)',
        // A list of DOM property names (terser's, minified): the item after "password" is the next name.
        '"parseInt","part","participants","passOp","passive","password","pasteHTML","path","pathLength"',
        'password = os.environ["DB_PASSWORD"]',
        'DB_PASSWORD=${DB_PASSWORD}',
        'password: "{{ vault_db_password }}"',
        '"passwordHint": "Your favourite colour"',
        'password_min_length = 12',
        "ds.setPassword('P@ssw0rd!')",
        'const password = getPassword(user);',
        "const password = process.env.DB_PASSWORD || 'changeme';",
        '- name: DB_PASSWORD\n  valueFrom:\n    secretKeyRef: {name: db, key: password}',
        '      OTHER: ${OTHER_PASSWORD}',
        'DB_PASSWORD="${DB_PASSWORD:-}"',
        'DB_PASSWORD="${DB_PASSWORD:?set DB_PASSWORD first}"',
        'POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:-changeme}',
        '{ "name": "DB_PASSWORD", "value": "{{ .Values.db.password }}" }',
        "passwordEnv = 'DB_PASSWORD_PROD'",
      ],
    },
  }),
  defineRule({
    id: 'generic-password-cli',
    title: 'Password on a command line',
    severity: 'high',
    generic: true,
    keywords: ['pass', 'pwd', 'mysql', 'mariadb', 'curl', 'redis-cli', 'mongo', 'asplaintext'],
    // Case matters here: mysql -p is the password, -P the port.
    pattern: new RegExp(
      '(?:' +
        [
          // --password=v, --password v, -storepass v, --db-password v (not --password-stdin), and
          // the same as the items of an argument list: ['--password', 'v'] (execFile, subprocess,
          // a Dockerfile's exec form)
          String.raw`-(?<![\w-]-)-?(?<flag>[A-Za-z-]{0,24}?(?:[Pp]ass(?:word|wd|phrase)?|PASSWORD|PASS|[Pp]wd)[A-Za-z-]{0,16})` +
            String.raw`(?:=|[ \t]{1,4}|(?<=["'\x60]-{1,2}[A-Za-z-]{1,42})["'\x60][ \t]{0,3},[ \t]{0,6}(?=["'\x60])` +
            // and in a YAML list of arguments, the flag an item and its value the next (Kubernetes `args:`)
            String.raw`|["']?[ \t]{0,4}\r?\n[ \t]{0,40}-[ \t]{1,4}(?<=(?:^|\n)[ \t]{0,40}-[ \t]{1,4}["']?-{1,2}[A-Za-z-]{1,42}["']?[ \t]{0,4}\r?\n[ \t]{0,40}-[ \t]{1,4}))`,
          // mysql -pv, -p'v' (with a space, mysql prompts and the next word is the database).
          // Each alternative starts with its literal flag; the lookbehind that finds the
          // command runs only where the flag is.
          String.raw`-p(?=\S)(?<=(?:^|[^\w-])-p)(?<=\b(?:mysql\w{0,8}|mariadb[\w-]{0,8})\b[^\n|;&]{0,160}-p)`,
          // sshpass -p v, redis-cli -a v, mongo/mongosh -p v
          String.raw`-p(?<=\bsshpass[ \t]{1,4}-p)[ \t]{0,4}`,
          String.raw`-a(?<=(?:^|[^\w-])-a)(?<=\bredis-cli\b[^\n|;&]{0,160}-a)[ \t]{1,4}`,
          String.raw`-p(?<=(?:^|[^\w-])-p)(?<=\b(?:mongo|mongosh|mongodump|mongorestore|mongoexport|mongoimport)\b[^\n|;&]{0,160}-p)[ \t]{1,4}`,
          // curl -u user:v, --user user:v
          String.raw`(?:-u|--user)(?<=(?:^|[^\w-])(?:-u|--user))(?<=\bcurl\b[^\n|;&]{0,200}(?:-u|--user))[ \t]{1,4}["']?[^\s:"'@]{1,64}:`,
          // PowerShell: ConvertTo-SecureString "v" -AsPlainText
          String.raw`ConvertTo-SecureString[ \t]{1,4}(?:-String[ \t]{1,4})?(?=["'][^"'\n]{1,200}["'][ \t]{1,4}-AsPlainText)`,
        ].join('|') +
        ')' +
        valueSource(6),
    ),
    validate: (secret, g, { path }) => {
      if (g.flag !== undefined) {
        const tokens = keyTokens(g.flag);
        if (!namesPassword(g.flag) || tokens.some((t) => ['stdin', 'file', 'env', 'prompt', 'command', 'cmd', 'fd', 'less', 'auth'].includes(t))) return false;
      }
      if (secret.startsWith('-')) return false;
      return passwordValue(secret, g.flag ?? 'password', path) ? undefined : false;
    },
    remediation: `${ROTATE} Change the password; pass it through the environment (MYSQL_PWD, PGPASSWORD), a credentials file or a prompt, never on the command line.`,
    examples: {
      positive: [
        { text: "mysqldump -h db01 -u backup -p'YHDcKHJvA6y3kw' shop > shop.sql", secret: 'YHDcKHJvA6y3kw' },
        { text: 'docker login registry.internal --username ci --password OiM1ZRgGHAhvSD', secret: 'OiM1ZRgGHAhvSD' },
        { text: 'curl -u deploy:os5jcfV58rrXgO https://ci.internal/job/build', secret: 'os5jcfV58rrXgO' },
        { text: 'keytool -importkeystore -srckeystore app.p12 -srcstorepass BVTEWH~g05jGkf', secret: 'BVTEWH~g05jGkf' },
        { text: "execFileSync('mysql', ['-u', 'root', '--password', 'wQ8!vTz3kLm2', 'shop']);", secret: 'wQ8!vTz3kLm2' },
        { text: 'CMD ["redis-server", "--requirepass", "Zx9#kP2mQw7r"]', secret: 'Zx9#kP2mQw7r' },
        { text: "subprocess.run(['pg_dump', '--dbname', 'shop', '--password=Hq7!rT2vLp9z'])", secret: 'Hq7!rT2vLp9z' },
        { text: 'args:\n  - --password\n  - "Zx9#kP2mQw7rT"', secret: 'Zx9#kP2mQw7rT' },
      ],
      negative: [
        'echo "$REGISTRY_TOKEN" | docker login ghcr.io --username ci --password-stdin',
        'mysql -h db01 -u root -p shop',
        'mysql -u root -P3306 -p"$MYSQL_PASSWORD"',
        'psql --password --host db01',
        "spawn('docker', ['login', '--password-stdin', 'ghcr.io'])",
        "execFile('mysql', ['--password', process.env.DB_PASSWORD, 'shop'])",
        'args = ["--password", "--verbose", "--host", "db01"]',
        "['--password-file', '/run/secrets/db_password']",
        "['--password', '${DB_PASSWORD}']",
        'args:\n  - --password-file\n  - /run/secrets/db_password',
        'args:\n  - --password\n  - --verbose',
      ],
    },
  }),
  defineRule({
    id: 'generic-password-call',
    title: 'Password passed to a login or connection call',
    severity: 'high',
    generic: true,
    // Each call's own name and parenthesis: `auth` alone is on thousands of lines of a
    // minified bundle, where this pattern would read megabytes for nothing.
    keywords: [
      'basicauth(', 'digestauth(', 'proxyauth(', 'networkcredential(', 'usernamepasswordcredentials(', 'passwordauthentication(',
      '.auth(', '.login(', 'auth=(', 'auth =(', 'auth= (', 'auth = (',
      'mysqli_connect(', 'mysql_connect(', 'mysqli(', 'pdo(', 'getconnection(', 'pymysql.connect(', 'mysqldb.connect(', 'plainauth(',
    ],
    // The password as a positional argument of the calls that take one, where no key names it:
    // user and password (requests' auth=(...), HTTPBasicAuth, aiohttp/httpx BasicAuth, .NET
    // NetworkCredential, Java's PasswordAuthentication and UsernamePasswordCredentials, Go's
    // SetBasicAuth, superagent's .auth, smtplib/ftplib/imaplib .login, Laravel's withBasicAuth);
    // host, user and password (mysqli, PDO, JDBC's getConnection, pymysql/MySQLdb.connect); and
    // Go's smtp.PlainAuth(identity, user, password, host). Only a string literal is a password
    // here, and only the argument in the password's place.
    pattern: new RegExp(
      '(?:' +
        [
          String.raw`(?:(?<![\w$])(?:HTTPBasicAuth|HTTPDigestAuth|HTTPProxyAuth|BasicAuth|DigestAuth|NetworkCredential|UsernamePasswordCredentials|PasswordAuthentication|SetBasicAuth|withBasicAuth)|\.auth|\.login)\([ \t]{0,4}[^,()\n]{1,160},[ \t]{0,4}`,
          String.raw`(?<![\w$])auth[ \t]?=[ \t]?\([ \t]{0,4}[^,()\n]{1,160},[ \t]{0,4}`,
          String.raw`(?<![\w$])(?:mysqli_connect|mysql_connect|mysqli|PDO|getConnection|pymysql\.connect|MySQLdb\.connect|PlainAuth)\([ \t]{0,4}[^,()\n]{1,160},[^,()\n]{1,160},[ \t]{0,4}`,
        ].join('|') +
        ')' +
        String.raw`(?<q>["'\x60])(?<secret>[^"'\x60\s]{6,200})\k<q>(?:\.toCharArray\(\))?[ \t]{0,4}[,)]`,
    ),
    validate: (secret, _g, { path }) => (passwordValue(secret, 'password', path) ? undefined : false),
    remediation: REMEDIATION,
    examples: {
      positive: [
        { text: "r = requests.get(url, auth=('reports', 'Wv8qLmZ3kR7T'))", secret: 'Wv8qLmZ3kR7T' },
        { text: 'session.auth = HTTPBasicAuth("svc-ci", "Tq7!mWz3Lp8Vx")', secret: 'Tq7!mWz3Lp8Vx' },
        { text: 'server.login("alerts@shop.example", "Hn5#vRk2Qz7Wp")', secret: 'Hn5#vRk2Qz7Wp' },
        { text: '$link = mysqli_connect("localhost", "shop", "Gk7#pLx2Wq9Rz", "shop");', secret: 'Gk7#pLx2Wq9Rz' },
        { text: '$pdo = new PDO("mysql:host=db01;dbname=shop", "shop", "rT4!kWz8Lq2Vm");', secret: 'rT4!kWz8Lq2Vm' },
        { text: 'Connection c = DriverManager.getConnection(url, "shop", "Xk9#mP2vLq8@");', secret: 'Xk9#mP2vLq8@' },
        { text: 'var cred = new NetworkCredential("svc-backup", "Zx9#kP2mQw7r", "CORP");', secret: 'Zx9#kP2mQw7r' },
        { text: 'return new PasswordAuthentication("relay", "Vq7tRm2Lp9Wx".toCharArray());', secret: 'Vq7tRm2Lp9Wx' },
        { text: 'req.SetBasicAuth("exporter", "Hq7!rT2vLp9z")', secret: 'Hq7!rT2vLp9z' },
        { text: 'auth := smtp.PlainAuth("", "alerts@shop.example", "Tq6!mWz3Lp8Vx", "smtp.shop.example")', secret: 'Tq6!mWz3Lp8Vx' },
      ],
      negative: [
        'r = requests.get(url, auth=(user, password))',
        "r = requests.get(url, auth=('reports', os.environ['REPORTS_PASSWORD']))",
        '$link = mysqli_connect($host, $user, $password, $db);',
        'Connection c = DriverManager.getConnection(url, user, "");',
        "server.login('user@example.com', 'password')",
        "session.auth = HTTPBasicAuth('admin', 'changeme')",
        "request(app).get('/admin').auth('admin', 'admin')",
        'ldap.login(username, password)',
      ],
    },
  }),
  defineRule({
    id: 'generic-password-sql',
    title: 'Password in SQL',
    severity: 'high',
    generic: true,
    keywords: ['identified', 'password'],
    pattern: new RegExp(
      '(?:' +
        [
          // MySQL/MariaDB/Oracle: IDENTIFIED BY 'v', IDENTIFIED WITH plugin BY 'v' (not BY PASSWORD '<hash>')
          // (each look-behind follows the word it checks, so it runs where that word is, not at
          // every character: ahead of the word it cost a second per MB of `password=password=...`)
          String.raw`\bIDENTIFIED(?<=\b(?:USER|ROLE|LOGIN|GRANT)\b[^;\n]{0,160}IDENTIFIED)[ \t]{1,4}(?:WITH[ \t]{1,4}["'\x60]?\w{1,40}["'\x60]?[ \t]{1,4})?BY[ \t]{1,4}(?!PASSWORD\b)`,
          // PostgreSQL: CREATE/ALTER ROLE|USER name [WITH] [LOGIN] [ENCRYPTED] PASSWORD 'v'
          String.raw`(?:\b(?:WITH|ENCRYPTED|UNENCRYPTED|LOGIN)[ \t]{1,4}PASSWORD|PASSWORD(?<=\b(?:USER|ROLE)[ \t]{1,4}["'\w.@-]{1,64}[ \t]{1,4}PASSWORD))[ \t]{1,4}`,
        ].join('|') +
        ')' +
        valueSource(6) +
        // an unquoted value (Oracle) must end the statement or run into the next clause
        String.raw`(?=(?<sqlEnd>[ \t]*(?:;|$|\b(?:DEFAULT|ACCOUNT|QUOTA|TEMPORARY|PROFILE|REPLACE|PASSWORD|REQUIRE|WITH|VALID|CONNECTION)\b))?)`,
      'i',
    ),
    validate: (secret, g, { path }) => {
      if (!g.q && g.sqlEnd === undefined) return false;
      return passwordValue(secret, 'password', path) ? undefined : false;
    },
    remediation: `${ROTATE} Change the database password; keep it out of migrations and seed scripts (use a variable or a secret manager).`,
    examples: {
      positive: [
        { text: "CREATE USER 'shop'@'%' IDENTIFIED BY 'IjEz_pzYwfsf8=';", secret: 'IjEz_pzYwfsf8=' },
        { text: "CREATE ROLE reporting WITH LOGIN PASSWORD 'o-7l@JHovdv_2+';", secret: 'o-7l@JHovdv_2+' },
        { text: 'ALTER USER app IDENTIFIED BY Qm4tVx9Lp2Rw;', secret: 'Qm4tVx9Lp2Rw' },
      ],
      negative: [
        "CREATE USER 'shop'@'%' IDENTIFIED BY PASSWORD '*6C8989366EAF75BB670AD8EA7A7FC1176A95CEF4';",
        "CREATE USER scott IDENTIFIED BY tiger;",
        "ALTER ROLE app WITH PASSWORD 'md5f3b7c8e2a1d4c5b6a7980f1e2d3c4b5a';",
        "CREATE ROLE app WITH LOGIN PASSWORD :'app_password';",
      ],
    },
  }),
];

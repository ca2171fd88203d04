// Generic rules across the syntaxes of the languages and formats they cover, positive and
// negative. Run with the generic family alone (so a specific rule cannot hide a miss) and, for
// the noise cases, with every built-in rule.
import { describe, expect, it } from 'vitest';
import { Engine } from '../src/engine/engine.ts';
import { builtinRules } from '../src/rules/index.ts';
import { rules as genericRules, strictOnlyRuleIds } from '../src/rules/generic/index.ts';
import { alphabetOf, entropyThreshold, isPasswordLike, isRandomToken } from '../src/rules/lib/randomness.ts';
import { keyTokens, namesPassword, namesSecret } from '../src/rules/lib/assignment.ts';

const generic = new Engine(genericRules);
const all = new Engine(builtinRules);
const scan = (engine: Engine, content: string, path: string) =>
  engine.scan({ path, content, size: content.length, origin: { kind: 'file' } }).map((f) => `${f.ruleId}: ${f.secret}`);

// Generated with crypto.randomBytes: a human-made password and machine-made tokens.
const PW = 'Xk9#mP2vLq8@';
const PW2 = 'Vq7tRm2Lp9Wx';
const TOKEN = 'XEW0BiOUce4rZYdHpixawXn1WY0pYiNF';
const B64 = 'ZsyksyNrTIPt74nL+PC2Y5R/afX0KhHorLIzEMbH';
const HEX = 'a7debe1b67ed3488f5f18435c5e63e5e30a10e82';

type Case = [name: string, path: string, text: string, secret: string];

describe('generic-password finds passwords in every syntax', () => {
  const cases: Case[] = [
    ['Python', 'app/settings.py', `DATABASES = {"default": {"PASSWORD": "${PW}"}}`, PW],
    ['Python kwargs', 'app/db.py', `conn = psycopg2.connect(host="db", password='${PW}')`, PW],
    ['Python annotated', 'app/config.py', `password: str = "${PW}"`, PW],
    ['Python getenv default', 'app/config.py', `DB_PASSWORD = os.getenv("DB_PASSWORD", "${PW}")`, PW],
    ['JavaScript', 'src/db.js', `const password = '${PW}';`, PW],
    ['TypeScript object', 'src/db.ts', `  password: "${PW}",`, PW],
    ['TypeScript typed', 'src/db.ts', `private readonly dbPassword: string = "${PW}";`, PW],
    ['Go short declaration', 'main.go', `password := "${PW}"`, PW],
    ['Go var with type', 'main.go', `var dbPassword string = "${PW}"`, PW],
    ['Go struct literal', 'main.go', `cfg := Config{User: "app", Password: "${PW}"}`, PW],
    ['Java', 'src/Main.java', `private static final String DB_PASSWORD = "${PW}";`, PW],
    ['Java setter', 'src/Db.java', `dataSource.setPassword("${PW}");`, PW],
    ['C#', 'Db.cs', `var builder = new SqlConnectionStringBuilder { Password = "${PW}" };`, PW],
    ['C# connection string', 'Db.cs', `var cs = "Server=tcp:db01;Database=shop;User Id=shop;Password=${PW};";`, PW],
    ['Ruby hash rocket', 'config/db.rb', `{ :password => '${PW}' }`, PW],
    ['Ruby 1.9 hash', 'config/db.rb', `connect(username: 'app', password: '${PW}')`, PW],
    ['PHP array', 'config/database.php', `'password' => '${PW}',`, PW],
    ['PHP variable', 'index.php', `$db_password = "${PW}";`, PW],
    ['PHP define', 'wp-config.php', `define( 'DB_PASSWORD', '${PW}' );`, PW],
    ['shell export', 'deploy.sh', `export DB_PASSWORD=${PW2}`, PW2],
    ['shell quoted', 'deploy.sh', `DB_PASSWORD="${PW}" ./migrate`, PW],
    ['YAML', 'config/app.yml', `  password: ${PW}`, PW],
    ['YAML quoted', 'docker-compose.yml', `      POSTGRES_PASSWORD: "${PW}"`, PW],
    ['YAML list env', 'docker-compose.yml', `      - MYSQL_ROOT_PASSWORD=${PW2}`, PW2],
    ['JSON', 'config.json', `{"db": {"user": "app", "password": "${PW}"}}`, PW],
    ['TOML', 'config.toml', `password = "${PW}"`, PW],
    ['INI', 'php.ini', `mysqli.default_pw = ${PW2}`, PW2],
    ['properties', 'application.properties', `spring.datasource.password=${PW}`, PW],
    ['.env', '.env.example', `SMTP_PASS=${PW}`, PW],
    ['XML attribute', 'web.config', `<user name="app" password="${PW}" />`, PW],
    ['XML element', 'settings.xml', `<password>${PW}</password>`, PW],
    ['.NET appSettings', 'App.config', `<add key="SmtpPassword" value="${PW}" />`, PW],
    ['Spring XML property', 'beans.xml', `<property name="password" value="${PW}"/>`, PW],
    ['Dockerfile ENV', 'Dockerfile', `ENV DB_PASSWORD=${PW2}`, PW2],
    ['Dockerfile ENV legacy', 'Dockerfile', `ENV DB_PASSWORD ${PW2}`, PW2],
    ['Dockerfile ARG', 'Dockerfile', `ARG ADMIN_PASSWORD=${PW2}`, PW2],
    ['Terraform', 'main.tf', `  password = "${PW}"`, PW],
    ['libpq DSN in code', 'db.py', `dsn = "host=db01 user=app password=${PW2} dbname=shop"`, PW2],
    ['JDBC query string', 'db.kt', `val url = "jdbc:mysql://db01/shop?user=app&password=${PW2}"`, PW2],
    ['Gradle credentials block', 'build.gradle', `credentials {\n  username "deploy"\n  password "${PW}"\n}`, PW],
    ['Groovy one-liner', 'Jenkinsfile', `credentials { username 'deploy'; password '${PW}' }`, PW],
    ['Java XML properties', 'config.xml', `<entry key="db.password">${PW}</entry>`, PW],
    // Formats whose literals are quoted: a key=value inside one of their strings.
    ['.NET connection string in JSON', 'appsettings.json', `{"ConnectionStrings": {"Default": "Server=tcp:db01,1433;Database=shop;User ID=shop;Password=${PW};Encrypt=True;"}}`, PW],
    ['JDBC query string in JSON', 'config.json', `"url": "jdbc:mysql://db01/shop?user=app&password=${PW2}"`, PW2],
    ['libpq DSN in JSON', 'config.json', `"dsn": "host=db01 user=app password=${PW2} dbname=shop"`, PW2],
    ['query string in TOML', 'config.toml', `url = "postgres://db01/shop?sslmode=require&password=${PW2}"`, PW2],
    ['base64 of a password', 'chart/values.yaml', `  password: ${Buffer.from(PW).toString('base64')}`, Buffer.from(PW).toString('base64')],
    ['connection string in Terraform', 'main.tf', `  connection_string = "Server=db01;Database=shop;User Id=shop;Password=${PW};"`, PW],
  ];
  it.each(cases)('%s', (_n, path, text, secret) => {
    expect(scan(generic, text, path)).toEqual([`generic-password: ${secret}`]);
  });
});

describe('generic-password stays quiet', () => {
  const cases: [string, string, string][] = [
    ['environment variable', 'app/config.py', 'password = os.environ["DB_PASSWORD"]'],
    ['getenv', 'app/config.py', 'DB_PASSWORD = os.getenv("DB_PASSWORD")'],
    ['process.env', 'src/db.ts', 'password: process.env.DB_PASSWORD,'],
    ['variable in code', 'src/db.ts', 'const password = userPassword;'],
    ['bare identifier in code', 'src/db.js', 'db.connect({ password: pwd123Value })'],
    ['member access', 'app/db.py', 'password=settings.DB_PASSWORD'],
    ['call', 'src/Db.java', 'String password = readPassword(console);'],
    ['template', 'config/app.yml', 'password: "{{ vault_db_password }}"'],
    ['env template', 'docker-compose.yml', '      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD}'],
    ['GitHub Actions secret', '.github/workflows/ci.yml', '          password: ${{ secrets.REGISTRY_PASSWORD }}'],
    ['Key Vault reference', 'appsettings.json', '"DbPassword": "@Microsoft.KeyVault(SecretUri=https://shop.vault.azure.net/secrets/db/)"'],
    ['SSM parameter', 'serverless.yml', 'password: ${ssm:/prod/db/password}'],
    ['placeholder', '.env.example', 'DB_PASSWORD=changeme'],
    ['angle placeholder', 'README.md', 'mysql://user:<password>@host/db password=<your-password>'],
    ['published default', 'docker-compose.yml', 'MYSQL_ROOT_PASSWORD: P@ssw0rd123'],
    ['leet default', 'config.yml', 'password: S3cr3t!2024'],
    ['xkcd 936', 'tests/test_auth.py', 'client.post("/login", data={"username": "alice", "password": "Tr0ub4dor&3"})'],
    // Localised messages in Java resource bundles (the JDK's keytool), written with \u escapes.
    ['Japanese message', 'keytool_ja.java', '{ "Changes.the.key.password.of.an.entry", "\\u30A8\\u30F3\\u30C8\\u30EA\\u306E\\u30AD\\u30FC" },'],
    ['German message', 'keytool_de.java', '{ "destination.key.password", "Zielschl\\u00FCsselkennwort" },'],
    // Python's own library and crcmod.
    ['docs example in another language', 'urllib/request.py', "                      passwd='geheim$parole')"],
    ['base64 of prose (npm\'s docs)', 'README.md', "  password: 'bm90IG15IHJlYWwgcGFzc3dvcmQ=',"],
    // Test suites' logs (gdb's check.log: 97,000 such lines) and labels.
    ['test result line', 'gdb/check.log', 'PASS: gdb.arch/amd64-byte.exp: at first bp: check contents of %al'],
    ['test result line, expected pass', 'binutils/test-summary', 'XPASS: cxxfilt: demangling _Z1fIvJiELb0EEvPDOT1_EFT_DpT0_E'],
    ['label', 'notes.txt', 'password: required: at least 12 characters, one of them a digit'],
    ['a record layout', 'man8/newusers.8', 'pw_name:pw_passwd:pw_uid:pw_gid:pw_gecos:pw_dir:pw_shell'],
    ['documented choices', 'management.properties', '# com.sun.management.jmxremote.password.toHashes = true|false'],
    ['documented choices, other key', 'app.conf', 'smtp_password = none|plain|login'],
    ['CRC catalogue (Buypass, a CA)', 'crcmod/predefined.py', "    [   'crc-16-buypass',   'Crc16Buypass',     0x18005,        NON_REVERSE,"],
    ['UI text', 'src/i18n/en.json', '"password": "Password must contain at least 8 characters",'],
    ['label key', 'src/i18n/en.json', '"passwordLabel": "Your secret passphrase",'],
    ['hint key', 'src/form.ts', `passwordHint: "${PW}",`],
    ['min length', 'config.yml', 'password_min_length: 12'],
    ['password hash', 'fixtures/users.yml', 'encrypted_password: $2a$11$K8vQ7WXUnsVnJYxV0t3C8eXJQyY1kHf5M1lN0Rr2dGQ9Jm3xqH6Oa'],
    ['hash key', 'fixtures/users.yml', `password_digest: "${PW}"`],
    ['bcrypt in password', 'seed.sql', "password = '$2b$12$R9h/cIPz0gi.URNNX3kh2OPST9/PgBkqquzi.Ss7KIUgO2t0jWMUW'"],
    ['checkPassword call', 'src/auth.test.ts', `expect(checkPassword("${PW}")).toBe(false)`],
    ['comparison', 'src/auth.ts', `if (password === "${PW}") {`],
    ['bypass', 'config.yml', `bypass: ${PW}`],
    ['passport', 'config.yml', `passport_strategy: ${PW}`],
    ['type attribute', 'login.html', '<input type="password" name="password" autocomplete="current-password">'],
    ['short value', 'config.yml', 'password: a1B2'],
    ['one character class', 'config.yml', 'password: correcthorse'],
    ['JSON bare value', 'config.json', '"password": null,'],
    ['TOML bare value', 'config.toml', 'password = false'],
    ['Terraform expression', 'main.tf', '  password = random_password.db.result'],
    ['Terraform variable', 'main.tf', '  password = var.db_password'],
    ['Terraform expression written tight', 'main.tf', '  password=random_password.db.result'],
    ['HCL reference written tight', 'main.tf', '  password=local.pw'],
    ['TOML bare value written tight', 'config.toml', 'password=false'],
    ['Nix expression', 'configuration.nix', '  services.db.password=config.age.secrets.db.path;'],
    ['Gradle property', 'build.gradle', '  password findProperty("repoPassword")'],
    ['Gradle interpolation', 'build.gradle', '  password "$repoPassword"'],
    ['Groovy call argument', 'build.gradle', `  checkPassword "${PW}"`],
    ['XML entry template', 'config.xml', '<entry key="db.password">${db.password}</entry>'],
    ['XML entry with no value', 'config.xml', '<entry key="db.password">\n</entry>'],
    ['path', 'config.yml', 'password_file: /run/secrets/db_password'],
    ['lockfile', 'package-lock.json', `"password": "${PW}"`],
    ['CLI flag is the CLI rule', 'deploy.sh', 'psql --password'],
    ['Python pass statement', 'app.py', '        pass  # password = later'],
  ];
  it.each(cases)('%s', (_n, path, text) => {
    expect(scan(generic, text, path).filter((f) => f.startsWith('generic-password:'))).toEqual([]);
  });
});

describe('generic-password-cli', () => {
  const hits: Case[] = [
    ['mysql -p attached', 'backup.sh', `mysqldump -u backup -p${PW2} shop > shop.sql`, PW2],
    ['mysql -p quoted', 'backup.sh', `mysql -h db01 -uroot -p'${PW}' -e 'show databases'`, PW],
    ['--password=', 'Makefile', `	flyway -url=jdbc:postgresql://db/shop -user=app --password=${PW} migrate`, PW],
    ['--password value', '.gitlab-ci.yml', `  - docker login -u ci --password ${PW2} registry.internal`, PW2],
    ['keytool', 'sign.sh', `keytool -genkeypair -keystore release.jks -storepass ${PW2} -alias app`, PW2],
    ['sshpass', 'deploy.sh', `sshpass -p '${PW}' ssh deploy@web01`, PW],
    ['redis-cli', 'ops.sh', `redis-cli -h cache01 -a ${PW2} FLUSHALL`, PW2],
    ['curl -u', 'ci.sh', `curl -fsS -u deploy:${PW2} https://ci.internal/job/build`, PW2],
    ['PowerShell', 'deploy.ps1', `$pw = ConvertTo-SecureString "${PW}" -AsPlainText -Force`, PW],
  ];
  it.each(hits)('%s', (_n, path, text, secret) => expect(scan(generic, text, path)).toEqual([`generic-password-cli: ${secret}`]));

  const quiet: [string, string, string][] = [
    ['prompt', 'backup.sh', 'mysql -h db01 -u root -p shop'],
    ['port', 'backup.sh', 'mysql -h db01 -P3306 -u root -p"$MYSQL_PWD" shop'],
    ['stdin', 'ci.sh', 'echo "$TOKEN" | docker login --username ci --password-stdin ghcr.io'],
    ['variable', 'ci.sh', 'docker login -u ci --password "$REGISTRY_PASSWORD"'],
    ['command substitution', 'ci.sh', 'docker login -u ci --password $(cat /run/secrets/registry)'],
    ['placeholder', 'README.md', 'mysql -u root -p<password> shop'],
    ['default', 'README.md', 'keytool -list -keystore cacerts -storepass changeit'],
    ['argparse', 'cli.py', "parser.add_argument('--password', help='database password')"],
    ['next flag', 'ci.sh', 'psql --password --host db01'],
  ];
  it.each(quiet)('quiet: %s', (_n, path, text) => expect(scan(generic, text, path)).toEqual([]));
});

describe('generic-password-sql', () => {
  it.each([
    ['MySQL', `CREATE USER 'shop'@'%' IDENTIFIED BY '${PW}';`, PW],
    ['MySQL plugin', `ALTER USER 'shop'@'%' IDENTIFIED WITH mysql_native_password BY '${PW}';`, PW],
    ['Oracle bare', `CREATE USER shop IDENTIFIED BY ${PW2};`, PW2],
    ['PostgreSQL', `CREATE ROLE shop WITH LOGIN PASSWORD '${PW}';`, PW],
    ['PostgreSQL ALTER', `ALTER USER shop PASSWORD '${PW}';`, PW],
    ['PostgreSQL ENCRYPTED', `CREATE USER shop ENCRYPTED PASSWORD '${PW}';`, PW],
  ])('%s', (_n, text, secret) => expect(scan(generic, text, 'db/init.sql')).toEqual([`generic-password-sql: ${secret}`]));

  it('SQL Server: PASSWORD = is an assignment (generic-password)', () => {
    expect(scan(generic, `CREATE LOGIN shop WITH PASSWORD = '${PW}';`, 'db/init.sql')).toEqual([`generic-password: ${PW}`]);
  });

  it.each([
    "CREATE USER 'shop'@'%' IDENTIFIED BY PASSWORD '*6C8989366EAF75BB670AD8EA7A7FC1176A95CEF4';",
    "ALTER ROLE shop WITH PASSWORD 'SCRAM-SHA-256$4096:W22ZaJ0SNY7soEsUEjb6gQ==$WG5d8oPm3OtcPnkdi4Uo7BkeZkBFzpcXkuLmtbsT4qY=:HKE';",
    "CREATE ROLE shop WITH LOGIN PASSWORD :'shop_password';",
    'CREATE ROLE shop WITH LOGIN PASSWORD NULL;',
    'ALTER USER shop IDENTIFIED BY tiger;',
  ])('quiet: %s', (text) => expect(scan(generic, text, 'db/init.sql')).toEqual([]));
});

describe('high-entropy-string', () => {
  const hits: Case[] = [
    ['YAML token', 'config/app.yml', `  api_token: ${TOKEN}`, TOKEN],
    ['JSON apiKey', 'config.json', `{"apiKey": "${TOKEN}"}`, TOKEN],
    ['Python client secret', 'settings.py', `CLIENT_SECRET = '${B64}'`, B64],
    ['Go', 'main.go', `signingKey := "${HEX}"`, HEX],
    ['Ruby', 'config/initializers/app.rb', `config.secret_key_base = "${HEX}${HEX}"`, HEX + HEX],
    ['TOML', 'config.toml', `access_key = "${TOKEN}"`, TOKEN],
    ['INI', 'app.ini', `hmac_secret = ${B64}`, B64],
    ['.env file by nature', '.env.production', `MAILGUN_KEY=${HEX.slice(0, 32)}`, HEX.slice(0, 32)],
    ['tfvars by nature', 'prod.tfvars', `datadog_api = "${TOKEN}"`, TOKEN],
    ['HTTP header', 'scripts/call.sh', `curl -H "Authorization: Bearer ${TOKEN}" https://api.internal/v1`, TOKEN],
    ['CLI flag', 'deploy.sh', `./deploy --api-key=${TOKEN} --region eu`, TOKEN],
    ['query string', 'src/client.ts', `fetch("https://api.internal/v1/items?access_token=${TOKEN}&page=2")`, TOKEN],
    ['query string in JSON', 'config.json', `"feed": "https://api.internal/v1/items?access_token=${TOKEN}&page=2"`, TOKEN],
    ['query string in TOML', 'config.toml', `feed = "https://api.internal/v1/items?page=2&access_token=${TOKEN}"`, TOKEN],
    ['Django secret key with symbols', 'settings.py', "SECRET_KEY = 'q8#lm!2x@zp$9wv&4ks^7yh3n%b1c0r6t5e'", 'q8#lm!2x@zp$9wv&4ks^7yh3n%b1c0r6t5e'],
    ['JWT signing secret', 'config/jwt.yml', `jwt_secret: "${B64}"`, B64],
    ['salt', 'config.php', `'salt' => '${TOKEN}',`, TOKEN],
    // Keys named by a word pair, in every spelling: each must reach the rule through a keyword.
    ['webhook.key', 'app.properties', `webhook.key=${TOKEN}`, TOKEN],
    ['cipher-key', 'app.conf', `cipher-key=${TOKEN}`, TOKEN],
    ['cryptoKey', 'deploy.sh', `export cryptoKey=${TOKEN}`, TOKEN],
    ['CLIENT.KEY', 'settings.ini', `CLIENT.KEY=${TOKEN}`, TOKEN],
    ['LICENSE-KEY', 'run.sh', `LICENSE-KEY=${TOKEN}`, TOKEN],
  ];
  it.each(hits)('%s', (_n, path, text, secret) => expect(scan(generic, text, path)).toEqual([`high-entropy-string: ${secret}`]));

  const quiet: [string, string, string][] = [
    // A class that handles secrets, and a debug message (the JDK's SunJCE and Kerberos code).
    ['class name as key', 'SunJCE.java', '        psA("SecretKeyFactory", "PBEWithSHA1AndRC2_40",'],
    ['header name', 'urllib/request.py', '            proxy_auth_hdr = "Proxy-Authorization"'],
    ['base64 of user:prose', 'README.md', "  auth: 'aXNhYWNzOm5vdCBteSByZWFsIHBhc3N3b3Jk',"],
    ['interpolated variable', 'File/Fetch.pm', '            "-auth=anonymous:$FROM_EMAIL",'],
    ['label', 'changelog', '15. src/sltoken.c: _pSLparse_error: Use the line number of the input'],
    ['percent-encoded words', 'NEWS', 'pkcs11:token=Root%20CA%20Certificates;serial=1%3AROOTS%3ADEFAULT;model=1%2E0'],
    ["OAuth 2.0's RFC example", 'oauthlib/parameters.py', '            "access_token":"2YotnFZFEjr1zCsicMWpAA",'],
    ['debug message', 'CipherHelper.java', '        Krb5Token.debug("\\naes128Sha2Encrypt:" + Krb5Token.getHexBytes(all));'],
    ['lockfile integrity', 'package-lock.json', '      "integrity": "sha512-z4PhNX7vuL3xVChQ1m2AB9Yg5AULVxXcg/SpIdNs6c5H0NE8XYXysP+DGNKHfuwvY7kxvUdBeoGlODJ6+SfaPg==",'],
    ['yarn.lock', 'yarn.lock', `  integrity sha1-7EYJ93RZ9vYSZAIb2x3lnuvqO5w=\n  token "${TOKEN}"`],
    ['go.sum', 'go.sum', 'golang.org/x/net v0.23.0 h1:7EYJ93RZ9vYSZAIb2x3lnuvqO5zneoD6IvWjuhfxjTs='],
    ['git SHA', 'ci.yml', `commit_token: ${HEX}`],
    ['UUID', 'config.yml', 'api_key: 3f2504e0-4f89-11d3-9a0c-0305e82c3301'],
    ['reference', 'src/app.ts', 'const token = process.env.API_TOKEN;'],
    ['identifier value', 'src/app.ts', 'const AUTH_TOKEN_HEADER = "X-Auth-Token-Signature-Header";'],
    ['URL value', 'config.json', '"tokenUrl": "https://oauth2.googleapis.com/token",'],
    ['pagination token', 'fixtures/page.json', `"nextPageToken": "${TOKEN}",`],
    ['public key', 'config.yml', 'public_key: MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEq1Xk0xcl3sDK7nVvMdXHdB8p1CqgY6PbAUtx0rZ2lWZ6qPZlXBMsa7bD2wBV0yAqo2Q5Uc0xkf+7kX0cm7x1Sg=='],
    ['low entropy', 'config.yml', 'secret: aaaabbbbccccdddd1111'],
    ['words', 'config.yml', 'session_secret: keyboard-cat-session-secret'],
    ['token id', 'config.yml', `token_id: ${TOKEN}`],
    ['author', 'package.json', '"author": "Jane Doe <jane@shop.example> (https://shop.example)",'],
    ['bare variable in code', 'src/app.py', `api_key = ${TOKEN}`],
    ['no context, not strict', 'src/app.ts', `const id = "${TOKEN}";`],
    ['.env non-secret key', '.env', `CLIENT_ID=${TOKEN}`],
    ['password key is generic-password', 'config.yml', `db_password: ${TOKEN}`],
    ['vendor prefix left to its rule', 'config.yml', 'slack_token: xoxb-123-456-notlongenough'],
    ['data URI', 'theme.json', '"auth_icon": "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="'],
  ];
  it.each(quiet)('quiet: %s', (_n, path, text) => {
    expect(scan(generic, text, path).filter((f) => !f.startsWith('high-entropy-string-strict') && !f.startsWith('generic-password'))).toEqual([]);
  });
  it('a key that names nothing is enough in a file of secrets only', () => {
    const contextual = (path: string) => scan(generic, `MAILGUN_KEY=${TOKEN}`, path).filter((f) => f.startsWith('high-entropy-string:'));
    expect(contextual('.env')).toEqual([`high-entropy-string: ${TOKEN}`]);
    expect(contextual('deploy.sh')).toEqual([]);
  });
  it('the password key goes to generic-password, not here', () => {
    expect(scan(generic, `db_password: ${TOKEN}`, 'config.yml')).toEqual([`generic-password: ${TOKEN}`]);
  });
});

describe('high-entropy-string-strict', () => {
  it('is listed as strict-only', () => {
    expect(strictOnlyRuleIds).toEqual(['high-entropy-string-strict']);
    for (const id of strictOnlyRuleIds) expect(genericRules.some((r) => r.id === id)).toBe(true);
  });
  it('reports random-looking strings without context', () => {
    expect(scan(generic, `const seed = "${TOKEN}";`, 'src/app.ts')).toEqual([`high-entropy-string-strict: ${TOKEN}`]);
    expect(scan(generic, `CLUSTER_COOKIE=${TOKEN}`, 'deploy.sh')).toEqual([`high-entropy-string-strict: ${TOKEN}`]);
  });
  it('context wins over strict on the same value', () => {
    expect(scan(generic, `api_key = "${TOKEN}"`, 'app.py')).toEqual([`high-entropy-string: ${TOKEN}`]);
  });
  it.each([
    ['hex without context', 'src/app.ts', `const id = "${HEX}";`],
    ['short', 'src/app.ts', 'const id = "aB3dE6gH9jK2mN5p";'],
    ['identifier', 'src/app.ts', 'export const name = "createAuxiliaryProjectLoader";'],
    ['module path', 'src/app.ts', 'import { x } from "./components/AuthenticationProvider";'],
    ['UUID', 'src/app.ts', 'const id = "3f2504e0-4f89-11d3-9a0c-0305e82c3301";'],
    ['lockfile', 'pnpm-lock.yaml', `    resolution: {integrity: sha512-${B64}}`],
    ['bare in code', 'src/app.py', `seed = ${TOKEN}`],
    ['id key', '.env', `CLIENT_ID=${TOKEN}`],
  ])('quiet: %s', (_n, path, text) => expect(scan(generic, text, path)).toEqual([]));
});

describe('with every built-in rule', () => {
  it('a specific rule beats the generic ones on the same value', () => {
    const text = 'GITHUB_TOKEN=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';
    expect(scan(all, text, '.env.ci').filter((f) => !f.startsWith('blocked'))).toEqual(['github-pat: 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']);
  });
  it('the AWS example key stays quiet', () => {
    expect(scan(all, 'aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', 'config')).toEqual([]);
  });
});

describe('randomness thresholds', () => {
  it('classifies alphabets', () => {
    expect(alphabetOf(HEX)).toBe('hex');
    expect(alphabetOf('JBSWY3DPEHPK3PXPJBSWY3DP')).toBe('base32');
    expect(alphabetOf('k3j5h2g8f1d9s7a6q4w2e0r8')).toBe('base36');
    expect(alphabetOf(TOKEN)).toBe('base62');
    expect(alphabetOf(B64)).toBe('base62');
    expect(alphabetOf('q8#lm!2x@zp$9wv')).toBe('symbols');
  });
  it('thresholds grow with length and interpolate', () => {
    expect(entropyThreshold('base62', 16, 'context')).toBeCloseTo(3.15);
    expect(entropyThreshold('base62', 28, 'context')).toBeCloseTo((3.72 + 4.07) / 2);
    expect(entropyThreshold('hex', 1000, 'strict')).toBeCloseTo(3.92);
    expect(entropyThreshold('base62', 32, 'strict')).toBeGreaterThan(entropyThreshold('base62', 32, 'context'));
  });
  it('random tokens pass, made-up ones do not', () => {
    for (const t of [TOKEN, B64, HEX, 'L435jXVzmKKX0FTgkh16K22fQP5ebFgu-fKI6A5cEZ8']) expect(isRandomToken(t), t).toBe(true);
    for (const t of ['getUserAccountSettings', 'ACCESS_TOKEN_SECRET_KEY', 'my-app-session-secret-2024', 'aaaaaaaaaaaaaaaaaaaaaaaa', '1234567890123456789012']) {
      expect(isRandomToken(t), t).toBe(false);
    }
  });
  it('password-likeness', () => {
    for (const p of [PW, PW2, 'Summer2024!']) expect(isPasswordLike(p), p).toBe(true);
    for (const p of ['short1A', 'alllowercaseletters', '12345678', 'aabb1122', '--verbose']) expect(isPasswordLike(p), p).toBe(false);
  });
});

describe('key names', () => {
  it('splits keys into words', () => {
    expect(keyTokens('DB_PASSWORD')).toEqual(['db', 'password']);
    expect(keyTokens('dbPassword')).toEqual(['db', 'password']);
    expect(keyTokens('spring.datasource.password')).toEqual(['spring', 'datasource', 'password']);
    expect(keyTokens('XMLHttpToken')).toEqual(['xml', 'http', 'token']);
  });
  it.each(['password', 'DB_PASSWORD', 'dbPass', 'smtp_pass', 'MYSQL_ROOT_PASSWORD', 'passwd', 'keyPassword', 'storePassword', 'auth_password', 'PGPASSWORD'])(
    'names a password: %s',
    (k) => expect(namesPassword(k)).toBe(true),
  );
  it.each(['passwordHint', 'password_min_length', 'bypass', 'compass', 'passport', 'passwordless', 'password_hash', 'reset_password_url', 'test_password'])(
    'does not: %s',
    (k) => expect(namesPassword(k)).toBe(false),
  );
  it.each(['api_key', 'apiKey', 'ACCESS_TOKEN', 'clientSecret', 'signing_key', 'auth', 'Authorization', 'private_key', 'secret_key_base', 'SENTRY_DSN', 'conn_str', 'webhookSecret'])(
    'names a secret: %s',
    (k) => expect(namesSecret(k)).toBe(true),
  );
  it.each(['public_key', 'token_url', 'author', 'secret_name', 'tokenizer', 'next_page_token', 'csrf_token', 'api_key_id', 'max_tokens'])(
    'does not: %s',
    (k) => expect(namesSecret(k)).toBe(false),
  );
});

describe('documentation', () => {
  it('a made-up .netrc password in a man page is an example; a generated one is reported', () => {
    expect(scan(all, 'machine example.org/debian login apt password debian', 'man5/apt_auth.conf.5')).toEqual([]);
    expect(scan(all, `machine example.org/debian login apt password ${TOKEN}`, 'man5/apt_auth.conf.5')).toEqual([`netrc-password: ${TOKEN}`]);
    expect(scan(all, 'machine example.org/debian login apt password debian', 'deploy/netrc')).toEqual(['netrc-password: debian']);
  });
});

// The shared false-positive filters, one category at a time, on real-looking values.
import { describe, expect, it } from 'vitest';
import {
  hasVendorPrefix, isCssColour, isDataUri, isFilePath, isGenericNoise, isGitSha, isHashWithAlgorithm, isHexDigest, isHostname,
  isCodeLike, isIdentifierLike, isKnownDefault, isLockOrChecksumFile, isLowVariety, isMemberChain, isNaturalLanguage, isOtherDataShape,
  isPlaceholder, isPublicKeyOrCertificate, isReference, isSecretsFile, isSvgPath, isTemplate, isUrlWithoutCredentials, isUuid,
} from '../src/engine/filters.ts';

// Random values generated with crypto.randomBytes: what a real credential looks like.
const TOKEN = 'XEW0BiOUce4rZYdHpixawXn1WY0pYiNF';
const B64 = 'ZsyksyNrTIPt74nL+PC2Y5R/afX0KhHorLIzEMbH';
const HEX40 = '9e28ff872d5926a8bcc582e59475441a984ac7b5';
const PASSWORD = 'Xk9#mP2vLq8@';

describe('isPlaceholder (every rule)', () => {
  it.each([
    'changeme', 'your_api_key_here', '<YOUR_TOKEN>', '${DB_PASSWORD}', '{{ db_password }}', '%(password)s', '$DB_PASSWORD',
    'xxxxxxxxxxxxxxxx', '********', 'REDACTED', 'null', 'true', 'false', 'None', '', 'AKIAIOSFODNN7EXAMPLE', 'sk_test_dummy_value',
    'Bearer %s', 'aaaaaaaaaaaaaaaaaaaa', 'abcdefghijklmnop', '1234567890123456',
  ])('drops %j', (v) => expect(isPlaceholder(v)).toBe(true));

  it.each([TOKEN, B64, HEX40, PASSWORD, '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', 'q8#lm!2x@zp$9wv&4ks^7yh3n%b1c0r6t5e'])(
    'keeps %s',
    (v) => expect(isPlaceholder(v)).toBe(false),
  );

  it('isLowVariety: runs and repeats, not random text', () => {
    expect(isLowVariety('111111111111')).toBe(true);
    expect(isLowVariety('sk_abcdefghijkl')).toBe(true);
    expect(isLowVariety(TOKEN)).toBe(false);
  });
});

describe('templates', () => {
  it.each(['${{ secrets.DEPLOY_TOKEN }}', '<password>', '%DB_PASSWORD%', '%env(DATABASE_PASSWORD)%', '@DB_PASSWORD@', '__DbPassword__', '#{DbPassword}#', '{password}', '$(cat /run/secrets/db)', '<%= ENV["X"] %>', '[your key]'])(
    '%s',
    (v) => expect(isTemplate(v)).toBe(true),
  );
  it('keeps a real value', () => expect(isTemplate(PASSWORD)).toBe(false));
});

describe('references', () => {
  it.each([
    'process.env.STRIPE_KEY', 'os.environ["DB_PASSWORD"]', 'os.getenv("DB_PASSWORD")', 'getenv("DB_PASSWORD")', 'ENV.fetch("API_TOKEN")',
    'System.getenv("DB_PASSWORD")', 'config.get("db.password")', 'secrets.DEPLOY_TOKEN', 'vault:secret/data/db#password',
    'ssm:/prod/db/password', 'arn:aws:ssm:eu-west-1:123456789012:parameter/prod/db/password',
    'arn:aws:secretsmanager:eu-west-1:123456789012:secret:prod/db-AbCdEf', '@Microsoft.KeyVault(SecretUri=https://shop.vault.azure.net/secrets/db/)',
    'https://shop-kv.vault.azure.net/secrets/db-password', 'keyvault:shop-kv/db-password', '{{resolve:secretsmanager:prod/db:SecretString:password}}',
    '!Ref DbPassword', 'var.db_password', 'data.aws_secretsmanager_secret_version.db.secret_string', 'ENC(G6N718UuyPE5bHyWKyuLQSm02auQPUtm)',
    'Rails.application.credentials.stripe_key', 'op://prod/db/password', 'projects/shop/secrets/db-password/versions/latest',
  ])('%s', (v) => expect(isReference(v)).toBe(true));
  it('keeps a real value', () => expect(isReference(TOKEN)).toBe(false));
});

describe('UUIDs and git SHAs', () => {
  it('UUID', () => {
    expect(isUuid('3f2504e0-4f89-11d3-9a0c-0305e82c3301')).toBe(true);
    expect(isUuid('{6F9619FF-8B86-D011-B42D-00C04FC964FF}')).toBe(true);
    expect(isUuid(TOKEN)).toBe(false);
  });
  it('git SHA', () => {
    expect(isGitSha(HEX40)).toBe(true);
    expect(isGitSha('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855')).toBe(true);
    expect(isGitSha('9e28ff87')).toBe(false);
    expect(isHexDigest('d41d8cd98f00b204e9800998ecf8427e')).toBe(true);
  });
  it('a 40-hex value is a revision unless its context names a credential', () => {
    expect(isGenericNoise(HEX40, '"gitHead": "', 'node_modules/x/package.json')).toBe(true);
    expect(isGenericNoise(HEX40, 'commit_token', 'ci.yml')).toBe(true);
    expect(isGenericNoise(HEX40, '', 'x.js')).toBe(true);
    expect(isGenericNoise(HEX40, 'api_token', 'config.yml')).toBe(false);
    expect(isGenericNoise(HEX40, 'DEPLOY_KEY', '.env.example')).toBe(false);
  });
  it('a UUID is noise for generic rules whatever its name', () => {
    expect(isGenericNoise('3f2504e0-4f89-11d3-9a0c-0305e82c3301', 'api_key', 'config.yml')).toBe(true);
  });
});

describe('lockfiles, checksum files and hashes', () => {
  it.each([
    'package-lock.json', 'web/yarn.lock', 'pnpm-lock.yaml', 'go.sum', 'Cargo.lock', 'poetry.lock', 'infra/.terraform.lock.hcl', 'composer.lock',
    'Gemfile.lock', 'Pipfile.lock', 'SHA256SUMS', 'dist/app.tar.gz.sha256', 'dist/main.js.map',
  ])('%s is a lockfile or checksum file', (p) => expect(isLockOrChecksumFile(p)).toBe(true));
  it.each(['package.json', 'src/lock.ts', 'go.mod', 'Cargo.toml'])('%s is not', (p) => expect(isLockOrChecksumFile(p)).toBe(false));

  it('drops every generic finding in a lockfile', () => {
    expect(isGenericNoise(TOKEN, '"token": "', 'package-lock.json')).toBe(true);
  });
  it('package-lock integrity line (SRI)', () => {
    const line = '      "integrity": "sha512-z4PhNX7vuL3xVChQ1m2AB9Yg5AULVxXcg/SpIdNs6c5H0NE8XYXysP+DGNKHfuwvY7kxvUdBeoGlODJ6+SfaPg==",';
    const value = /"(sha512-[^"]+)"/.exec(line)![1];
    expect(isHashWithAlgorithm(value)).toBe(true);
    expect(isGenericNoise(value, line, 'src/fixtures.json')).toBe(true);
  });
  it('go.sum line', () => {
    const line = 'golang.org/x/net v0.23.0 h1:7EYJ93RZ9vYSZAIb2x3lnuvqO5zneoD6IvWjuhfxjTs=';
    expect(isHashWithAlgorithm(line.split(' ')[2])).toBe(true);
    expect(isGenericNoise(line.split(' ')[2], line, 'go.sum')).toBe(true);
  });
  it.each([
    'sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855', 'sha1-7EYJ93RZ9vYSZAIb2x3lnuvqO5w=',
    '$2b$12$R9h/cIPz0gi.URNNX3kh2OPST9/PgBkqquzi.Ss7KIUgO2t0jWMUW', '$argon2id$v=19$m=65536,t=3,p=4$c2FsdHNhbHQ$RdescudvJCsgt3ub+b+dWRWJTmaaJObG',
    'pbkdf2_sha256$260000$Xk9mP2vLq8z$abc123def456ghi789', 'SCRAM-SHA-256$4096:W22ZaJ0SNY7soEsUEjb6gQ==$WG5d8oPm3OtcPnkdi4Uo7BkeZkBFzpcXkuLmtbsT4qY=:HKE',
    'md5f3b7c8e2a1d4c5b6a7980f1e2d3c4b5a', '{SSHA}W6ph5Mm5Pz8GgiULbPgzG37mj9g=', '*6C8989366EAF75BB670AD8EA7A7FC1176A95CEF4',
  ])('hash with its algorithm: %s', (v) => expect(isHashWithAlgorithm(v)).toBe(true));
  it('not a hash', () => expect(isHashWithAlgorithm(B64)).toBe(false));
});

describe('data URIs, SVG paths, CSS colours, paths, URLs, hosts', () => {
  it('data URI', () => {
    expect(isDataUri('data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==')).toBe(true);
    expect(isDataUri('data:font/woff2;charset=utf-8;base64,d09GMgABAAAAA')).toBe(true);
    expect(isDataUri(B64)).toBe(false);
  });
  it('the base64 body of a data URI, given its line', () => {
    expect(isGenericNoise('iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAYAAAAf8', 'background: url(data:image/png;base64,iVBOR', 'a.css')).toBe(true);
  });
  it('SVG path', () => {
    expect(isSvgPath('M12 2C6.48 2 2 6.48 2 12s4.48 10 10 10 10-4.48 10-10S17.52 2 12 2z')).toBe(true);
    expect(isSvgPath('M10.5-3.2L4.1.7z')).toBe(true);
    expect(isSvgPath(TOKEN)).toBe(false);
  });
  it('CSS colour', () => {
    for (const v of ['#fff', '#1e293b', '#1e293bcc', 'rgba(15, 23, 42, 0.8)', 'hsl(210 40% 96%)', 'oklch(0.7 0.1 200)']) expect(isCssColour(v), v).toBe(true);
    expect(isCssColour('#secret')).toBe(false);
  });
  it('file paths', () => {
    for (const v of ['/etc/ssl/private/server.key', './secrets/db-password.txt', '../certs/client.pem', '~/.aws/credentials', 'C:\\keys\\signing.pfx', 'config/credentials/production.key', '/run/secrets/db_password']) {
      expect(isFilePath(v), v).toBe(true);
    }
    for (const v of [B64, 'pA7SJk47mM2c6p/9dK2mkJ5w5jOOhh4XZ4yun/qA', '/9j/4AAQSkZJRgABAQEASABIAAD']) expect(isFilePath(v), v).toBe(false);
  });
  it('URLs without credentials', () => {
    expect(isUrlWithoutCredentials('https://oauth2.googleapis.com/token')).toBe(true);
    expect(isUrlWithoutCredentials('https://login.microsoftonline.com/common/oauth2/v2.0/token?x=1')).toBe(true);
    expect(isUrlWithoutCredentials('postgres://app:Xk9mP2vLq8zz@db01/shop')).toBe(false);
    expect(isUrlWithoutCredentials(`https://api.example.org/v1?access_token=${TOKEN}`)).toBe(false);
  });
  it('host names', () => {
    expect(isHostname('shop-prod-1a2b3.firebaseapp.com')).toBe(true);
    expect(isHostname(TOKEN)).toBe(false);
  });
});

describe('public keys and certificates', () => {
  it.each([
    'ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC7vbqajDhA deploy@ci',
    'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHn9m0Gh1q8kEYb1dfxXr7w3xGz3VYUX6nDqD1bRzC1f',
    'AAAAC3NzaC1lZDI1NTE5AAAAIHn9m0Gh1q8kEYb1dfxXr7w3xGz3VYUX6nDqD1bRzC1f',
    '-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE',
    '-----BEGIN CERTIFICATE-----\nMIIDdzCCAl+gAwIBAgIEAgAAuTANBgkqhkiG9w0BAQUFADBa',
    'MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEq1Xk0xcl3sDK7nVvMdXHdB8p1CqgY6PbAUtx0rZ2lWZ6qPZlXBMsa7bD2wBV0yAqo2Q5Uc0xkf+7kX0cm7x1Sg==',
    'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gunVTLw7onLRnrq0',
  ])('public: %s', (v) => expect(isPublicKeyOrCertificate(v)).toBe(true));
  it('a base64 PKCS#8 private key is not public material', () => {
    expect(isPublicKeyOrCertificate('MC4CAQAwBQYDK2VwBCIEIDmn3Gbifh2lg02aKkjYtr8OHZydP71JAY2vo50wm08l')).toBe(false);
    expect(isPublicKeyOrCertificate('MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7')).toBe(false);
  });
});

describe('natural language and identifiers', () => {
  it.each(['Enter your password', 'Das Passwort ist zu kurz.', 'Le mot de passe doit contenir 8 caractères', 'パスワードを入力してください', 'Token expired, please sign in again'])(
    'natural language: %s',
    (v) => expect(isNaturalLanguage(v)).toBe(true),
  );
  it('a token is not natural language', () => expect(isNaturalLanguage(TOKEN)).toBe(false));

  it.each(['userPassword', 'DB_PASSWORD', 'auth.password.required', 'x-api-key', 'AuthenticationTokenProvider', 'oauth2Token', 'JWT_SECRET', 'getURL', 'require_xxhash64', 'Password'])(
    'identifier: %s',
    (v) => expect(isIdentifierLike(v)).toBe(true),
  );
  it.each([TOKEN, PASSWORD, 'Summer2024', 'MqaxyBMw9diGQTUQ', 'zJIsJip7B1BpVeIhY92bCMOER2YWRBid'])('not an identifier: %s', (v) => expect(isIdentifierLike(v)).toBe(false));

  it('member chains are code', () => {
    expect(isMemberChain('config.db.password')).toBe(true);
    expect(isMemberChain('this.props.apiKey')).toBe(true);
    expect(isMemberChain(TOKEN)).toBe(false);
  });
  it('query paths through array indexes are code', () => {
    for (const v of ['StreamDescription.Shards[-1].ShardId', 'Reservations[].Instances[].InstanceId', 'items[0].name', 'Contents[*].Key']) expect(isMemberChain(v), v).toBe(true);
    // Brackets that are not an index, and random text, are not a path.
    for (const v of ['a[b].c', 'Shards[-1]', 'x8Fq2kLm.Z9[1]w', TOKEN]) expect(isMemberChain(v), v).toBe(false);
  });
  it('a chained assignment in minified code is code', () => {
    expect(isCodeLike('b._emscripten_bind_btSliderConstraint_setUpperLinLimit_1=function')).toBe(true);
    expect(isCodeLike('module.exports=Parser')).toBe(true);
    expect(isCodeLike('b._emscripten_bind_btSliderConstraint_setUpperLinLimit_1=b.asm.Xt')).toBe(true);
    expect(isCodeLike('+e)}i=makeRequest({urlList:[t]});l=')).toBe(true);
    expect(isCodeLike('+t);A=bg({urlList:[B]}),i=')).toBe(true);
    // Symbols a password may hold are not a call: no name, then brackets, then ; or }.
    for (const v of ['h]6EszR}vJ*m', '3s0K_;xh4~8XXI', '9Xk(2a)b;Qz', ']35d/{pB9Fo9wJ']) expect(isCodeLike(v), v).toBe(false);
    expect(isCodeLike('V=nHeqwguBaUg7')).toBe(false);
    expect(isCodeLike(PASSWORD)).toBe(false);
  });
  it('versions, numbers, dates, addresses', () => {
    for (const v of ['1.2.3', 'v20.11.1-beta.2', '3600', '2024-05-01T10:00:00Z', '10.0.0.12:5432', 'ops@shop.example', 'application/json']) expect(isOtherDataShape(v), v).toBe(true);
    for (const v of ['arn:aws:lambda:us-east-1:123456789012:function:MyFunction', 'arn:aws-us-gov:s3:::my-bucket/key', 'arn:aws:iam::aws:policy/ReadOnlyAccess']) expect(isOtherDataShape(v), v).toBe(true);
    expect(isOtherDataShape('arn:x8Fq2kLmZ9w1QpR7')).toBe(false);
    expect(isOtherDataShape(TOKEN)).toBe(false);
  });
});

describe('vendor prefixes and published defaults', () => {
  it('values a specific rule owns are left to it', () => {
    expect(hasVendorPrefix('ghp_short1234')).toBe(true);
    expect(hasVendorPrefix('sk_live_4eC39HqLyjWDarjtT1zdp7dc')).toBe(true);
    expect(hasVendorPrefix('xoxb-123-456-abc')).toBe(true);
    expect(hasVendorPrefix(TOKEN)).toBe(false);
  });
  it.each(['P@ssw0rd!', 'Passw0rd', 'admin123!', 'changeit', 'S3cr3t!2024', 'hunter22', 'Welcome1!', 'root1234'])('default: %s', (v) => expect(isKnownDefault(v)).toBe(true));
  it.each([PASSWORD, 'V=nHeqwguBaUg7', 'Tr0ub4dor&3x'])('not a default: %s', (v) => expect(isKnownDefault(v)).toBe(false));
});

describe('isGenericNoise', () => {
  it('keeps real-looking secrets', () => {
    expect(isGenericNoise(TOKEN, 'api_key', 'config/app.yml')).toBe(false);
    expect(isGenericNoise(B64, 'client_secret', 'settings.py')).toBe(false);
    expect(isGenericNoise(PASSWORD, 'DB_PASSWORD', '.env')).toBe(false);
  });
  it('secrets files', () => {
    for (const p of ['.env', 'config/.env.example', 'deploy/prod.env', 'infra/prod.tfvars', 'secrets.env']) expect(isSecretsFile(p), p).toBe(true);
    for (const p of ['env.ts', 'README.md', 'config.yml']) expect(isSecretsFile(p), p).toBe(false);
  });
});

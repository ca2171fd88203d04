import { defineRule, ROTATE } from '../lib/define.ts';
import { crc32Bytes } from '../lib/checksum.ts';
import { isIdentifiableKey, marvin32, marvinSeed } from '../lib/marvin.ts';
import { assignedName } from '../lib/context.ts';
import { decodeBase32, decodeBase64 } from '../lib/encoding.ts';

// Microsoft Azure. Newer keys are "identifiable": a service signature (+ASt, ACDb, +ASb, AzFu,
// JQQJ99...) at a fixed offset and a Marvin32 checksum, so they validate offline. Older keys are
// plain base64 and are taken only from the connection strings and variables that name them.

const seeds = (...names: string[]): bigint[] => names.map(marvinSeed);
const STORAGE_SEEDS = seeds('Default0');
const COSMOS_SEEDS = seeds('MastRO00', 'MastRW00');
const MESSAGING_SEEDS = seeds('Send0000', 'Listen00', 'Manage00', 'System00');
const IOT_SEEDS = seeds('IoTHub00', 'DpsKey00', 'Device00');
const FUNCTION_SEEDS = seeds('Functi00', 'System00', 'Master00');
const AAD_SEED = marvinSeed('AadPwd00');
const CASK_SEED = marvinSeed('Default0');

// Published developer keys: the Azurite storage emulator and the Cosmos DB emulator.
const EMULATOR_KEYS = new Set([
  'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==',
  'C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw==',
]);

// 32-byte base64 keys: 43 characters, the last one carrying 4 bits, then one '='.
const KEY32 = '[A-Za-z0-9+/]{42}[AEIMQUYcgkosw048]=';
const KEY64 = '[A-Za-z0-9+/]{86}==';

/** Entra ID client secrets: "xxx8Q~" secrets end in 3 characters of a Marvin32 checksum. */
const AAD_ALPHABET = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ1234567890.-_~';
function aadSecretValid(secret: string): boolean | undefined {
  if (secret.slice(3, 6) !== '8Q~') return undefined;
  let n = marvin32(Buffer.from(secret.slice(0, -3), 'latin1'), AAD_SEED);
  let digits = '';
  for (let i = 0; i < 6; i++) {
    digits = AAD_ALPHABET[n % 66] + digits;
    n = Math.floor(n / 66);
  }
  return digits.slice(0, 3) === secret.slice(-3) ? true : undefined;
}

/**
 * Legacy Azure DevOps PATs: 52 base32 characters = 32 bytes, four of which (at 2, 7, 8, 22) hold
 * the CRC-32 of the other 28 XOR a per-kind constant (user or application token).
 */
function adoLegacyPatValid(secret: string): boolean | undefined {
  const b = decodeBase32(secret);
  if (!b || b.length < 32) return undefined;
  const body = Uint8Array.from([...b.subarray(0, 2), ...b.subarray(3, 7), ...b.subarray(9, 22), ...b.subarray(23, 32)]);
  const embedded = (b[22] | (b[8] << 8) | (b[7] << 16) | (b[2] << 24)) >>> 0;
  const crc = crc32Bytes(body);
  return [0xe0b9692d, 0x1019f92e].some((k) => ((crc ^ k) >>> 0) === embedded) ? true : undefined;
}

/**
 * Common Annotated Security Keys (84 characters): the first 60 decoded bytes, then the first 3
 * bytes of their Marvin32 checksum. 88-character long forms carry all 4 bytes.
 */
function caskValid(secret: string): boolean | undefined {
  if (secret.length === 88) return isIdentifiableKey(secret, secret.slice(76, 80), [CASK_SEED]) ? true : undefined;
  const sum = Buffer.alloc(4);
  sum.writeUInt32LE(marvin32(Buffer.from(secret.slice(0, 80), 'base64'), CASK_SEED));
  return sum.subarray(0, 3).toString('base64') === secret.slice(80) ? true : undefined;
}

/**
 * An identifiable key standing alone (no connection string, no variable name): its signature at
 * the fixed offset is the context, and validate() then demands the checksum. The empty `bare`
 * group tells validate() which way the key was found.
 */
const bare = (shape: string): string => `(?<![A-Za-z0-9+/])(?<bare>(?=${shape}(?![A-Za-z0-9+/=])))`;

const CASK_HEAD = '[A-Za-z0-9]{52}JQQJ9[9D][A-Za-z0-9][A-L][A-Za-z0-9]{16}';

export default [
  defineRule({
    id: 'azure-storage-account-key',
    title: 'Azure Storage account key',
    severity: 'critical',
    keywords: [
      'accountkey', 'azure_storage', 'storage_key', 'storagekey', 'storage_account_key', 'storageaccountkey',
      'storage_access_key', 'storage-key', 'storage-account-key', '+ast',
    ],
    pattern: new RegExp(
      `(?:(?<cs>AccountName=[^;\\s"']{1,64};\\s{0,3})?(?<!AccountEndpoint=[^;\\s"']{1,300};\\s{0,3})AccountKey=|` +
        `${assignedName(['storage'], ['key'])}|${bare('[A-Za-z0-9+/]{76}\\+ASt[A-Za-z0-9+/]{6}==')})(?<secret>${KEY64})(?![A-Za-z0-9+/=])`,
    ),
    validate: (secret, groups) => {
      if (EMULATOR_KEYS.has(secret)) return false;
      if (isIdentifiableKey(secret, '+ASt', STORAGE_SEEDS) || groups.cs) return true;
      return groups.bare === undefined ? undefined : false;
    },
    minEntropy: 4.5,
    remediation: `${ROTATE} Rotate the key under Storage account > Security + networking > Access keys, then move to Entra ID auth or SAS with expiry.`,
    examples: {
      positive: [
        {
          text: 'AZURE_STORAGE_CONNECTION_STRING="DefaultEndpointsProtocol=https;AccountName=acmeuploads;AccountKey=TX6zVlrGHQ22FRJf9Rid3cpQu6QNhHtGFfFhuFvvXgo1lPLGBftNhRvMzBcARxXTHx/Xq9MWRL8CM3hXmztihA==;EndpointSuffix=core.windows.net"',
          secret: 'TX6zVlrGHQ22FRJf9Rid3cpQu6QNhHtGFfFhuFvvXgo1lPLGBftNhRvMzBcARxXTHx/Xq9MWRL8CM3hXmztihA==',
        },
        { text: 'azure_storage_account_key: "H6i4wsIDPzeKqvR93E6jBHFcVVujVkT7G/ftKOFj03kBtfGePCW1xfrbgiTNCGj8Evluyps07U3pLckbs51Png=="', secret: 'H6i4wsIDPzeKqvR93E6jBHFcVVujVkT7G/ftKOFj03kBtfGePCW1xfrbgiTNCGj8Evluyps07U3pLckbs51Png==' },
        { text: 'AccountKey=WGcwd7jIsow7FxFBItgUE03mvU1evQ65PYb7GgnWVbNPFDkSPatAh83Iki1KeUSbVeBZEEx1xRlX+AStOa0YWQ==;', secret: 'WGcwd7jIsow7FxFBItgUE03mvU1evQ65PYb7GgnWVbNPFDkSPatAh83Iki1KeUSbVeBZEEx1xRlX+AStOa0YWQ==' },
        { text: 'ACCOUNT_KEY="Jwu/BWteYHWPgZdfl6GVgwPkt0JRiSrP4Cq62kiZuM/elIrmcaXdXDVTgtZNBMG4n9zhw5NsTWcG+ASts0lkkw=="', secret: 'Jwu/BWteYHWPgZdfl6GVgwPkt0JRiSrP4Cq62kiZuM/elIrmcaXdXDVTgtZNBMG4n9zhw5NsTWcG+ASts0lkkw==' },
      ],
      negative: [
        '# rotated on 2024-06-01: cX/7hi89Y4HHD/o6Viz6uHBxX9Nl2riU1gI35PJj7rb68GvpCEGtDlW82puOXEAUboGpdTaXz4XD+ASt68Hk4T==',
        'DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;',
        'AccountName=acme;AccountKey=<your-account-key>;EndpointSuffix=core.windows.net',
        'AccountName=acme;AccountKey=;EndpointSuffix=core.windows.net',
      ],
    },
  }),
  defineRule({
    id: 'azure-cosmosdb-key',
    title: 'Azure Cosmos DB account key',
    severity: 'critical',
    keywords: ['accountendpoint', 'cosmos', 'acdb'],
    pattern: new RegExp(
      `(?:(?<ep>AccountEndpoint=https://[A-Za-z0-9.-]{1,100}\\.documents\\.azure\\.com(?::443)?/?;\\s{0,3})AccountKey=|` +
        `${assignedName(['cosmos'], ['key'])}|${bare('[A-Za-z0-9+/]{76}ACDb[A-Za-z0-9+/]{6}==')})(?<secret>${KEY64})(?![A-Za-z0-9+/=])`,
    ),
    validate: (secret, groups) => {
      if (EMULATOR_KEYS.has(secret)) return false;
      if (isIdentifiableKey(secret, 'ACDb', COSMOS_SEEDS) || groups.ep) return true;
      return groups.bare === undefined ? undefined : false;
    },
    minEntropy: 4.5,
    remediation: `${ROTATE} Regenerate the key under Cosmos DB account > Keys (rotate primary and secondary in turn).`,
    examples: {
      positive: [
        {
          text: '"CosmosConnection": "AccountEndpoint=https://orders-prod.documents.azure.com:443/;AccountKey=28KgJ5HYn0NlM8oaMkVTQnAukg/s/N1plgPtcnQ9EPTK0Xv+zs7cRbpp+f3WJEZXNP/Eu+GxOenEemQm6EikSw==;"',
          secret: '28KgJ5HYn0NlM8oaMkVTQnAukg/s/N1plgPtcnQ9EPTK0Xv+zs7cRbpp+f3WJEZXNP/Eu+GxOenEemQm6EikSw==',
        },
        { text: 'COSMOS_DB_KEY=iocN2pq0MIC79taLhpvhzY8ag30aTbuSzmnW6XQpMg5xAwFy/cB7pwKia3ZOymfjRIjmV192xzFDACDb/R53dw==', secret: 'iocN2pq0MIC79taLhpvhzY8ag30aTbuSzmnW6XQpMg5xAwFy/cB7pwKia3ZOymfjRIjmV192xzFDACDb/R53dw==' },
        { text: '"primaryMasterKey": "KCKOPI724v1CKMjI1YWVMrwhnV8jYFvBYN1aoQd3v2u+MGYt7hF375ugfM1+O5gJgm4/uzn2GxZ2ACDbbm/vqw==",', secret: 'KCKOPI724v1CKMjI1YWVMrwhnV8jYFvBYN1aoQd3v2u+MGYt7hF375ugfM1+O5gJgm4/uzn2GxZ2ACDbbm/vqw==' },
      ],
      negative: [
        'AccountEndpoint=https://localhost:8081/;AccountKey=C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw==',
        'COSMOS_KEY=${COSMOS_KEY}',
        'cosmos_key = os.environ["COSMOS_KEY"]',
      ],
    },
  }),
  defineRule({
    id: 'azure-sas-token',
    title: 'Azure shared access signature (SAS)',
    severity: 'high',
    keywords: ['sig='],
    // A SAS is a query string: sv= (service version) and sig= (the HMAC-SHA256, base64 and
    // usually percent-encoded) in the same URL, in either order.
    pattern:
      /(?<![A-Za-z0-9_])sig=(?<secret>(?:[A-Za-z0-9+/]|%2[BbFf]){43}(?:=|%3[Dd]))(?![A-Za-z0-9%])(?:(?<=[?&;\s"'=]sv=\d{4}-\d{2}-\d{2}&[^\s"'<>]{0,500})|(?=[^\s"'<>]{0,500}?&sv=\d{4}-\d{2}-\d{2}))/,
    validate: (secret) => {
      const bytes = decodeBase64(decodeURIComponent(secret));
      return bytes?.length === 32 ? true : false;
    },
    minEntropy: 4,
    remediation: `${ROTATE} A SAS cannot be revoked on its own: rotate the account key that signed it (or delete its stored access policy), and issue short-lived SAS from a user delegation key.`,
    examples: {
      positive: [
        {
          text: 'BLOB_URL="https://acme.blob.core.windows.net/exports/report.csv?sp=r&st=2024-05-01T09:00:00Z&se=2025-05-01T17:00:00Z&spr=https&sv=2022-11-02&sr=b&sig=4epF%2F5mincLowbRl%2BfLKktW4ibjcrtO2xSJg46kfqhA%3D"',
          secret: '4epF%2F5mincLowbRl%2BfLKktW4ibjcrtO2xSJg46kfqhA%3D',
        },
        {
          text: 'BlobEndpoint=https://acme.blob.core.windows.net/;SharedAccessSignature=sv=2021-06-08&ss=b&srt=sco&sp=rl&se=2026-01-01T00:00:00Z&sig=4jbWgcZcYR+FhbTcHIJMqmto/zuFp9yfW08elNBxHV0=',
          secret: '4jbWgcZcYR+FhbTcHIJMqmto/zuFp9yfW08elNBxHV0=',
        },
      ],
      negative: [
        'https://acme.blob.core.windows.net/c/f?sp=r&sv=2022-11-02&sig=<signature>',
        'https://api.test/callback?sig=uRS5%2B7oKOf%2FYdiqzVBdO4qCNMlLyA9vReFRAGUSJWok%3D&user=42',
        'sv=2022-11-02&sig=McHGzRYop0jJkqMC1250%3D',
      ],
    },
  }),
  defineRule({
    id: 'azure-ad-client-secret',
    title: 'Microsoft Entra ID (Azure AD) client secret',
    severity: 'critical',
    keywords: ['q~'],
    // 3 characters, a format version digit, "Q~", then 31-34 characters from [A-Za-z0-9._~-].
    pattern: /(?<![A-Za-z0-9_~.-])(?<secret>[A-Za-z0-9_~.-]{3}\dQ~[A-Za-z0-9_~.-]{31,34})(?![A-Za-z0-9_~.-])/,
    validate: aadSecretValid,
    minEntropy: 3.5,
    remediation: `${ROTATE} Delete it under App registrations > Certificates & secrets and create a new one (or switch to a certificate or federated credential).`,
    examples: {
      positive: [
        { text: 'AZURE_CLIENT_SECRET=x-Q8Q~IqaFH-8DIq34gJezP6u6lIUVHA3Ra4gcfA', secret: 'x-Q8Q~IqaFH-8DIq34gJezP6u6lIUVHA3Ra4gcfA' },
        { text: '  client_secret = "kFW8Q~5UC2AtelP0MvjvzxLnMh_gRw.TjDGGYbXG"', secret: 'kFW8Q~5UC2AtelP0MvjvzxLnMh_gRw.TjDGGYbXG' },
        { text: '"ClientSecret": "5VQ7Q~RVNW0UdiJmMLHVFgns_qBWZpfzF0SDY"', secret: '5VQ7Q~RVNW0UdiJmMLHVFgns_qBWZpfzF0SDY' },
      ],
      negative: ['client_secret = "abc8Q~short"', 'path ~/Q~/config/settings/local/law47VvWkz', 'secret: xxx8Q~xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'],
    },
  }),
  defineRule({
    id: 'azure-devops-pat',
    title: 'Azure DevOps personal access token',
    severity: 'critical',
    keywords: ['jqqj9'],
    // The 2024 format: a Common Annotated Security Key whose provider signature is AZDO.
    pattern: new RegExp(`(?<![A-Za-z0-9+/])(?<secret>${CASK_HEAD}AZDO[A-Za-z0-9]{4})(?![A-Za-z0-9+/=])`),
    confidence: 'high',
    remediation: `${ROTATE} Revoke it under User settings > Personal access tokens (or ask an organization admin to revoke it).`,
    examples: {
      positive: [
        { text: 'AZURE_DEVOPS_EXT_PAT=7XE2kSD0bQo7yDvKJnoBxXGmRCdUGS1Ni8mPiKL56IHxai7E8RTcJQQJ99BF1jG4wh2ZoIqnBgGAAZDOEUjH', secret: '7XE2kSD0bQo7yDvKJnoBxXGmRCdUGS1Ni8mPiKL56IHxai7E8RTcJQQJ99BF1jG4wh2ZoIqnBgGAAZDOEUjH' },
        { text: "git clone https://build:JgDdZDNzHefWjl52uIYXcEaW7kIQtXpb1dOHyYUSsa1YKJm931QPJQQJ99BBWXMlUsr3Ft18567QAZDOQZbP@dev.azure.com/contoso/web/_git/web", secret: 'JgDdZDNzHefWjl52uIYXcEaW7kIQtXpb1dOHyYUSsa1YKJm931QPJQQJ99BBWXMlUsr3Ft18567QAZDOQZbP' },
      ],
      negative: ['PAT = "abcdefghijklmnopqrstuvwxyz012345679ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnoAZDOabcd"', 'New PATs are 84 characters: 52 random, JQQJ99, a date, reserved bytes, AZDO and a checksum.', 'AZDO3ZnJXCVCYnn3GFucRaWhygwAtph8n3ayWxkcmVnJ'],
    },
  }),
  defineRule({
    id: 'azure-devops-pat-legacy',
    title: 'Azure DevOps personal access token (legacy format)',
    severity: 'critical',
    keywords: [
      'dev.azure.com', 'visualstudio.com', 'azure', 'devops', 'vsts', 'azdo', 'ado_', 'ado-', 'adotoken', 'adopat',
      'system_accesstoken', 'system.accesstoken',
    ],
    // 52 base32 characters with no prefix: taken from a dev.azure.com URL or a variable that names
    // Azure DevOps. The embedded CRC-32 then proves it.
    pattern: new RegExp(
      `(?:https?://(?:[^\\s:@/"']{0,100}:)?(?=[a-z2-7]{52}@(?:dev\\.azure\\.com|[A-Za-z0-9-]{1,64}\\.visualstudio\\.com))|` +
        `${assignedName(['azure_devops', 'azuredevops', 'azure-devops', 'azure_pipelines', 'devops', 'vsts', 'azdo', 'ado', 'system_accesstoken', 'system.accesstoken'], ['pat', 'token', 'key', 'password', 'secret', 'accesstoken'])})` +
        `(?<secret>[a-z2-7]{52})(?![A-Za-z0-9])`,
    ),
    validate: adoLegacyPatValid,
    minEntropy: 4,
    remediation: `${ROTATE} Revoke it under User settings > Personal access tokens in Azure DevOps.`,
    examples: {
      positive: [
        { text: 'git remote add origin https://ci:hig3r6dmc3xmrjd74ngraeypzgj5nqewjkofowzc7bo2wouvrxba@dev.azure.com/contoso/app/_git/app', secret: 'hig3r6dmc3xmrjd74ngraeypzgj5nqewjkofowzc7bo2wouvrxba' },
        { text: 'AZURE_DEVOPS_PAT=oubgxmenztw65rtcjlan7vj2siokpskons6rege7qtrafxs4zicq', secret: 'oubgxmenztw65rtcjlan7vj2siokpskons6rege7qtrafxs4zicq' },
        { text: 'ado_token: "e62smsebcgyx77gulehew7yhvm4a5zcxnpzlpc52yg2657ov5ylx"', secret: 'e62smsebcgyx77gulehew7yhvm4a5zcxnpzlpc52yg2657ov5ylx' },
      ],
      negative: [
        'AZURE_DEVOPS_PAT=$(System.AccessToken)',
        'dependency hash 4jboflsj4ad2226sl7fni5cwzwf5fhap7jtdaqsqnk6dz2n76al5',
        'AZURE_DEVOPS_ORG=https://dev.azure.com/contoso',
      ],
    },
  }),
  defineRule({
    id: 'azure-cask-key',
    title: 'Azure identifiable API key (Common Annotated Security Key)',
    severity: 'critical',
    keywords: ['jqqj9'],
    // Azure AI services, OpenAI, Web PubSub and other services issue 84-character keys with the
    // JQQJ99 signature, a creation date, a 4-character provider signature and a checksum.
    pattern: new RegExp(
      `(?<![A-Za-z0-9+/])(?<secret>${CASK_HEAD}(?!AZDO)[A-Za-z][A-Za-z0-9]{7}(?:[A-Za-z0-9]{2}==)?)(?![A-Za-z0-9+/=])`,
    ),
    validate: caskValid,
    remediation: `${ROTATE} Regenerate the key on the resource's Keys and Endpoint page in the Azure portal.`,
    examples: {
      positive: [
        { text: 'AZURE_OPENAI_API_KEY=bE1QDLXh1tEMraWKXTov57bY6Vg0biaiif5APQp1WF09evymDGPZJQQJ99BCRB2jbmwQrJE2txC6ACOGru9E', secret: 'bE1QDLXh1tEMraWKXTov57bY6Vg0biaiif5APQp1WF09evymDGPZJQQJ99BCRB2jbmwQrJE2txC6ACOGru9E' },
        { text: 'Endpoint=https://chat.webpubsub.azure.com;AccessKey=UHUnbHADE7HN5mBvexUzEXlr7V1kUy9kD8tHgahFZXjRSG6rOzRWJQQJ99BDrIJZmwVDpnNMqf3lAWPSCYO6;Version=1.0;', secret: 'UHUnbHADE7HN5mBvexUzEXlr7V1kUy9kD8tHgahFZXjRSG6rOzRWJQQJ99BDrIJZmwVDpnNMqf3lAWPSCYO6' },
      ],
      negative: ['CASK keys carry JQQJ99 at offset 52 and a provider signature at offset 76.', 'signature = "JQQJ99BAAC"', 'cFxwcznHrn0fIjk1F3CrvFwYFGDjKIHtaq0msmUlbPe0fTypflmIjqqj99baachaue2XH08erValsktt65mepB58'],
    },
  }),
  defineRule({
    id: 'azure-shared-access-key',
    title: 'Azure Service Bus / Event Hubs / IoT Hub shared access key',
    severity: 'critical',
    keywords: ['sharedaccesskey=', '+asb', '+aeh', '+arm', 'aiot'],
    pattern: new RegExp(
      `(?:(?<cs>(?:Endpoint=sb://|HostName=)[A-Za-z0-9.-]{1,200}[^"'\\s]{0,300}?)?(?<![A-Za-z])SharedAccessKey=|` +
        `${bare('[A-Za-z0-9+/]{33}(?:\\+ASb|\\+AEh|\\+ARm|AIoT)[A-Za-z0-9+/]{5}[AEIMQUYcgkosw048]=')})(?<secret>${KEY32})(?![A-Za-z0-9+/=])`,
    ),
    validate: (secret, groups) => {
      for (const sig of ['+ASb', '+AEh', '+ARm']) if (isIdentifiableKey(secret, sig, MESSAGING_SEEDS)) return true;
      if (isIdentifiableKey(secret, 'AIoT', IOT_SEEDS)) return true;
      if (groups.cs) return true;
      return groups.bare === undefined ? undefined : false;
    },
    minEntropy: 4,
    remediation: `${ROTATE} Regenerate the key of that shared access policy (Shared access policies > Regenerate) and prefer Entra ID auth.`,
    examples: {
      positive: [
        {
          text: 'SERVICEBUS_CONNECTION="Endpoint=sb://orders.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=UG8GKHUxRNTyICfFS3wV1V4cesm8TGBIg7LqG8H2R2Y="',
          secret: 'UG8GKHUxRNTyICfFS3wV1V4cesm8TGBIg7LqG8H2R2Y=',
        },
        { text: 'conn = "HostName=plant7.azure-devices.net;DeviceId=press-04;SharedAccessKey=iiKXMwyZX6qkZoRIqy7ZDWDOJbm49S0mWToZH5PoLj0="', secret: 'iiKXMwyZX6qkZoRIqy7ZDWDOJbm49S0mWToZH5PoLj0=' },
        { text: 'SharedAccessKey=irfvx1mtOWWyAlpIZim0tNmliczRirxoP+ASbSzxGO4=', secret: 'irfvx1mtOWWyAlpIZim0tNmliczRirxoP+ASbSzxGO4=' },
        { text: 'EVENT_HUB_SEND_KEY=GnxTYwpUOQbX0CLF9qrLj+90PnZYHX8aS+AEh62WwFE=', secret: 'GnxTYwpUOQbX0CLF9qrLj+90PnZYHX8aS+AEh62WwFE=' },
      ],
      negative: [
        'Endpoint=sb://test.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=dummykey==',
        'Endpoint=sb://x.servicebus.windows.net/;SharedAccessKeyName=listen;SharedAccessKey=<key>',
        'HostName={Your IoT hub name}.azure-devices.net;SharedAccessKeyName=iothubowner;SharedAccessKey={Your IoT Hub key}',
      ],
    },
  }),
  defineRule({
    id: 'azure-function-key',
    title: 'Azure Functions access key',
    severity: 'high',
    keywords: ['azfu'],
    pattern: /(?<![A-Za-z0-9_-])(?<secret>[A-Za-z0-9_-]{44}AzFu[A-Za-z0-9_-]{5}[AQgw](?:==)?)(?![A-Za-z0-9_=-])/,
    validate: (secret) => (isIdentifiableKey(secret, 'AzFu', FUNCTION_SEEDS, true) ? true : undefined),
    remediation: `${ROTATE} Renew the key under Function App > App keys (or the function's Function keys).`,
    examples: {
      positive: [
        { text: 'https://orders-fn.azurewebsites.net/api/ingest?code=3ADyZz8fCkq-fJS-U_VPHjE0rND8LYsq-8v03lZWks-WAzFug5HZ2g==', secret: '3ADyZz8fCkq-fJS-U_VPHjE0rND8LYsq-8v03lZWks-WAzFug5HZ2g==' },
        { text: '"x-functions-key": "gqzIxB6MCdYEHp3_hwInXaSx5Ss57MxW6L-XRxzjPV-xAzFukDQwJw=="', secret: 'gqzIxB6MCdYEHp3_hwInXaSx5Ss57MxW6L-XRxzjPV-xAzFukDQwJw==' },
      ],
      negative: ['code=Y33FyuJf7LBhuX5g88xMQqT3Rm2XryS9fbzOEhL1RrYRAzFu', 'AzFunctionApp4Q2fC8R9DZzxd34vyUDlCHwgtAdvS1yRNv5a0fFctCEkB88xy7', 'code=9mXu6zJLQl7pEwvBCRTtqqSUHwzQgp3rIvhyTxjIAzFuvbYXkc=='],
    },
  }),
];

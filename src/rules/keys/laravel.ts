import { defineRule, ROTATE } from '../lib/define.ts';
import { decodeBase64 } from '../lib/encoding.ts';

// Laravel APP_KEY: base64: + the base64 of a 32-byte (AES-256) or 16-byte (AES-128) key.
export default [
  defineRule({
    id: 'laravel-app-key',
    title: 'Laravel APP_KEY',
    severity: 'high',
    keywords: ['app_key'],
    pattern: /(?<secret>base64:(?:[A-Za-z0-9+/]{43}=|[A-Za-z0-9+/]{22}==))(?![A-Za-z0-9+/=])/,
    validate: (secret) => {
      const n = decodeBase64(secret.slice(7))?.length;
      return n === 32 || n === 16;
    },
    remediation: `${ROTATE} Run \`php artisan key:generate\`; data encrypted with the old key (and sessions) must be re-encrypted or dropped.`,
    examples: {
      positive: [
        { text: 'APP_KEY=base64:IAPAtYC3Q+ZA6gsjHLoWKDiEt1wceKO4SLcFYt6BQ6M=', secret: 'base64:IAPAtYC3Q+ZA6gsjHLoWKDiEt1wceKO4SLcFYt6BQ6M=' },
        { text: "'key' => env('APP_KEY', 'base64:5jOwwVGpaTiYPwJT2wWvkmIq5XlsBnnUpDPvsmeabTk='),", secret: 'base64:5jOwwVGpaTiYPwJT2wWvkmIq5XlsBnnUpDPvsmeabTk=' },
      ],
      negative: ['APP_KEY=', 'APP_KEY=base64:oUR5JU8ey6TSaJ0GEtkr=='],
    },
  }),
];

import { defineRule, ROTATE } from '../lib/define.ts';
import { isPlaceholderPassword } from '../lib/credentials.ts';

// ~/.pypirc: INI sections per index with `password = ...` (an API token or a password).
export default [
  defineRule({
    id: 'pypirc-password',
    title: '.pypirc index password',
    severity: 'critical',
    keywords: ['[pypi]', '[testpypi]', '[distutils]', 'index-servers'],
    multiline: true,
    reach: 'line',
    pattern: /^password[ \t]*[:=][ \t]*(?<secret>[^\s]{6,512})[ \t]*\r?$/m,
    validate: (secret) => (isPlaceholderPassword(secret) ? false : undefined),
    confidence: 'medium',
    remediation: `${ROTATE} Revoke the token at https://pypi.org/manage/account/token/ and use trusted publishing or keyring.`,
    examples: {
      positive: [
        { text: '[distutils]\nindex-servers =\n    internal\n\n[internal]\nrepository = https://pypi.corp/simple\nusername = deploy\npassword = LATwKe9WaKR2cy4lY2S7OgY0\n', secret: 'LATwKe9WaKR2cy4lY2S7OgY0' },
        { text: '[pypi]\nusername = svc-release\npassword: o4E063phqP5Sm_HJhKIt6IiCPzK0o0HE', secret: 'o4E063phqP5Sm_HJhKIt6IiCPzK0o0HE' },
      ],
      negative: ['[pypi]\nusername = __token__\npassword = <your PyPI token>\n', '[pypi]\nusername = __token__\npassword = %(PYPI_TOKEN)s\n'],
    },
  }),
];

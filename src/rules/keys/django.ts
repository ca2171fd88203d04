import { defineRule, ROTATE } from '../lib/define.ts';

// Django SECRET_KEY: 50 characters from get_random_secret_key()'s alphabet (lower-case letters,
// digits, !@#$%^&*(-_=+)), optionally prefixed django-insecure- by startproject, assigned in
// settings.py, directly or as the default of an environment lookup.
export default [
  defineRule({
    id: 'django-secret-key',
    title: 'Django SECRET_KEY',
    severity: 'high',
    keywords: ['secret_key'],
    pattern:
      /SECRET_KEY\s{0,4}=\s{0,4}(?:(?:os\.environ\.get|os\.getenv|env\.str|env)\(\s{0,4}["'][A-Za-z0-9_]{1,64}["']\s{0,4},\s{0,4}(?:default\s{0,2}=\s{0,2})?)?[rb]?(?<q>["'])(?<secret>(?:django-insecure-)?[a-z0-9!@#$%^&*(\-_=+)]{50})\k<q>/,
    minEntropy: 4,
    confidence: 'medium',
    remediation: `${ROTATE} Generate a new key (django.core.management.utils.get_random_secret_key), load it from the environment, and expect existing sessions and signed tokens to be invalidated.`,
    examples: {
      positive: [
        { text: "SECRET_KEY = 'django-insecure-ovcy4zwx8gs161oiotwdc6bfvham05v3yx9b7lxuz9il&h(+)!'", secret: 'django-insecure-ovcy4zwx8gs161oiotwdc6bfvham05v3yx9b7lxuz9il&h(+)!' },
        { text: 'SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "h44s9te57mz5y6kdo3bj6jt9xgmfacmve4es159u*=-@#^%_zk")', secret: 'h44s9te57mz5y6kdo3bj6jt9xgmfacmve4es159u*=-@#^%_zk' },
      ],
      negative: ["SECRET_KEY = os.environ['DJANGO_SECRET_KEY']", "SECRET_KEY = 'change-me-in-production-please-use-a-long-random-str'"],
    },
  }),
];

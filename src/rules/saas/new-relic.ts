import { defineRule, ROTATE } from '../lib/define.ts';

// New Relic keys carry a four-letter type prefix (NRAK user, NRAA admin, NRII insert, NRIQ
// query, NRJS browser, NRRA REST, NRSP synthetics private location) or, for ingest license
// keys, the NRAL suffix.
const REVOKE = `${ROTATE} Delete the key in New Relic's API keys UI (one.newrelic.com > API keys).`;

const prefixed = (prefix: string, id: string, title: string, body: string, severity: 'critical' | 'high' | 'medium' | 'low', positives: [string, string], negatives: string[]) =>
  defineRule({
    id,
    title,
    severity,
    keywords: [prefix.toLowerCase()],
    pattern: new RegExp(`(?<![A-Za-z0-9])(?<secret>${prefix}${body})(?![A-Za-z0-9_-])`),
    confidence: 'high',
    remediation: REVOKE,
    examples: {
      positive: [
        { text: `NEW_RELIC_KEY=${positives[0]}`, secret: positives[0] },
        { text: `  "apiKey": "${positives[1]}"`, secret: positives[1] },
      ],
      negative: negatives,
    },
  });

export default [
  prefixed('NRAK-', 'new-relic-user-api-key', 'New Relic user API key', '[A-Z0-9]{27}', 'high',
    ['NRAK-KVLX4QH4S4QZ6M4TBUK8G1B7X80', 'NRAK-TSQRN4HOCFVPWJ87P23BR6AWDI4'], ['NRAK-10S9X34ZZVLVBGB8G04HIYODSB', 'NRAK-XXXXXXXXXXXXXXXXXXXXXXXXXXX', 'xNRAK-5MQ32P17243IPZ68ZTPDD5CULX0']),
  prefixed('NRAA-', 'new-relic-admin-api-key', 'New Relic admin API key', '[A-Za-z0-9]{27}', 'critical',
    ['NRAA-uoYOfjh8yGJD4mfWMgNvUXFJif3', 'NRAA-iOQ3astbOEoTJmoriX5KDLg0uEq'], ['NRAA-aoIFpVOF8tvXmiDOqvLS', 'NRAA-e1OcG0HA1nxSiadf0stXNVBll7ol']),
  prefixed('NRII-', 'new-relic-insert-key', 'New Relic Insights insert key', '[A-Za-z0-9_-]{32}', 'high',
    ['NRII-2loZZCgP0mQUJorQPMZxNEsym_TLkwzh', 'NRII-sH2LEdasHf38XXOoeoZnzZnf0f8T7V1z'], ['NRII-72L4fQhFsjJ1R7FK', 'NRII-OcaYSW2sGeSmfXOVoA63QRrcQN123gagIin51Dd3']),
  prefixed('NRIQ-', 'new-relic-query-key', 'New Relic Insights query key', '[A-Za-z0-9_-]{32}', 'medium',
    ['NRIQ-IWOH91nXjl3lV8HcSo2aMwR0nB6STowW', 'NRIQ-rp6DDRzqontxFxPcQbuNWoRiXZi4jOnh'], ['NRIQ-fPd4sSXP59FK2fduWrr313WrMnS42L9', 'NRIQ-zFmtqsJiqCKKAsK5jcdKvj1YwuOri4LFz']),
  prefixed('NRJS-', 'new-relic-browser-key', 'New Relic browser ingest key', '[a-f0-9]{19}', 'low',
    ['NRJS-8ee9e4b89eadb79907d', 'NRJS-20b3331ffa9892c6b83'], ['NRJS-d76d6513161e5e6a7a', 'NRJS-80VZ4COQ6ILP71KI8KR']),
  prefixed('NRRA-', 'new-relic-rest-api-key', 'New Relic REST API key', '[a-f0-9]{42}', 'high',
    ['NRRA-7a12a51144411ffdc74198a2b953a4ede7fc062b79', 'NRRA-654861b76a12f0c0844fcd74ead9cffacc4b774bd1'], ['NRRA-72c91210d2be8e84e53b290f522808b3fca99c97', 'NRRA-LKIC8US175Y1DYQA795SJH8EO8Z4EKM3IDIWOL30C9']),
  prefixed('NRSP-', 'new-relic-synthetics-location-key', 'New Relic synthetics private location key', '[a-z]{2}[0-9]{2}[A-Fa-f0-9]{31,32}', 'medium',
    ['NRSP-us01FE138DE062A300E8983236FE919AC1F', 'NRSP-eu018A85DC8330D26B5C888ECB18D66B508B'], ['NRSP-us01A9D922D2D2FF6E0A6C83', 'NRSP-30F45B9E97DEC15EAC885938E6F4249ADC45']),
  defineRule({
    id: 'new-relic-license-key',
    title: 'New Relic ingest license key',
    severity: 'high',
    keywords: ['nral'],
    pattern: /(?<![A-Za-z0-9])(?<secret>(?:eu01xx[a-f0-9]{30}|[a-f0-9]{36})NRAL)(?![A-Za-z0-9])/,
    confidence: 'high',
    remediation: REVOKE,
    examples: {
      positive: [
        { text: 'license_key: bddca388b67b03b9c3cc02af2338b5c92834NRAL', secret: 'bddca388b67b03b9c3cc02af2338b5c92834NRAL' },
        { text: 'NEW_RELIC_LICENSE_KEY="eu01xxd1fbffd6612b8ae19aff4d101c5c7fNRAL"', secret: 'eu01xxd1fbffd6612b8ae19aff4d101c5c7fNRAL' },
      ],
      negative: ['license_key: d672540ab11824450a956b2208741fNRAL', 'NEW_RELIC_LICENSE_KEY=<license key ending in NRAL>'],
    },
  }),
];

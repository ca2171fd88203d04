import { defineRule, ROTATE } from '../lib/define.ts';
import { decodeBase64 } from '../lib/encoding.ts';

// PyPI API tokens: "pypi-" + a base64url v2 macaroon whose location field is pypi.org (or
// test.pypi.org), so the fixed start AgEIcHlwaS5vcmc (AgENdGVzdC5weXBpLm9yZw) decodes to it.
// validate() parses the macaroon: header fields, caveats, and a 32-byte signature at the end.

function readVarint(b: Uint8Array, at: number): [number, number] | undefined {
  let v = 0;
  for (let shift = 0, i = at; i < b.length && shift < 28; shift += 7, i++) {
    v |= (b[i] & 0x7f) << shift;
    if (!(b[i] & 0x80)) return [v, i + 1];
  }
  return undefined;
}

/** A v2 binary macaroon: [location] identifier EOS, caveats (fields… EOS)*, EOS, signature. */
export function isPypiMacaroon(bytes: Uint8Array): boolean {
  if (bytes[0] !== 2) return false;
  let at = 1;
  const field = (): [number, Uint8Array] | undefined => {
    const type = bytes[at];
    const len = readVarint(bytes, at + 1);
    if (type === undefined || !len || len[1] + len[0] > bytes.length) return undefined;
    const data = bytes.subarray(len[1], len[1] + len[0]);
    at = len[1] + len[0];
    return [type, data];
  };
  const loc = field();
  if (!loc || loc[0] !== 1 || !/^(?:test\.)?pypi\.org$/.test(Buffer.from(loc[1]).toString('latin1'))) return false;
  const id = field();
  if (!id || id[0] !== 2 || bytes[at++] !== 0) return false;
  for (let caveats = 0; bytes[at] !== 0; caveats++) {
    if (at >= bytes.length || caveats > 64) return false;
    while (bytes[at] !== 0) if (at >= bytes.length || !field()) return false;
    at++;
  }
  at++;
  const sig = field();
  return !!sig && sig[0] === 6 && sig[1].length === 32 && at === bytes.length;
}

export default [
  defineRule({
    id: 'pypi-api-token',
    title: 'PyPI API token',
    severity: 'critical',
    keywords: ['pypi-age'],
    pattern: /(?<![A-Za-z0-9_-])(?<secret>pypi-AgE(?:IcHlwaS5vcmc|NdGVzdC5weXBpLm9yZw)[A-Za-z0-9_-]{50,1000})(?![A-Za-z0-9_-])/,
    validate: (secret) => {
      const bytes = decodeBase64(secret.slice(5), true);
      return bytes && isPypiMacaroon(bytes) ? true : undefined;
    },
    confidence: 'medium',
    remediation: `${ROTATE} Delete it under Account settings > API tokens on pypi.org (PyPI also revokes tokens it is told about).`,
    examples: {
      positive: [
        { text: '[pypi]\nusername = __token__\npassword = pypi-AgEIcHlwaS5vcmcCIDM5ZGVjMGMzMjYxMTYyY2EwNDlkNGMwMzg5NGEzNWFiAAIieyJ2ZXJzaW9uIjoxLCJwZXJtaXNzaW9ucyI6InVzZXIifQACNnsidmVyc2lvbiI6MSwiZXhwaXJhdGlvbiI6MTkwMDAyNDk1MCwibmJmIjoxNzAwMDAwMDAwfQAABiDcr8b4mE3oBS4kW1rdmQJDDRbbfQjT8bGbH-yrR8gtoQ', secret: 'pypi-AgEIcHlwaS5vcmcCIDM5ZGVjMGMzMjYxMTYyY2EwNDlkNGMwMzg5NGEzNWFiAAIieyJ2ZXJzaW9uIjoxLCJwZXJtaXNzaW9ucyI6InVzZXIifQACNnsidmVyc2lvbiI6MSwiZXhwaXJhdGlvbiI6MTkwMDAyNDk1MCwibmJmIjoxNzAwMDAwMDAwfQAABiDcr8b4mE3oBS4kW1rdmQJDDRbbfQjT8bGbH-yrR8gtoQ' },
        { text: 'TWINE_PASSWORD=pypi-AgENdGVzdC5weXBpLm9yZwIgMDM3NzM0YmIyODhiMzhkYjEzNzkxZmM4ZTFiNzQ2N2EAAiJ7InZlcnNpb24iOjEsInBlcm1pc3Npb25zIjoidXNlciJ9AAI2eyJ2ZXJzaW9uIjoxLCJleHBpcmF0aW9uIjoxOTAwMDA2NTYyLCJuYmYiOjE3MDAwMDAwMDB9AAAGIJEgGRPgepT2uQ7aVKTPf7iScW1ACJjmXOKAvAQ0ujK2', secret: 'pypi-AgENdGVzdC5weXBpLm9yZwIgMDM3NzM0YmIyODhiMzhkYjEzNzkxZmM4ZTFiNzQ2N2EAAiJ7InZlcnNpb24iOjEsInBlcm1pc3Npb25zIjoidXNlciJ9AAI2eyJ2ZXJzaW9uIjoxLCJleHBpcmF0aW9uIjoxOTAwMDA2NTYyLCJuYmYiOjE3MDAwMDAwMDB9AAAGIJEgGRPgepT2uQ7aVKTPf7iScW1ACJjmXOKAvAQ0ujK2' },
        { text: 'PYPI_TOKEN: pypi-AgEIcHlwaS5vcmczjX5ZEeV6AjY4l7CQcOPi8ffdD2H8VPgnEWEW_Go4serc0kJG_su5jx_ZJ7NM6swKWzgPDba6SVtqGHjZ9bQ2g9YWEiOMkpTWmXyrHKl37SoiDgFmlvDGfCf', secret: 'pypi-AgEIcHlwaS5vcmczjX5ZEeV6AjY4l7CQcOPi8ffdD2H8VPgnEWEW_Go4serc0kJG_su5jx_ZJ7NM6swKWzgPDba6SVtqGHjZ9bQ2g9YWEiOMkpTWmXyrHKl37SoiDgFmlvDGfCf' },
      ],
      negative: ['password = pypi-AgEIcHlwaS5vcmc...', 'pip install --index-url https://pypi.org/simple pypi-simple', 'password = pypi-AgEIcHlwaS5vcmcXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX'],
    },
  }),
];

// `scan-secrets generate`: prints a random secret, or KEY=value lines ready to paste into .env.
import type { ArgumentsCamelCase } from 'yargs';
import { UsageError } from '../../errors.ts';
import { encodedLength, generateEnvLines, generateSecret, MAX_BYTES, MIN_BYTES, SECRET_FORMATS } from '../../envcheck/generate.ts';
import type { SecretFormat } from '../../envcheck/generate.ts';
import { defaultPolicy } from '../../envcheck/policy-config.ts';

export async function generateCommand(args: ArgumentsCamelCase<Record<string, unknown>>): Promise<number> {
  const raw = String(args.bytes).trim();
  const bytes = /^\d+$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isInteger(bytes) || bytes < MIN_BYTES || bytes > MAX_BYTES) {
    throw new UsageError(`--bytes must be a whole number from ${MIN_BYTES} (128 bits) to ${MAX_BYTES}; got ${String(args.bytes)}`);
  }
  const format = String(args.format) as SecretFormat;
  if (!SECRET_FORMATS.includes(format)) throw new UsageError(`--format must be one of ${SECRET_FORMATS.join(', ')}`);

  const minLength = defaultPolicy().minLength;
  const length = encodedLength(bytes, format);
  if (length < minLength) {
    process.stderr.write(`scan-secrets: note: ${bytes} bytes as ${format} is ${length} characters; env-check asks for at least ${minLength} by default (try --bytes 32).\n`);
  }

  if (args.envLines !== undefined) {
    const keys = String(args.envLines).split(',').map((k) => k.trim()).filter(Boolean);
    if (keys.length === 0) throw new UsageError('--env-lines needs variable names, e.g. --env-lines SECRET_KEY,JWT_SECRET_KEY');
    const bad = keys.find((k) => !/^[A-Za-z_][A-Za-z0-9_]*$/.test(k));
    if (bad) throw new UsageError(`--env-lines: "${bad}" is not a variable name (letters, digits and _, not starting with a digit)`);
    const dup = keys.find((k, i) => keys.indexOf(k) !== i);
    if (dup) throw new UsageError(`--env-lines: ${dup} is listed twice`);
    process.stdout.write(`${generateEnvLines(keys, bytes, format).join('\n')}\n`);
    return 0;
  }
  process.stdout.write(`${generateSecret(bytes, format)}\n`);
  return 0;
}

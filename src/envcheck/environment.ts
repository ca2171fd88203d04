// Which environment a check is for: --env, else APP_ENV or NODE_ENV from the process, else the
// same names inside the checked file, else production. The strict default is on purpose: a
// deploy that forgot to say what it is gets the production rules, not the lenient ones.

import { UsageError } from '../errors.ts';
import type { Environment } from './policy-config.ts';

export interface ResolvedEnvironment {
  environment: Environment;
  /** Where it came from, for the report: `--env`, `APP_ENV`, `NODE_ENV in .env`, `default`. */
  from: string;
}

export interface EnvironmentInputs {
  flag?: string;
  processEnv: Record<string, string | undefined>;
  /** Variables read from the checked files. */
  fileVars?: Map<string, string>;
  /** Label for fileVars in messages. */
  fileLabel?: string;
  aliases: Record<string, Environment>;
}

export function resolveEnvironment(inputs: EnvironmentInputs): ResolvedEnvironment {
  const { flag, processEnv, fileVars, aliases } = inputs;
  const candidates: [string | undefined, string][] = [
    [flag, '--env'],
    [processEnv.APP_ENV, 'APP_ENV'],
    [processEnv.NODE_ENV, 'NODE_ENV'],
    [fileVars?.get('APP_ENV'), `APP_ENV in ${inputs.fileLabel ?? 'the file'}`],
    [fileVars?.get('NODE_ENV'), `NODE_ENV in ${inputs.fileLabel ?? 'the file'}`],
  ];
  for (const [value, from] of candidates) {
    if (value === undefined || value.trim() === '') continue;
    const environment = aliases[value.trim().toLowerCase()];
    if (!environment) {
      const name = from === '--env' ? '--env' : from;
      throw new UsageError(
        `${name}=${value.trim()} is not an environment env-check knows; pass --env development|staging|production, or map it with envCheck.envAliases`,
      );
    }
    return { environment, from };
  }
  return { environment: 'production', from: 'default' };
}

// Reads one config file in whichever format its name says.
import { UsageError } from '../errors.ts';
import { diskFiles, type SettingsFiles } from './files.ts';
import type { FoundConfig } from './discover.ts';
import type { ScanConfig } from './types.ts';

export async function loadConfig(found: FoundConfig, display: string, files: SettingsFiles = diskFiles): Promise<ScanConfig> {
  let text: string;
  try {
    text = files.read(found.file);
  } catch (e) {
    throw new UsageError(`cannot read config ${display}: ${readProblem(e)}; check the file and its permissions`);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (found.format === 'gitleaks') return (await import('./gitleaks.ts')).parseGitleaksToml(text, found.file, display);
  return (await import('./schema.ts')).parseConfigText(text, found.file, display, found.format);
}

function readProblem(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'it is a folder';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  // Node's message ends with the call and the absolute path ("..., open '/home/...'"): drop both.
  return (e as Error).message.replace(/^[A-Z]+: /, '').replace(/, \w+ '.*'$/, '');
}

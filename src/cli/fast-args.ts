// The hook's fast path: a plain scan invocation (`--staged`, `--all-files -q`, `a.ts b.ts`)
// is parsed here without loading yargs, whose code is most of the CLI's start-up (see
// docs/performance.md). The options are read from the same builder yargs uses
// (scanOptions), so there is one list of them. Anything this parser is not sure of (help,
// version, sub-commands, unknown or repeated options, arrays, odd values) returns
// undefined and yargs parses the whole command line as before: same answers, same errors.

import type { Argv } from 'yargs';

interface Spec {
  name: string;
  type?: string;
  array?: boolean;
  alias?: string | string[];
  default?: unknown;
  choices?: readonly unknown[];
  positional?: boolean;
}

/** Runs a yargs builder against a recorder; undefined if it uses anything but option/positional. */
export function recordOptions(builder: (y: Argv) => unknown): Spec[] | undefined {
  const specs: Spec[] = [];
  let plain = true;
  const recorder: unknown = new Proxy(
    {},
    {
      get(_t, prop) {
        if (prop === 'option' || prop === 'positional') {
          return (name: string, spec: Omit<Spec, 'name'>) => {
            specs.push({ ...spec, name, positional: prop === 'positional' });
            return recorder;
          };
        }
        plain = false;
        return () => recorder;
      },
    },
  );
  builder(recorder as Argv);
  return plain ? specs : undefined;
}

const camel = (s: string) => s.replace(/-([a-z])/g, (_m, c: string) => c.toUpperCase());

/** yargs-shaped arguments for a plain scan command line, or undefined to let yargs decide. */
export function fastScanArgs(argv: string[], builder: (y: Argv) => unknown, commandNames: string[]): Record<string, unknown> | undefined {
  const specs = recordOptions(builder);
  if (!specs) return undefined;
  const byName = new Map<string, Spec>();
  let positional: Spec | undefined;
  for (const s of specs) {
    if (s.positional) {
      positional = s;
      continue;
    }
    byName.set(s.name, s);
    for (const a of [s.alias ?? []].flat()) byName.set(a, s);
  }
  const values = new Map<Spec, unknown>();
  const paths: string[] = [];
  let rest: string[] | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '-') {
      // A bare `-` is standard input: the scan reads it as the hidden --stdin flag, as after yargs.
      const stdin = byName.get('stdin');
      if (!stdin || values.has(stdin)) return undefined;
      values.set(stdin, true);
      continue;
    }
    if (!arg.startsWith('-')) {
      paths.push(arg);
      continue;
    }
    if (arg === '--') {
      // What follows is file names, whatever they look like (the pre-commit hooks end their entry
      // with `--`): kept as strings in args['--'], as yargs does with populate--.
      rest = argv.slice(i + 1);
      break;
    }
    let name: string;
    let inline: string | undefined;
    if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      name = eq === -1 ? arg.slice(2) : arg.slice(2, eq);
      inline = eq === -1 ? undefined : arg.slice(eq + 1);
    } else if (arg.length === 2) {
      name = arg.slice(1);
    } else {
      return undefined; // -abc clusters, negative numbers
    }
    let spec = byName.get(name);
    let value: unknown;
    if (!spec && name.startsWith('no-') && byName.get(name.slice(3))?.type === 'boolean' && inline === undefined) {
      spec = byName.get(name.slice(3))!;
      value = false;
    } else if (!spec || spec.array) {
      return undefined;
    } else if (spec.type === 'boolean') {
      if (inline !== undefined) return undefined;
      value = true;
    } else {
      const raw = inline ?? argv[++i];
      if (raw === undefined || (inline === undefined && raw.startsWith('-'))) return undefined;
      value = spec.type === 'number' ? Number(raw) : raw;
      if (spec.type === 'number' && !Number.isFinite(value)) return undefined;
    }
    if (values.has(spec)) return undefined; // yargs turns repeats into arrays
    if (spec.choices && !spec.choices.includes(value)) return undefined;
    values.set(spec, value);
  }
  if (paths.length && commandNames.includes(paths[0])) return undefined;
  if (paths.length && !positional) return undefined;

  const args: Record<string, unknown> = { _: [], $0: 'scan-secrets' };
  for (const s of specs) {
    if (s.positional) continue;
    const v = values.has(s) ? values.get(s) : s.default;
    if (v === undefined) continue;
    for (const key of [s.name, camel(s.name), ...[s.alias ?? []].flat()]) args[key] = v;
  }
  if (positional && paths.length) args[positional.name] = paths;
  if (rest) args['--'] = rest;
  return args;
}

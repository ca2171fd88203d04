import { defineFileRule } from '../lib/define.ts';

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(n < 10 * 1024 ? 1 : 0)} KB`;
  return `${(n / (1024 * 1024)).toFixed(1)} MB`;
}

export default [
  defineFileRule({
    id: 'file-too-large',
    title: 'File over the size limit',
    severity: 'medium',
    check: (file, options) => {
      if (file.lfs || !(file.added || options.enforceAllSizes)) return undefined;
      if (file.size <= options.maxFileSize) return undefined;
      return `${formatBytes(file.size)}, over the limit of ${formatBytes(options.maxFileSize)}`;
    },
    remediation:
      'Large files bloat every clone forever. Track it with Git LFS (`git lfs track <pattern>`), or keep data dumps and build output out of git. Raise the limit with --max-file-size if it belongs.',
    examples: {
      positive: [{ path: 'data/dump.csv', size: 2 * 1024 * 1024, added: true }, { path: 'model.bin', size: 600 * 1024, added: true }],
      negative: [{ path: 'data/small.csv', size: 1000, added: true }, { path: 'big.bin', size: 2 * 1024 * 1024, added: true, lfs: true }],
    },
  }),
];

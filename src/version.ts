import pkg from '../package.json' with { type: 'json' };

export const VERSION: string = pkg.version;
export const TOOL_NAME = 'scan-secrets';
export const INFO_URI = 'https://github.com/scan-secrets/scan-secrets';

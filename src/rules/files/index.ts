// The files family: every module in this folder, in name order.
import type { Rule } from '../../engine/types.ts';
import m_credential_file from './credential-file.ts';
import m_env_file from './env-file.ts';
import m_file_size from './file-size.ts';

export const rules: Rule[] = [...m_credential_file, ...m_env_file, ...m_file_size];

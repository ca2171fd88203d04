// The keys family: every module in this folder, in name order.
import type { Rule } from '../../engine/types.ts';
import m_age from './age.ts';
import m_basic_auth_header from './basic-auth-header.ts';
import m_basic_auth_url from './basic-auth-url.ts';
import m_database_url from './database-url.ts';
import m_django from './django.ts';
import m_docker_config from './docker-config.ts';
import m_jwt from './jwt.ts';
import m_kubernetes from './kubernetes.ts';
import m_laravel from './laravel.ts';
import m_netrc from './netrc.ts';
import m_npmrc from './npmrc.ts';
import m_pgpass from './pgpass.ts';
import m_private_key from './private-key.ts';
import m_putty from './putty.ts';
import m_pypirc from './pypirc.ts';
import m_rails from './rails.ts';

export const rules: Rule[] = [
  ...m_age,
  ...m_basic_auth_header,
  ...m_basic_auth_url,
  ...m_database_url,
  ...m_django,
  ...m_docker_config,
  ...m_jwt,
  ...m_kubernetes,
  ...m_laravel,
  ...m_netrc,
  ...m_npmrc,
  ...m_pgpass,
  ...m_private_key,
  ...m_putty,
  ...m_pypirc,
  ...m_rails,
];

// The cloud family: every module in this folder, in name order.
import type { Rule } from '../../engine/types.ts';
import m_akamai from './akamai.ts';
import m_alibaba from './alibaba.ts';
import m_aws from './aws.ts';
import m_azure from './azure.ts';
import m_cloudflare from './cloudflare.ts';
import m_digitalocean from './digitalocean.ts';
import m_fastly from './fastly.ts';
import m_flyio from './flyio.ts';
import m_gcp from './gcp.ts';
import m_heroku from './heroku.ts';
import m_ibm from './ibm.ts';
import m_linode from './linode.ts';
import m_neon from './neon.ts';
import m_netlify from './netlify.ts';
import m_oracle from './oracle.ts';
import m_planetscale from './planetscale.ts';
import m_railway from './railway.ts';
import m_render from './render.ts';
import m_scaleway from './scaleway.ts';
import m_supabase from './supabase.ts';
import m_tencent from './tencent.ts';
import m_vercel from './vercel.ts';
import m_vultr from './vultr.ts';

export const rules: Rule[] = [
  ...m_akamai,
  ...m_alibaba,
  ...m_aws,
  ...m_azure,
  ...m_cloudflare,
  ...m_digitalocean,
  ...m_fastly,
  ...m_flyio,
  ...m_gcp,
  ...m_heroku,
  ...m_ibm,
  ...m_linode,
  ...m_neon,
  ...m_netlify,
  ...m_oracle,
  ...m_planetscale,
  ...m_railway,
  ...m_render,
  ...m_scaleway,
  ...m_supabase,
  ...m_tencent,
  ...m_vercel,
  ...m_vultr,
];

// The saas family: every module in this folder, in name order.
import type { Rule } from '../../engine/types.ts';
import m_airtable from './airtable.ts';
import m_algolia from './algolia.ts';
import m_asana from './asana.ts';
import m_auth0 from './auth0.ts';
import m_bugsnag from './bugsnag.ts';
import m_confluent from './confluent.ts';
import m_contentful from './contentful.ts';
import m_databricks from './databricks.ts';
import m_datadog from './datadog.ts';
import m_doppler from './doppler.ts';
import m_dropbox from './dropbox.ts';
import m_dynatrace from './dynatrace.ts';
import m_figma from './figma.ts';
import m_firebase from './firebase.ts';
import m_grafana from './grafana.ts';
import m_honeycomb from './honeycomb.ts';
import m_hubspot from './hubspot.ts';
import m_intercom from './intercom.ts';
import m_jira from './jira.ts';
import m_launchdarkly from './launchdarkly.ts';
import m_linear from './linear.ts';
import m_mapbox from './mapbox.ts';
import m_mixpanel from './mixpanel.ts';
import m_new_relic from './new-relic.ts';
import m_notion from './notion.ts';
import m_okta from './okta.ts';
import m_onepassword from './onepassword.ts';
import m_opsgenie from './opsgenie.ts';
import m_pagerduty from './pagerduty.ts';
import m_postman from './postman.ts';
import m_prefect from './prefect.ts';
import m_pulumi from './pulumi.ts';
import m_rollbar from './rollbar.ts';
import m_segment from './segment.ts';
import m_sentry from './sentry.ts';
import m_splunk from './splunk.ts';
import m_terraform from './terraform.ts';
import m_typeform from './typeform.ts';
import m_vault from './vault.ts';
import m_zendesk from './zendesk.ts';

export const rules: Rule[] = [
  ...m_airtable,
  ...m_algolia,
  ...m_asana,
  ...m_auth0,
  ...m_bugsnag,
  ...m_confluent,
  ...m_contentful,
  ...m_databricks,
  ...m_datadog,
  ...m_doppler,
  ...m_dropbox,
  ...m_dynatrace,
  ...m_figma,
  ...m_firebase,
  ...m_grafana,
  ...m_honeycomb,
  ...m_hubspot,
  ...m_intercom,
  ...m_jira,
  ...m_launchdarkly,
  ...m_linear,
  ...m_mapbox,
  ...m_mixpanel,
  ...m_new_relic,
  ...m_notion,
  ...m_okta,
  ...m_onepassword,
  ...m_opsgenie,
  ...m_pagerduty,
  ...m_postman,
  ...m_prefect,
  ...m_pulumi,
  ...m_rollbar,
  ...m_segment,
  ...m_sentry,
  ...m_splunk,
  ...m_terraform,
  ...m_typeform,
  ...m_vault,
  ...m_zendesk,
];

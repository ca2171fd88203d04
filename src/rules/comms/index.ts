// The comms family: every module in this folder, in name order.
import type { Rule } from '../../engine/types.ts';
import m_adyen from './adyen.ts';
import m_brevo from './brevo.ts';
import m_coinbase from './coinbase.ts';
import m_discord from './discord.ts';
import m_flutterwave from './flutterwave.ts';
import m_gocardless from './gocardless.ts';
import m_klaviyo from './klaviyo.ts';
import m_lob from './lob.ts';
import m_mailchimp from './mailchimp.ts';
import m_mailgun from './mailgun.ts';
import m_mattermost from './mattermost.ts';
import m_mollie from './mollie.ts';
import m_paypal from './paypal.ts';
import m_paystack from './paystack.ts';
import m_plaid from './plaid.ts';
import m_postmark from './postmark.ts';
import m_razorpay from './razorpay.ts';
import m_sendgrid from './sendgrid.ts';
import m_shopify from './shopify.ts';
import m_slack from './slack.ts';
import m_square from './square.ts';
import m_stripe from './stripe.ts';
import m_teams from './teams.ts';
import m_telegram from './telegram.ts';
import m_twilio from './twilio.ts';
import m_zoom from './zoom.ts';

export const rules: Rule[] = [
  ...m_adyen,
  ...m_brevo,
  ...m_coinbase,
  ...m_discord,
  ...m_flutterwave,
  ...m_gocardless,
  ...m_klaviyo,
  ...m_lob,
  ...m_mailchimp,
  ...m_mailgun,
  ...m_mattermost,
  ...m_mollie,
  ...m_paypal,
  ...m_paystack,
  ...m_plaid,
  ...m_postmark,
  ...m_razorpay,
  ...m_sendgrid,
  ...m_shopify,
  ...m_slack,
  ...m_square,
  ...m_stripe,
  ...m_teams,
  ...m_telegram,
  ...m_twilio,
  ...m_zoom,
];

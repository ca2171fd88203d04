import { defineRule, ROTATE } from '../lib/define.ts';

// Oracle Cloud Infrastructure API signing keys are configured in ~/.oci/config: a user OCID, the
// fingerprint of the uploaded public key, and the path of the private key. A committed config
// means the key pair next to it is exposed; the fingerprint names the key to delete.
export default [
  defineRule({
    id: 'oci-api-key-config',
    title: 'Oracle Cloud (OCI) API signing key configuration',
    severity: 'medium',
    keywords: ['ocid1.', 'fingerprint'],
    multiline: true,
    // A match is at most 65 characters; its look-behind reads 617 back from the match's end, its
    // look-ahead 617 on from it.
    reach: { before: 600, after: 700 },
    pattern:
      /(?<![A-Za-z0-9_])fingerprint\s{0,3}=\s{0,3}(?<secret>(?:[0-9a-f]{2}:){15}[0-9a-f]{2})(?![0-9a-f:])(?:(?<=ocid1\.(?:user|tenancy)\.oc\d[\s\S]{0,600})|(?=[\s\S]{0,600}?ocid1\.(?:user|tenancy)\.oc\d))/,
    remediation: `${ROTATE} Delete the API key with this fingerprint under Identity > Users > API keys, and keep the config and its key_file out of git.`,
    examples: {
      positive: [
        {
          text: '[DEFAULT]\nuser=ocid1.user.oc1..aaaaaaaavtpjkisarqjkdjblhuaezwcbavfpqfjqbiqswwoemyslqymkbdht\nfingerprint=27:b1:8c:5f:cc:fd:9f:51:15:28:53:e3:bb:f1:88:13\nkey_file=~/.oci/oci_api_key.pem\ntenancy=ocid1.tenancy.oc1..aaaaaaaaikhrfvxieuzwllpgiwxqhfjexyetipifaifskkmmhfkvqjaivgwd\nregion=eu-frankfurt-1',
          secret: '27:b1:8c:5f:cc:fd:9f:51:15:28:53:e3:bb:f1:88:13',
        },
        {
          text: '[ci]\nfingerprint = db:d6:32:1a:83:c0:17:d4:11:37:43:5e:1c:46:ac:70\nkey_file = /secrets/oci.pem\ntenancy = ocid1.tenancy.oc1..aaaaaaaadhhlkhtasbiyhumovusxvmlcsaglbhiqlfzxqiqwrtdjilmcuxjy',
          secret: 'db:d6:32:1a:83:c0:17:d4:11:37:43:5e:1c:46:ac:70',
        },
      ],
      negative: [
        'ssh host key fingerprint=cc:4c:91:fd:18:35:32:c4:da:54:85:b6:48:0e:b6:75',
        '[DEFAULT]\nuser=ocid1.user.oc1..aaaaaaaaohuoxtkutflygailqdxhvydtvbwnmpxlprxwtctvgcjmntfbgrrm\nfingerprint=<fingerprint>\nkey_file=~/.oci/key.pem',
      ],
    },
  }),
];

import { defineRule, ROTATE } from '../lib/define.ts';

// Firebase Cloud Messaging legacy server keys: AAAA + 7 characters + :APA91b + 134 characters.
export default [
  defineRule({
    id: 'firebase-fcm-server-key',
    title: 'Firebase Cloud Messaging server key',
    severity: 'high',
    keywords: ['apa91b'],
    pattern: /(?<![A-Za-z0-9_-])(?<secret>AAAA[A-Za-z0-9_-]{7}:APA91b[A-Za-z0-9_-]{134})(?![A-Za-z0-9_-])/,
    confidence: 'high',
    remediation: `${ROTATE} Delete the server key in the Firebase console (Project settings > Cloud Messaging) and move to the HTTP v1 API.`,
    examples: {
      positive: [
        { text: 'FCM_SERVER_KEY=AAAAly92j-O:APA91bWxCacGHp0W8LeBKmWsyGXdkG6yKqDzhMm8EGLypP0rd2XwdwyncWFVpmZwx9-iC08BwWicusupY3Tj0guOMszG1efudTZ7ozHwpIFKwnnu5lgiQax7YcfMv1jqx1PRTFUkOnnN', secret: 'AAAAly92j-O:APA91bWxCacGHp0W8LeBKmWsyGXdkG6yKqDzhMm8EGLypP0rd2XwdwyncWFVpmZwx9-iC08BwWicusupY3Tj0guOMszG1efudTZ7ozHwpIFKwnnu5lgiQax7YcfMv1jqx1PRTFUkOnnN' },
        { text: 'headers = {"Authorization": "key=AAAAthIWnmt:APA91bBoQ-3c5FG8Q0Rawvp3kWoHL17-4ZIbdhPP32oAWpiusDfXA2bieG2mTbeomoAoZ0BAtHMvhAAoow1KLbP6Ull_13l0DzI4GPUQEHSnh42cH_7w0kUHvli-2jUhcmrerfU7uBSB"}', secret: 'AAAAthIWnmt:APA91bBoQ-3c5FG8Q0Rawvp3kWoHL17-4ZIbdhPP32oAWpiusDfXA2bieG2mTbeomoAoZ0BAtHMvhAAoow1KLbP6Ull_13l0DzI4GPUQEHSnh42cH_7w0kUHvli-2jUhcmrerfU7uBSB' },
      ],
      // the second is a device registration token, not a server key
      negative: ['FCM_SERVER_KEY=AAAAPlv9Rox:APA91bkpZqmoB6SwIGZispyzrNv7D_Q97xdJRRAgnWgpJq', 'registration_id = "APA91bLh-shVOeIMQLdhlfpklSjgR0ftPq9EJh7UKwU7dbMt7_1mKauESJ5jYXxQNYgA_l5Qe1PdkFlPuPjE80gw0m5MjSt_d3GSuykRROxtoSElhXlJtsP5ozeQAHRhTmzsMU6fz_Gs"'],
    },
  }),
];

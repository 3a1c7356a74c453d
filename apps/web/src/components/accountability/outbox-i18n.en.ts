// English text of the email outbox page; must provide every key of outbox-i18n.zh-CN.ts (checked by its type).
import type { accMailZhCN } from './outbox-i18n.zh-CN.ts';

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

export const accMailEn: Shape<typeof accMailZhCN> = {
  tab: 'Email',
  title: 'Email outbox',
  keptTitle: 'No notification is lost because of email',
  kept: 'Every reminder is first stored as an in-app notification, which every liaison of the unit sees under My work. Email is only a copy: when the mail server is down, the password is wrong or an address is bad, the copy is marked “failed” here and the notification itself is untouched. Once the problem is fixed, press “Retry now”.',
  settings: 'Email settings (read-only)',
  enabled: 'Email',
  on: 'On',
  off: 'Off',
  offHint:
    'Email is off by default. An administrator turns it on by setting KEPU_SMTP_HOST on the server (or kepu serve --smtp-host); in-app notifications work either way.',
  host: 'Server',
  port: 'Port',
  security: 'Encryption',
  securityName: {
    tls: 'TLS (encrypted from the start, usually port 465)',
    starttls: 'STARTTLS (upgraded when the server offers it)',
    none: 'None (local relay only)',
  },
  from: 'From',
  user: 'Sign-in name',
  noUser: 'No sign-in',
  password: 'Password',
  passwordHint:
    'Never shown; read from the server’s KEPU_SMTP_PASSWORD environment variable and never stored with the mail.',
  insecureAuth: 'Sign-in over an unencrypted connection allowed (KEPU_SMTP_ALLOW_INSECURE_AUTH=1)',
  filter: 'State',
  all: 'All ({{count}})',
  stateName: { pending: 'Pending', sent: 'Sent', failed: 'Failed' },
  stateCount: '{{state}} ({{count}})',
  to: 'To',
  subject: 'Subject',
  state: 'State',
  attempts: 'Attempts',
  lastError: 'Last error',
  created: 'Created',
  sentAt: 'Sent',
  actions: 'Actions',
  retry: 'Retry now',
  retryLabel: 'Retry the mail to {{to}} now',
  retried: 'Sent to {{to}}',
  stillFailed: 'Still not sent: {{error}}',
  empty: 'No mail yet. Email is off, or no unit has an email address on record.',
};

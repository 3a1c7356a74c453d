// English text for a unit's reminder email addresses and reading one notification; every key of notify-i18n.zh-CN.ts.
import type { accNotifyZhCN } from './notify-i18n.zh-CN.ts';

export const accNotifyEn: Record<keyof typeof accNotifyZhCN, string> = {
  emails: 'Reminder email addresses',
  emailsHelp:
    'Reminders and notifications are also sent to these addresses (up to 5, separated by commas); leave empty for no mail. Mail must be switched on by the administrator.',
  emailsInvalid: '“{{address}}” is not an email address, e.g. office@example.org',
  emailsTooMany: 'At most 5 email addresses',
  unread: 'Unread',
  readOne: 'Mark read',
  readOneLabel: 'Mark read: {{text}}',
};

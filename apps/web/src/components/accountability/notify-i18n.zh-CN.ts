// Chinese text for a unit's reminder email addresses (unit page) and reading one notification (督查 home).
export const accNotifyZhCN = {
  emails: '提醒邮件地址',
  emailsHelp:
    '督查提醒和消息会同时发送到这些邮箱（最多 5 个，用逗号分隔）；留空则不发邮件。邮件需由管理员开启。',
  emailsInvalid: '「{{address}}」不是有效的邮箱地址，例如 office@example.org',
  emailsTooMany: '最多填写 5 个邮箱地址',
  unread: '未读',
  readOne: '标为已读',
  readOneLabel: '标为已读：{{text}}',
};

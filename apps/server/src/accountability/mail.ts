// Optional email: off unless KEPU_SMTP_HOST is set. Notifications are stored first; mail is a copy queued in an outbox,
// so a mail outage loses nothing (the row stays pending or failed with its error).
import { enqueueEmails, type Database, listOutbox, markOutbox } from '@kepu/db';
import { sendSmtp } from './smtp.ts';
import type { Kysely } from 'kysely';

export interface MailSettings {
  host: string;
  port: number;
  from: string;
}

export function mailSettings(env: NodeJS.ProcessEnv = process.env): MailSettings | null {
  if (!env.KEPU_SMTP_HOST) return null;
  return {
    host: env.KEPU_SMTP_HOST,
    port: Number(env.KEPU_SMTP_PORT ?? 25),
    from: env.KEPU_SMTP_FROM ?? 'kepu@localhost',
  };
}

const subjects: Record<string, string> = {
  round_opened: '填报轮次已开启',
  round_due_soon: '填报即将截止(3天内)',
  report_returned: '进展报告被退回修改',
  report_reopened: '已通过的报告被重新打开',
  rectification_assigned: '新的整改事项',
  reminder: '请尽快提交进展报告',
};

export function renderMail(n: { kind: string; params: unknown }) {
  const p = (typeof n.params === 'string' ? JSON.parse(n.params) : n.params) as Record<string, unknown>;
  const subject = `[科普督查] ${subjects[n.kind] ?? n.kind}`;
  const body = `${subject}\n\n${Object.entries(p)
    .map(([k, v]) => `${k}: ${String(v)}`)
    .join('\n')}\n\n请登录平台查看详情。`;
  return { subject, body };
}

/** Queues a mail copy of each new notification when mail is on. */
export async function queueMail(db: Kysely<Database>): Promise<number> {
  if (!mailSettings()) return 0;
  return enqueueEmails(db, renderMail);
}

/** Sends pending (and earlier failed, up to 5 attempts) mail; each result is recorded on its outbox row. */
export async function sendQueuedMail(
  db: Kysely<Database>,
  settings = mailSettings(),
): Promise<{ sent: number; failed: number }> {
  if (!settings) return { sent: 0, failed: 0 };
  const rows = [
    ...(await listOutbox(db, 'pending', 100)),
    ...(await listOutbox(db, 'failed', 100)).filter((r) => r.attempts < 5),
  ];
  let sent = 0;
  let failed = 0;
  for (const r of rows) {
    try {
      await sendSmtp(settings.host, settings.port, {
        from: settings.from,
        to: r.to_address,
        subject: r.subject,
        body: r.body,
      });
      await markOutbox(db, r.id, { ok: true });
      sent++;
    } catch (e) {
      await markOutbox(db, r.id, { ok: false, error: e instanceof Error ? e.message : String(e) });
      failed++;
    }
  }
  return { sent, failed };
}

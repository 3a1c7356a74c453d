// Optional email (off without KEPU_SMTP_HOST): copies of stored notifications through the outbox, by SMTP.
import { accStore, type Database } from '@kepu/db';
import { type Clock, zonedClock } from '@kepu/domain';
import type { AccOutboxRow } from '@kepu/domain/accountability';
import type { Kysely } from 'kysely';
import { type MailSettings, mailSettings } from './mail-settings.ts';
import { sendSmtp } from './smtp.ts';

export { type MailSettings, mailSettings, mailStatus } from './mail-settings.ts';

const subjects: Record<string, string> = {
  round_opened: '填报轮次已开启',
  round_due_soon: '填报即将截止(3天内)',
  report_returned: '进展报告被退回修改',
  report_accepted: '进展报告已通过',
  report_reopened: '已通过的报告被重新打开',
  rectification_assigned: '新的整改事项',
  reminder: '请尽快提交进展报告',
  content_emergency: '应急科普已发布，请及时转发',
};

/** The sentence a mail of some kinds opens with, in place of its parameters. */
const sentences: Record<string, (p: Record<string, unknown>) => string> = {
  report_accepted: (p) => `你单位的《${String(p.taskTitle)}》进展报告已通过（${String(p.roundTitle)}）。`,
  content_emergency: (p) => `应急科普《${String(p.title)}》已发布，请及时转发给本单位职工和服务对象。`,
};

export function renderMail(n: { kind: string; params: unknown }) {
  const p = (typeof n.params === 'string' ? JSON.parse(n.params) : n.params) as Record<string, unknown>;
  const subject = `[科普督查] ${subjects[n.kind] ?? n.kind}`;
  const sentence = sentences[n.kind];
  const text = sentence
    ? sentence(p)
    : Object.entries(p)
        .map(([k, v]) => `${k}: ${String(v)}`)
        .join('\n');
  const body = `${subject}\n\n${text}\n\n请登录平台查看详情。`;
  return { subject, body };
}

/** Queues a mail copy of each new notification when mail is on. */
export async function queueMail(db: Kysely<Database>): Promise<number> {
  if (!mailSettings()) return 0;
  return accStore(db).enqueueEmails(renderMail);
}

/** Sends one outbox row and records the result on it at the clock's now; true when the server took it. */
export async function sendOutboxRow(
  db: Kysely<Database>,
  settings: MailSettings,
  r: AccOutboxRow,
  clock: Clock = zonedClock(),
): Promise<boolean> {
  const store = accStore(db);
  try {
    await sendSmtp(settings, { from: settings.from, to: r.to, subject: r.subject, body: r.body });
    await store.markOutbox(r.id, { ok: true }, clock.now());
    return true;
  } catch (e) {
    await store.markOutbox(
      r.id,
      { ok: false, error: e instanceof Error ? e.message : String(e) },
      clock.now(),
    );
    return false;
  }
}

/** Sends pending (and earlier failed, up to 5 attempts) mail; each result is recorded on its outbox row. */
export async function sendQueuedMail(
  db: Kysely<Database>,
  settings = mailSettings(),
  clock: Clock = zonedClock(),
): Promise<{ sent: number; failed: number }> {
  if (!settings) return { sent: 0, failed: 0 };
  const store = accStore(db);
  const rows = [
    ...(await store.listOutbox('pending', 100)),
    ...(await store.listOutbox('failed', 100)).filter((r) => r.attempts < 5),
  ];
  let sent = 0;
  let failed = 0;
  for (const r of rows) {
    if (await sendOutboxRow(db, settings, r, clock)) sent++;
    else failed++;
  }
  return { sent, failed };
}

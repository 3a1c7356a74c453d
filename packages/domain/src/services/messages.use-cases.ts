// Text messages to registrants (issue 15's reminders): the day before their session, and when a freed seat moved them
// off the waitlist. The job queues each once per registration and kind, then sends through the jurisdiction's SMS
// gateway outside any transaction (a slow gateway never holds the database), recording each outcome at once; a failed
// message is tried again by the next runs, three times in all, and never after its session has begun.
import { authorize } from '../auth/policy.ts';
import { notFound } from '../errors.ts';
import { localDateTime } from '../kernel/clock.ts';
import type { SvcContext } from './svc.ports.ts';
import type { MessageCandidate, MessageCount, MessageKind } from './svc.records.ts';

/** Reminders go to sessions starting within this many hours. */
export const REMIND_HOURS = 24;
export const MAX_ATTEMPTS = 3;

/** Sends one text; throws with the gateway's reason when it is not accepted. */
export type SendText = (phone: string, body: string) => Promise<void>;

/** The text a registrant receives (Chinese: the jurisdiction's people), signed with the organiser of the platform. */
export function messageBody(c: MessageCandidate, timeZone: string, sender: string): string {
  const at = localDateTime(timeZone, c.startsAt);
  const when = `${Number(at.slice(5, 7))}月${Number(at.slice(8, 10))}日 ${at.slice(11)}`;
  const where = c.place ? `，地点：${c.place}` : '';
  const lead =
    c.kind === 'promoted'
      ? `有人退票，您已由候补转为正式报名：「${c.title}」，${when}开始${where}。`
      : `提醒：您报名的「${c.title}」将于${when}开始${where}。`;
  return `【${sender}】${lead}请凭报名时的电子票二维码入场；如不能参加，请在电子票上退票，把座位让给候补的市民。`;
}

/** Runs `fn` in a transaction of its own (inUseCase as the system). */
export type Transact = <T>(fn: (ctx: SvcContext) => Promise<T>) => Promise<T>;

export async function deliverServiceMessages(
  transact: Transact,
  send: SendText,
  sender: string,
): Promise<{ queued: number; sent: number; failed: number }> {
  const outgoing = await transact(async (ctx) => {
    const now = ctx.clock.now();
    const until = new Date(now.getTime() + REMIND_HOURS * 3_600_000).toISOString();
    const owed = await ctx.stores.svc.messageCandidates(now.toISOString(), until);
    const queued = await ctx.stores.svc.insertMessages(
      owed.map((c) => ({
        registrationId: c.registrationId,
        kind: c.kind,
        body: messageBody(c, ctx.clock.timeZone, sender),
      })),
    );
    return { queued, list: await ctx.stores.svc.unsentMessages(now.toISOString(), MAX_ATTEMPTS, 500) };
  });
  const byActivity = new Map<number, { sent: number; failed: number }>();
  for (const m of outgoing.list) {
    const tally = byActivity.get(m.activityId) ?? { sent: 0, failed: 0 };
    byActivity.set(m.activityId, tally);
    let error: string | null = null;
    try {
      await send(m.phone, m.body);
    } catch (e) {
      error = (e instanceof Error ? e.message : String(e)).slice(0, 300);
    }
    await transact((ctx) =>
      ctx.stores.svc.markMessage(
        m.id,
        error === null ? { sentAt: ctx.clock.now().toISOString() } : { error },
      ),
    );
    if (error === null) tally.sent++;
    else tally.failed++;
  }
  if (byActivity.size)
    await transact(async (ctx) => {
      for (const [activityId, tally] of byActivity)
        await ctx.audit.write({
          action: 'svc.message.send',
          entity: 'svc_activity',
          entityId: activityId,
          after: tally,
        });
    });
  const total = (k: 'sent' | 'failed') => [...byActivity.values()].reduce((n, t) => n + t[k], 0);
  return { queued: outgoing.queued, sent: total('sent'), failed: total('failed') };
}

/** What the activity's staff see: messages by kind and state, and whether the server can send them at all. */
export async function activityMessages(ctx: SvcContext, activityId: number, enabled: boolean) {
  authorize(ctx.actor, 'svc.ledger.read');
  if (!(await ctx.stores.svc.getActivity(activityId))) throw notFound('svc.activity', activityId);
  const counts = await ctx.stores.svc.messageCounts(activityId);
  const of = (kind: MessageKind) =>
    Object.fromEntries(
      (['queued', 'sent', 'failed'] as const).map((state) => [
        state,
        counts.find((c: MessageCount) => c.kind === kind && c.state === state)?.count ?? 0,
      ]),
    ) as Record<'queued' | 'sent' | 'failed', number>;
  return { enabled, reminder: of('reminder'), promoted: of('promoted') };
}

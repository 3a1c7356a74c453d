// The office's email outbox: rows by state and an audited "retry now" of a failed mail (sending is the server's job).
import { authorize } from '../auth/policy.ts';
import { DomainError } from '../errors.ts';
import type { AccContext } from './acc.ports.ts';
import { stateConflict } from './acc.scope.ts';
import type { AccOutboxRow, OutboxState } from './acc.types.ts';

/** An outbox row as the office's page shows it (the body stays on the server). */
export type OutboxItem = Omit<AccOutboxRow, 'body'>;
export const presentOutboxRow = ({ body: _body, ...row }: AccOutboxRow): OutboxItem => row;

/** The mail settings the page shows: never the password. */
export type AccMailStatus =
  | { enabled: false }
  | {
      enabled: true;
      host: string;
      port: number;
      security: 'tls' | 'starttls' | 'none';
      from: string;
      user: string | null;
      allowInsecureAuth: boolean;
    };

type OutboxCtx = Pick<AccContext, 'actor' | 'stores' | 'audit'>;

/** The newest rows (of one state when given) and how many there are in each state. */
export async function outboxView(ctx: OutboxCtx, state?: OutboxState) {
  authorize(ctx.actor, 'acc.manage');
  const { rows, count } = await ctx.stores.acc.outboxPage(state);
  return { count, items: rows.map(presentOutboxRow) };
}
export type OutboxView = Awaited<ReturnType<typeof outboxView>> & { settings: AccMailStatus };

export async function outboxItem(ctx: OutboxCtx, id: number): Promise<OutboxItem> {
  authorize(ctx.actor, 'acc.manage');
  const r = await ctx.stores.acc.findOutbox(id);
  if (!r) throw new DomainError('acc.outbox.not_found', `outbox row ${id} not found`, { id });
  return presentOutboxRow(r);
}

/** Puts a failed row back in the queue (audited); the caller then sends it. Refused while mail is off. */
export async function requeueMail(ctx: OutboxCtx, id: number, mailOn: boolean): Promise<AccOutboxRow> {
  authorize(ctx.actor, 'acc.manage');
  const r = await ctx.stores.acc.findOutbox(id);
  if (!r) throw new DomainError('acc.outbox.not_found', `outbox row ${id} not found`, { id });
  if (!mailOn)
    throw stateConflict('email is off (KEPU_SMTP_HOST is not set)', {
      entity: 'mail_settings',
      state: 'off',
      action: 'retry',
      field: 'id',
    });
  if (!(await ctx.stores.acc.requeueOutbox(id)))
    throw stateConflict(`only a failed mail can be retried; this one is ${r.state}`, {
      entity: 'mail',
      state: r.state,
      action: 'retry',
      field: 'id',
    });
  await ctx.audit.write({
    action: 'acc.mail.retry',
    entity: 'acc_email_outbox',
    entityId: id,
    before: { state: r.state, attempts: r.attempts, lastError: r.lastError },
    after: { state: 'pending' },
  });
  return r;
}

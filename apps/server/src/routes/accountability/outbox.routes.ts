// The office's view of the email outbox (rows by state, the SMTP settings without the password) and "retry now".

import { auditSink, findOutbox, outboxPage, requeueOutbox } from '@kepu/db';
import { authorize, DomainError } from '@kepu/domain';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParams } from '../../accountability/acc-request.ts';
import { mailSettings, mailStatus, sendOutboxRow } from '../../accountability/mail.ts';

const tags = ['accountability'];
const iso = (d: Date | string | null) => (d ? new Date(d).toISOString() : null);

type Row = NonNullable<Awaited<ReturnType<typeof findOutbox>>>;
const present = (r: Row) => ({
  id: r.id,
  notificationId: r.notification_id,
  to: r.to_address,
  subject: r.subject,
  state: r.state,
  attempts: r.attempts,
  lastError: r.last_error,
  createdAt: iso(r.created_at) as string,
  sentAt: iso(r.sent_at),
});

export async function outboxRoutes(base: FastifyInstance) {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const signedIn = { config: { access: 'signed-in' as const } };

  app.get(
    '/acc/outbox',
    {
      ...signedIn,
      schema: { tags, querystring: z.object({ state: z.enum(['pending', 'sent', 'failed']).optional() }) },
    },
    async (req) => {
      authorize(req.actor, 'acc.manage');
      const { rows, count } = await outboxPage(app.kepu.db, req.query.state);
      return { settings: mailStatus(mailSettings()), count, items: rows.map(present) };
    },
  );

  // Puts a failed row back in the queue (audited, in one transaction), then sends it at once and returns the result.
  app.post('/acc/outbox/:id/retry', { ...signedIn, schema: { tags, params: idParams } }, async (req) => {
    authorize(req.actor, 'acc.manage');
    const settings = mailSettings();
    const id = req.params.id;
    const row = await app.kepu.db.transaction().execute(async (trx) => {
      const r = await findOutbox(trx, id);
      if (!r) throw new DomainError('acc.outbox.not_found', `outbox row ${id} not found`, { id });
      if (!settings)
        throw new DomainError('acc.state_conflict', 'email is off (KEPU_SMTP_HOST is not set)', {
          field: 'id',
        });
      if (!(await requeueOutbox(trx, id)))
        throw new DomainError(
          'acc.state_conflict',
          `only a failed mail can be retried; this one is ${r.state}`,
          {
            field: 'id',
            state: r.state,
          },
        );
      await auditSink(trx, req.actor).write({
        action: 'acc.mail.retry',
        entity: 'acc_email_outbox',
        entityId: id,
        before: { state: r.state, attempts: r.attempts, lastError: r.last_error },
        after: { state: 'pending' },
      });
      return r;
    });
    if (settings) await sendOutboxRow(app.kepu.db, settings, row);
    return present((await findOutbox(app.kepu.db, id)) as Row);
  });
}

// The office's view of the email outbox (rows by state, the SMTP settings without the password) and "retry now".
import { outboxItem, outboxStates, outboxView, requeueMail } from '@kepu/domain/accountability';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { mailSettings, mailStatus, sendOutboxRow } from '../../accountability/mail.ts';
import { inTransaction, readContext } from '../../context.ts';
import { idParams } from '../params.ts';

const tags = ['accountability'];

export async function outboxRoutes(base: FastifyInstance) {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const office = { config: { access: 'acc.manage' as const } };

  app.get(
    '/acc/outbox',
    { ...office, schema: { tags, querystring: z.object({ state: z.enum(outboxStates).optional() }) } },
    async (req) => ({
      settings: mailStatus(mailSettings()),
      ...(await outboxView(readContext(req), req.query.state)),
    }),
  );

  // Puts a failed row back in the queue (audited, in one transaction), then sends it at once and returns the result.
  app.post('/acc/outbox/:id/retry', { ...office, schema: { tags, params: idParams } }, async (req) => {
    const settings = mailSettings();
    const row = await inTransaction(req, (ctx) => requeueMail(ctx, req.params.id, settings !== null));
    if (settings) await sendOutboxRow(app.kepu.db, settings, row, app.kepu.clock);
    return outboxItem(readContext(req), req.params.id);
  });
}

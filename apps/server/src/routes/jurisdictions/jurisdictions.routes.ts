// Jurisdictions (issue 13): those the account may work in and the session's choice, the plan a plan implements, and
// the cascade page with its Excel export.
import {
  cascadeView,
  chooseJurisdiction,
  chooseJurisdictionSchema,
  linkPlan,
  linkPlanSchema,
  myJurisdictions,
} from '@kepu/domain/jurisdictions';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { sessionId } from '../../auth/session.ts';
import { inTransaction, readContext } from '../../context.ts';
import { cascadeWorkbook } from '../../jurisdictions/cascade.xlsx.ts';
import { attachment } from '../attachment.ts';
import { idParam } from '../params.ts';

const tags = ['jurisdictions'];
const cascadeQuery = z.object({
  code: z
    .string()
    .regex(/^\d{6}$/)
    .optional(),
});

export async function jurisdictionRoutes(base: FastifyInstance) {
  const app = base.withTypeProvider<ZodTypeProvider>();

  app.get('/jurisdictions', { config: { access: 'jur.read' }, schema: { tags } }, async (req) =>
    myJurisdictions(readContext(req)),
  );

  app.put(
    '/jurisdictions/current',
    { config: { access: 'jur.read' }, schema: { tags, body: chooseJurisdictionSchema } },
    async (req) => {
      const j = await inTransaction(req, (ctx) =>
        chooseJurisdiction(ctx, sessionId(req) ?? '', req.body.code),
      );
      return { current: j.code, name: j.name };
    },
  );

  app.get(
    '/jurisdictions/cascade',
    { config: { access: 'jur.cascade' }, schema: { tags, querystring: cascadeQuery } },
    async (req) => cascadeView(readContext(req), req.query.code),
  );

  app.get(
    '/jurisdictions/cascade.xlsx',
    { config: { access: 'jur.cascade' }, schema: { tags, querystring: cascadeQuery } },
    async (req, reply) => {
      const view = await cascadeView(readContext(req), req.query.code);
      return reply
        .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', attachment(`规划落实对照-${view.own.name}.xlsx`))
        .header('x-content-type-options', 'nosniff')
        .send(await cascadeWorkbook(view));
    },
  );

  app.put(
    '/plans/:planId/implements',
    {
      config: { access: 'jur.link' },
      schema: { tags, params: z.object({ planId: idParam }), body: linkPlanSchema },
    },
    async (req) => inTransaction(req, (ctx) => linkPlan(ctx, req.params.planId, req.body.implementsPlanId)),
  );
}

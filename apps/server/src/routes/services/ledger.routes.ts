// The ledger's figures and entries, voiding an entry, and the statistics form's pre-fill from the ledger.
import {
  applyPrefill,
  ledgerEntries,
  ledgerFigures,
  ledgerQuerySchema,
  prefillApplySchema,
  prefillView,
  voidLedgerEntry,
  voidSchema,
} from '@kepu/domain/services';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { inTransaction, readContext } from '../../context.ts';
import { idParam, idParams, yearParam } from '../params.ts';

const tags = ['services'];
const prefillParams = z.object({ year: yearParam, unitId: idParam });

export async function ledgerRoutes(base: FastifyInstance) {
  const app = base.withTypeProvider<ZodTypeProvider>();
  app.get(
    '/svc/ledger/figures',
    { config: { access: 'svc.ledger.read' }, schema: { tags, querystring: ledgerQuerySchema } },
    async (req) => ledgerFigures(readContext(req), req.query),
  );
  app.get(
    '/svc/ledger/entries',
    { config: { access: 'svc.ledger.void' }, schema: { tags, querystring: ledgerQuerySchema } },
    async (req) => ledgerEntries(readContext(req), req.query),
  );
  app.post(
    '/svc/ledger/entries/:id/void',
    { config: { access: 'svc.ledger.void' }, schema: { tags, params: idParams, body: voidSchema } },
    async (req) => inTransaction(req, (ctx) => voidLedgerEntry(ctx, req.params.id, req.body.reason)),
  );
  app.get(
    '/svc/prefill/:year/:unitId',
    { config: { access: 'ind.read' }, schema: { tags, params: prefillParams } },
    async (req) => prefillView(readContext(req), req.params.year, req.params.unitId),
  );
  app.post(
    '/svc/prefill/:year/:unitId',
    { config: { access: 'ind.file' }, schema: { tags, params: prefillParams, body: prefillApplySchema } },
    async (req) =>
      inTransaction(req, (ctx) => applyPrefill(ctx, req.params.year, req.params.unitId, req.body)),
  );
}

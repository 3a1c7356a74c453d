// The office's statistics set-up: computed indicators of a year (with a preview), reporting units, one unit's window,
// and the reviewer queue of a district admin or the office.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  addComputed,
  computedPatchSchema,
  newComputedSchema,
  patchComputed,
  previewComputed,
  previewSchema,
} from '../../indicators/computed.service.ts';
import {
  createUnit,
  deleteUnit,
  newUnitSchema,
  patchUnit,
  reviewQueue,
  setWindow,
  unitPatchSchema,
  windowSchema,
} from '../../indicators/setup.service.ts';
import { inIndTransaction, readCtx } from '../../indicators/tx.ts';

const id = z.coerce.number().int().positive().max(2_147_483_647);
const year = z.object({ year: z.coerce.number().int().min(2000).max(2100) });
const yearCode = year.extend({ code: z.string().regex(/^[A-Z][A-Z0-9_]{0,31}$/) });
const unit = z.object({ id });
const report = year.extend({ unitId: id });
const tags = ['indicators'];

export async function setupRoutes(base: FastifyInstance) {
  const app = base.withTypeProvider<ZodTypeProvider>();
  app.post(
    '/indicators/forms/:year/computed',
    { config: { access: 'signed-in' }, schema: { tags, params: year, body: newComputedSchema } },
    async (req) => inIndTransaction(req, (ctx) => addComputed(ctx, req.params.year, req.body)),
  );
  app.post(
    '/indicators/forms/:year/computed/preview',
    { config: { access: 'signed-in' }, schema: { tags, params: year, body: previewSchema } },
    async (req) => previewComputed(readCtx(req), req.params.year, req.body),
  );
  app.patch(
    '/indicators/forms/:year/computed/:code',
    { config: { access: 'signed-in' }, schema: { tags, params: yearCode, body: computedPatchSchema } },
    async (req) =>
      inIndTransaction(req, (ctx) => patchComputed(ctx, req.params.year, req.params.code, req.body)),
  );
  app.post(
    '/indicators/units',
    { config: { access: 'signed-in' }, schema: { tags, body: newUnitSchema } },
    async (req) => inIndTransaction(req, (ctx) => createUnit(ctx, req.body)),
  );
  app.patch(
    '/indicators/units/:id',
    { config: { access: 'signed-in' }, schema: { tags, params: unit, body: unitPatchSchema } },
    async (req) => inIndTransaction(req, (ctx) => patchUnit(ctx, req.params.id, req.body)),
  );
  app.delete(
    '/indicators/units/:id',
    { config: { access: 'signed-in' }, schema: { tags, params: unit } },
    async (req) => inIndTransaction(req, (ctx) => deleteUnit(ctx, req.params.id)),
  );
  app.put(
    '/indicators/reports/:year/:unitId/window',
    { config: { access: 'signed-in' }, schema: { tags, params: report, body: windowSchema } },
    async (req) => inIndTransaction(req, (ctx) => setWindow(ctx, req.params.year, req.params.unitId, req.body)),
  );
  app.get(
    '/indicators/queue/:year',
    { config: { access: 'signed-in' }, schema: { tags, params: year } },
    async (req) => reviewQueue(readCtx(req), req.params.year),
  );
}

// The office's statistics set-up: computed indicators of a year (with a preview), reporting units, one unit's window,
// and the reviewer queue of a district admin or the office.
import {
  addComputed,
  computedPatchSchema,
  createIndUnit,
  deleteIndUnit,
  indCodeSchema,
  indReviewQueue,
  indUnitPatchSchema,
  newComputedSchema,
  newIndUnitSchema,
  patchComputed,
  patchIndUnit,
  presentForm,
  presentQueueEntry,
  presentReport,
  presentUnit,
  previewComputed,
  previewSchema,
  setIndWindow,
  windowSchema,
} from '@kepu/domain/indicators';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { inTransaction, readContext } from '../../context.ts';
import { idParam, idParams, yearParams } from '../params.ts';

const yearCode = yearParams.extend({ code: indCodeSchema });
const report = yearParams.extend({ unitId: idParam });
const tags = ['indicators'];

export async function setupRoutes(base: FastifyInstance) {
  const app = base.withTypeProvider<ZodTypeProvider>();
  app.post(
    '/indicators/forms/:year/computed',
    { config: { access: 'ind.admin' }, schema: { tags, params: yearParams, body: newComputedSchema } },
    async (req) =>
      presentForm(await inTransaction(req, (ctx) => addComputed(ctx, req.params.year, req.body))),
  );
  app.post(
    '/indicators/forms/:year/computed/preview',
    { config: { access: 'ind.admin' }, schema: { tags, params: yearParams, body: previewSchema } },
    async (req) => previewComputed(readContext(req), req.params.year, req.body),
  );
  app.patch(
    '/indicators/forms/:year/computed/:code',
    { config: { access: 'ind.admin' }, schema: { tags, params: yearCode, body: computedPatchSchema } },
    async (req) =>
      presentForm(
        await inTransaction(req, (ctx) => patchComputed(ctx, req.params.year, req.params.code, req.body)),
      ),
  );
  app.post(
    '/indicators/units',
    { config: { access: 'ind.admin' }, schema: { tags, body: newIndUnitSchema } },
    async (req) => presentUnit(await inTransaction(req, (ctx) => createIndUnit(ctx, req.body))),
  );
  app.patch(
    '/indicators/units/:id',
    { config: { access: 'ind.admin' }, schema: { tags, params: idParams, body: indUnitPatchSchema } },
    async (req) => presentUnit(await inTransaction(req, (ctx) => patchIndUnit(ctx, req.params.id, req.body))),
  );
  app.delete(
    '/indicators/units/:id',
    { config: { access: 'ind.admin' }, schema: { tags, params: idParams } },
    async (req) => inTransaction(req, (ctx) => deleteIndUnit(ctx, req.params.id)),
  );
  app.put(
    '/indicators/reports/:year/:unitId/window',
    { config: { access: 'ind.admin' }, schema: { tags, params: report, body: windowSchema } },
    async (req) =>
      presentReport(
        await inTransaction(req, (ctx) => setIndWindow(ctx, req.params.year, req.params.unitId, req.body)),
      ),
  );
  app.get(
    '/indicators/queue/:year',
    { config: { access: 'ind.review' }, schema: { tags, params: yearParams } },
    async (req) => (await indReviewQueue(readContext(req), req.params.year)).map(presentQueueEntry),
  );
}

// The yearly form as data: read it; the office adds, retires and reorders items and rules, and opens a new year.
import {
  addIndItem,
  addIndRule,
  createIndForm,
  getIndForm,
  indCodeSchema,
  itemPatchSchema,
  listIndForms,
  newFormSchema,
  newItemSchema,
  patchIndItem,
  patchIndRule,
  presentForm,
  reorderIndItems,
  reorderSchema,
  rulePatchSchema,
  ruleSchema,
} from '@kepu/domain/indicators';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { inTransaction, readContext } from '../../context.ts';
import { yearParams } from '../params.ts';

const yearCode = yearParams.extend({ code: indCodeSchema });
const tags = ['indicators'];

export async function registryRoutes(base: FastifyInstance) {
  const app = base.withTypeProvider<ZodTypeProvider>();
  app.get('/indicators/forms', { config: { access: 'public' }, schema: { tags } }, async (req) =>
    listIndForms(readContext(req)),
  );
  app.post(
    '/indicators/forms',
    { config: { access: 'ind.admin' }, schema: { tags, body: newFormSchema } },
    async (req) => presentForm(await inTransaction(req, (ctx) => createIndForm(ctx, req.body))),
  );
  app.get(
    '/indicators/forms/:year',
    { config: { access: 'public' }, schema: { tags, params: yearParams } },
    async (req) => presentForm(await getIndForm(readContext(req), req.params.year)),
  );
  app.post(
    '/indicators/forms/:year/items',
    { config: { access: 'ind.admin' }, schema: { tags, params: yearParams, body: newItemSchema } },
    async (req) => presentForm(await inTransaction(req, (ctx) => addIndItem(ctx, req.params.year, req.body))),
  );
  app.patch(
    '/indicators/forms/:year/items/:code',
    { config: { access: 'ind.admin' }, schema: { tags, params: yearCode, body: itemPatchSchema } },
    async (req) =>
      presentForm(
        await inTransaction(req, (ctx) => patchIndItem(ctx, req.params.year, req.params.code, req.body)),
      ),
  );
  app.post(
    '/indicators/forms/:year/order',
    { config: { access: 'ind.admin' }, schema: { tags, params: yearParams, body: reorderSchema } },
    async (req) =>
      presentForm(await inTransaction(req, (ctx) => reorderIndItems(ctx, req.params.year, req.body.codes))),
  );
  app.post(
    '/indicators/forms/:year/rules',
    { config: { access: 'ind.admin' }, schema: { tags, params: yearParams, body: ruleSchema } },
    async (req) => presentForm(await inTransaction(req, (ctx) => addIndRule(ctx, req.params.year, req.body))),
  );
  app.patch(
    '/indicators/forms/:year/rules/:code',
    { config: { access: 'ind.admin' }, schema: { tags, params: yearCode, body: rulePatchSchema } },
    async (req) =>
      presentForm(
        await inTransaction(req, (ctx) => patchIndRule(ctx, req.params.year, req.params.code, req.body)),
      ),
  );
}

// The yearly form as data: read it; the office adds, retires and reorders items and rules, and opens a new year.
import { ruleSchema } from '@kepu/domain';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  addItem,
  addRule,
  createForm,
  getForm,
  itemPatchSchema,
  listForms,
  newFormSchema,
  newItemSchema,
  patchItem,
  patchRule,
  reorder,
  rulePatchSchema,
} from '../../indicators/registry.service.ts';
import { inIndTransaction, readCtx } from '../../indicators/tx.ts';

const year = z.object({ year: z.coerce.number().int().min(2000).max(2100) });
const yearCode = year.extend({ code: z.string().regex(/^[A-Z][A-Z0-9_]{0,31}$/) });
const tags = ['indicators'];

export async function registryRoutes(base: FastifyInstance) {
  const app = base.withTypeProvider<ZodTypeProvider>();
  app.get('/indicators/forms', { config: { access: 'public' }, schema: { tags } }, async (req) =>
    listForms(readCtx(req)),
  );
  app.post(
    '/indicators/forms',
    { config: { access: 'signed-in' }, schema: { tags, body: newFormSchema } },
    async (req) => inIndTransaction(req, (ctx) => createForm(ctx, req.body)),
  );
  app.get(
    '/indicators/forms/:year',
    { config: { access: 'public' }, schema: { tags, params: year } },
    async (req) => getForm(readCtx(req), req.params.year),
  );
  app.post(
    '/indicators/forms/:year/items',
    { config: { access: 'signed-in' }, schema: { tags, params: year, body: newItemSchema } },
    async (req) => inIndTransaction(req, (ctx) => addItem(ctx, req.params.year, req.body)),
  );
  app.patch(
    '/indicators/forms/:year/items/:code',
    { config: { access: 'signed-in' }, schema: { tags, params: yearCode, body: itemPatchSchema } },
    async (req) => inIndTransaction(req, (ctx) => patchItem(ctx, req.params.year, req.params.code, req.body)),
  );
  app.post(
    '/indicators/forms/:year/order',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        params: year,
        body: z.strictObject({ codes: z.array(z.string().max(32)).min(1).max(2000) }),
      },
    },
    async (req) => inIndTransaction(req, (ctx) => reorder(ctx, req.params.year, req.body.codes)),
  );
  app.post(
    '/indicators/forms/:year/rules',
    { config: { access: 'signed-in' }, schema: { tags, params: year, body: ruleSchema } },
    async (req) => inIndTransaction(req, (ctx) => addRule(ctx, req.params.year, req.body)),
  );
  app.patch(
    '/indicators/forms/:year/rules/:code',
    { config: { access: 'signed-in' }, schema: { tags, params: yearCode, body: rulePatchSchema } },
    async (req) => inIndTransaction(req, (ctx) => patchRule(ctx, req.params.year, req.params.code, req.body)),
  );
}

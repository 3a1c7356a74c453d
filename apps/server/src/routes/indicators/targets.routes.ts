// Targets with progress status and overrides, literacy KPI values with their source, schools and counsellors.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  addKpiValue,
  addSchool,
  canKeepSchools,
  kpiValueSchema,
  kpiValues,
  overrideSchema,
  overrideStatus,
  removeKpiValue,
  removeSchool,
  schoolSchema,
  schools,
  setCounsellors,
  targetsWithProgress,
} from '../../indicators/targets.service.ts';
import { populationSchema, populations, setPopulation } from '../../indicators/populations.service.ts';
import { inIndTransaction, readCtx } from '../../indicators/tx.ts';

const tags = ['indicators'];
const idParams = z.object({ id: z.coerce.number().int().positive().max(2_147_483_647) });

export async function targetRoutes(base: FastifyInstance) {
  const app = base.withTypeProvider<ZodTypeProvider>();
  app.get('/indicators/targets', { config: { access: 'public' }, schema: { tags } }, async (req) =>
    targetsWithProgress(readCtx(req)),
  );
  app.put(
    '/indicators/targets/:code/override/:year',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        params: z.object({
          code: z.string().regex(/^[A-Z][A-Z0-9_]{0,31}$/),
          year: z.coerce.number().int().min(2000).max(2100),
        }),
        body: overrideSchema,
      },
    },
    async (req) =>
      inIndTransaction(req, (ctx) => overrideStatus(ctx, req.params.code, req.params.year, req.body)),
  );
  app.get('/indicators/kpi', { config: { access: 'public' }, schema: { tags } }, async (req) =>
    kpiValues(readCtx(req)),
  );
  app.post(
    '/indicators/kpi',
    { config: { access: 'signed-in' }, schema: { tags, body: kpiValueSchema } },
    async (req) => inIndTransaction(req, (ctx) => addKpiValue(ctx, req.body)),
  );
  app.delete(
    '/indicators/kpi/:id',
    { config: { access: 'signed-in' }, schema: { tags, params: idParams } },
    async (req) => inIndTransaction(req, (ctx) => removeKpiValue(ctx, req.params.id)),
  );
  app.get('/indicators/schools', { config: { access: 'signed-in' }, schema: { tags } }, async (req) =>
    schools(readCtx(req)),
  );
  app.get('/indicators/schools/keeper', { config: { access: 'signed-in' }, schema: { tags } }, async (req) =>
    canKeepSchools(readCtx(req)),
  );
  app.post(
    '/indicators/schools',
    { config: { access: 'signed-in' }, schema: { tags, body: schoolSchema } },
    async (req) => inIndTransaction(req, (ctx) => addSchool(ctx, req.body)),
  );
  app.patch(
    '/indicators/schools/:id',
    {
      config: { access: 'signed-in' },
      schema: { tags, params: idParams, body: z.strictObject({ counsellors: z.number().int().min(0).max(500) }) },
    },
    async (req) => inIndTransaction(req, (ctx) => setCounsellors(ctx, req.params.id, req.body.counsellors)),
  );
  app.delete(
    '/indicators/schools/:id',
    { config: { access: 'signed-in' }, schema: { tags, params: idParams } },
    async (req) => inIndTransaction(req, (ctx) => removeSchool(ctx, req.params.id)),
  );
  app.get('/indicators/populations', { config: { access: 'public' }, schema: { tags } }, async (req) =>
    populations(readCtx(req)),
  );
  app.put(
    '/indicators/populations/:code',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        params: z.object({ code: z.string().regex(/^[0-9A-Z]{6,12}$/) }),
        body: populationSchema,
      },
    },
    async (req) => inIndTransaction(req, (ctx) => setPopulation(ctx, req.params.code, req.body)),
  );
}

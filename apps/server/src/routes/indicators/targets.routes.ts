// Targets with progress status and overrides, literacy KPI values with their source, schools and counsellors, and
// area populations.
import {
  addKpiValue,
  addSchool,
  areaCodeSchema,
  canKeepSchools,
  counsellorsSchema,
  indCodeSchema,
  indPopulations,
  indSchools,
  kpiValueSchema,
  kpiValues,
  overrideSchema,
  overrideStatus,
  populationSchema,
  presentKpiValue,
  presentSchool,
  removeKpiValue,
  removeSchool,
  schoolSchema,
  setCounsellors,
  setPopulation,
  targetsWithProgress,
} from '@kepu/domain/indicators';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { inTransaction, readContext } from '../../context.ts';
import { idParams, yearParam } from '../params.ts';

const tags = ['indicators'];

export async function targetRoutes(base: FastifyInstance) {
  const app = base.withTypeProvider<ZodTypeProvider>();
  app.get('/indicators/targets', { config: { access: 'public' }, schema: { tags } }, async (req) =>
    targetsWithProgress(readContext(req)),
  );
  app.put(
    '/indicators/targets/:code/override/:year',
    {
      config: { access: 'ind.admin' },
      schema: { tags, params: z.object({ code: indCodeSchema, year: yearParam }), body: overrideSchema },
    },
    async (req) =>
      inTransaction(req, (ctx) => overrideStatus(ctx, req.params.code, req.params.year, req.body)),
  );
  app.get('/indicators/kpi', { config: { access: 'public' }, schema: { tags } }, async (req) =>
    (await kpiValues(readContext(req))).map(presentKpiValue),
  );
  app.post(
    '/indicators/kpi',
    { config: { access: 'ind.admin' }, schema: { tags, body: kpiValueSchema } },
    async (req) => (await inTransaction(req, (ctx) => addKpiValue(ctx, req.body))).map(presentKpiValue),
  );
  app.delete(
    '/indicators/kpi/:id',
    { config: { access: 'ind.admin' }, schema: { tags, params: idParams } },
    async (req) =>
      (await inTransaction(req, (ctx) => removeKpiValue(ctx, req.params.id))).map(presentKpiValue),
  );
  app.get('/indicators/schools', { config: { access: 'signed-in' }, schema: { tags } }, async (req) =>
    (await indSchools(readContext(req))).map(presentSchool),
  );
  app.get('/indicators/schools/keeper', { config: { access: 'signed-in' }, schema: { tags } }, async (req) =>
    canKeepSchools(readContext(req)),
  );
  app.post(
    '/indicators/schools',
    { config: { access: 'ind.schools' }, schema: { tags, body: schoolSchema } },
    async (req) => (await inTransaction(req, (ctx) => addSchool(ctx, req.body))).map(presentSchool),
  );
  app.patch(
    '/indicators/schools/:id',
    { config: { access: 'ind.schools' }, schema: { tags, params: idParams, body: counsellorsSchema } },
    async (req) =>
      (await inTransaction(req, (ctx) => setCounsellors(ctx, req.params.id, req.body.counsellors))).map(
        presentSchool,
      ),
  );
  app.delete(
    '/indicators/schools/:id',
    { config: { access: 'ind.schools' }, schema: { tags, params: idParams } },
    async (req) => (await inTransaction(req, (ctx) => removeSchool(ctx, req.params.id))).map(presentSchool),
  );
  app.get('/indicators/populations', { config: { access: 'public' }, schema: { tags } }, async (req) =>
    indPopulations(readContext(req)),
  );
  app.put(
    '/indicators/populations/:code',
    {
      config: { access: 'area.edit' },
      schema: { tags, params: z.object({ code: areaCodeSchema }), body: populationSchema },
    },
    async (req) => inTransaction(req, (ctx) => setPopulation(ctx, req.params.code, req.body)),
  );
}

// Units of a plan: list, one unit's duties (contact details and reminder addresses only for those allowed), profile edits.

import { findUnit, listUnitAreas, storesFor, unitAreaStore } from '@kepu/db';
import { can, listUnits, unitDuties, unitPatchSchema, updateUnitProfile } from '@kepu/domain';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { loadPlanWithLocalUnits as loadPlan } from '../accountability/local-units.ts';
import { inTransaction } from '../context.ts';
import { idParam, planParam } from './plan-loader.ts';

const params = z.object({ planId: planParam, unitId: idParam });

export async function unitRoutes(base: FastifyInstance) {
  const app = base.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/plans/:planId/units',
    { config: { access: 'public' }, schema: { tags: ['unit'], params: params.pick({ planId: true }) } },
    async (req) => {
      const areas = await listUnitAreas(app.kepu.db); // null: city-level (no area link)
      return listUnits(await loadPlan(req, req.params.planId)).map((u) => ({
        ...u,
        area: areas.get(u.id) ?? null,
      }));
    },
  );

  app.get(
    '/plans/:planId/units/:unitId',
    { config: { access: 'public' }, schema: { tags: ['unit'], params } },
    async (req) => {
      const b = await loadPlan(req, req.params.planId);
      const { leads, tasks } = unitDuties(b, req.params.unitId);
      const row = await findUnit(app.kepu.db, req.params.unitId);
      const contact = can(req.actor, 'unit.contact.read', req.params.unitId)
        ? {
            contactName: row?.contact_name ?? null,
            contactPhone: row?.contact_phone ?? null,
            emails: await storesFor(app.kepu.db, req.actor).unitEmails.get(req.params.unitId),
          }
        : {};
      const area = (await unitAreaStore(app.kepu.db).unitArea(req.params.unitId)) ?? null;
      return {
        unit: { id: req.params.unitId, name: row?.name ?? '', note: row?.note ?? '', area, ...contact },
        leads,
        tasks,
      };
    },
  );

  app.patch(
    '/plans/:planId/units/:unitId',
    { config: { access: 'signed-in' }, schema: { tags: ['unit'], params, body: unitPatchSchema } },
    async (req) => {
      unitDuties(await loadPlan(req, req.params.planId), req.params.unitId); // 404 when the unit is not in this plan
      return inTransaction(req, (ctx) => updateUnitProfile(ctx, req.params.unitId, req.body));
    },
  );
}

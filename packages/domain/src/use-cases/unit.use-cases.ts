// Unit use-cases: a plan's units, one unit's page (contacts only for those allowed), and its profile and mail edits.
import { z } from 'zod';
import { authorize, can } from '../auth/policy.ts';
import { notFound } from '../errors.ts';
import type { UseCaseContext } from '../kernel/context.ts';
import { patchSchema } from '../kernel/patch.ts';
import type { PlanBundle } from '../plan-model/plan-bundle.ts';
import { listUnits, unitDuties } from '../plan-model/plan-views.ts';
import type { UnitAreaRef, UnitStore } from './ports.ts';

export const unitPatchSchema = patchSchema({
  contactName: z.string().trim().max(40).nullable().optional(),
  contactPhone: z
    .string()
    .trim()
    .refine((s) => /^[0-9+\-() ]{5,20}$/.test(s), {
      message: 'a phone number has 5–20 digits, spaces, +, - or brackets',
      params: { code: 'unit.phone_format' },
    })
    .nullable()
    .optional(),
  note: z.string().max(2000).optional(),
  // where reminder mail for the unit goes; [] or null removes every address
  emails: z
    .array(z.string().trim().max(254).email('not an email address, e.g. office@example.org'))
    .max(5, 'at most 5 addresses')
    .nullable()
    .optional(),
});
export type UnitPatchInput = z.infer<typeof unitPatchSchema>;

/** Where a unit's reminder mail goes (acc_unit_emails). */
export interface UnitEmailStore {
  get(unitId: number): Promise<string[]>;
  set(unitId: number, emails: string[]): Promise<void>;
}

export async function updateUnitProfile(
  ctx: UseCaseContext<{ units: UnitStore; unitEmails: UnitEmailStore }>,
  unitId: number,
  patch: UnitPatchInput,
) {
  authorize(ctx.actor, 'unit.edit', unitId);
  const found = await ctx.stores.units.find(unitId);
  if (!found) throw notFound('plan.unit', unitId);
  const before = { ...found, emails: await ctx.stores.unitEmails.get(unitId) };
  const { emails, ...profile } = patch;
  if (emails !== undefined) await ctx.stores.unitEmails.set(unitId, [...new Set(emails ?? [])]);
  const updated = Object.keys(profile).length > 0 ? await ctx.stores.units.update(unitId, profile) : found;
  const after = { ...updated, emails: await ctx.stores.unitEmails.get(unitId) };
  await ctx.audit.write({ action: 'unit.update', entity: 'unit', entityId: unitId, before, after });
  return after;
}
/** What PATCH /api/plans/:planId/units/:unitId answers: the profile with its reminder addresses. */
export type UpdatedUnitProfile = Awaited<ReturnType<typeof updateUnitProfile>>;

/** The plan's units (with the local units the caller added to the bundle), each with its area; null: city-level. */
export async function unitList(ctx: UseCaseContext<{ units: UnitStore }>, plan: PlanBundle) {
  const areas = await ctx.stores.units.areaLinks();
  return listUnits(plan).map((u) => ({ ...u, area: areas.get(u.id) ?? null }));
}
export type UnitListItem = Awaited<ReturnType<typeof unitList>>[number];

/** Contact details and reminder addresses, shown to those who may read them (`unit.contact.read`). */
export interface UnitContact {
  contactName?: string | null;
  contactPhone?: string | null;
  emails?: string[];
}

/** One unit's page: its profile, the groups it leads and its tasks; plan.unit.not_found when the plan has no such unit. */
export async function unitPage(
  ctx: UseCaseContext<{ units: UnitStore; unitEmails: UnitEmailStore }>,
  plan: PlanBundle,
  unitId: number,
) {
  const { leads, tasks } = unitDuties(plan, unitId);
  const row = await ctx.stores.units.find(unitId);
  const contact: UnitContact = can(ctx.actor, 'unit.contact.read', unitId)
    ? {
        contactName: row?.contactName ?? null,
        contactPhone: row?.contactPhone ?? null,
        emails: await ctx.stores.unitEmails.get(unitId),
      }
    : {};
  const area: UnitAreaRef | null = (await ctx.stores.units.areaOf(unitId)) ?? null;
  return {
    unit: { id: unitId, name: row?.name ?? '', note: row?.note ?? '', area, ...contact },
    leads,
    tasks,
  };
}
export type UnitPage = Awaited<ReturnType<typeof unitPage>>;

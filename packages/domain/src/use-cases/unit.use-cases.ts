// Unit use-cases: a liaison (or the office) keeps the unit's contact details current.
import { z } from 'zod';
import { authorize } from '../auth/policy.ts';
import type { Actor } from '../auth/roles.ts';
import { notFound } from '../errors.ts';
import type { AuditSink, UnitStore } from './ports.ts';

export const unitPatchSchema = z
  .strictObject({
    contactName: z.string().trim().max(40).nullable().optional(),
    contactPhone: z
      .string()
      .trim()
      .regex(/^[0-9+\-() ]{5,20}$/, 'a phone number has 5–20 digits, spaces, +, - or brackets')
      .nullable()
      .optional(),
    note: z.string().max(2000).optional(),
  })
  .refine((p) => Object.keys(p).length > 0, 'send at least one of contactName, contactPhone and note');
export type UnitPatchInput = z.infer<typeof unitPatchSchema>;

export async function updateUnitProfile(
  ctx: { actor: Actor | null; units: UnitStore; audit: AuditSink },
  unitId: number,
  patch: UnitPatchInput,
) {
  authorize(ctx.actor, 'unit.edit', unitId);
  const before = await ctx.units.find(unitId);
  if (!before) throw notFound('plan.unit', unitId);
  const after = await ctx.units.update(unitId, patch);
  await ctx.audit.write({ action: 'unit.update', entity: 'unit', entityId: unitId, before, after });
  return after;
}

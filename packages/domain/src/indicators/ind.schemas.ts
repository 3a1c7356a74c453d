// Input schemas of the form, reporting and set-up use-cases (request bodies; the routes validate with them).
import { z } from 'zod';
import { patchSchema } from '../kernel/patch.ts';
import { computedSchema, departmentTypes, itemSchema, ruleOps } from './ind.types.ts';

const year = z.number().int().min(2000).max(2100);
const text = z.string().trim().min(1).max(200);
/** An area code of the tree: GB/T 2260 digits, or a zone's code with capitals. */
export const areaCodeSchema = z.string().regex(/^[0-9A-Z]{6,12}$/);
/** An item, rule or computed indicator code. */
export const indCodeSchema = z.string().regex(/^[A-Z][A-Z0-9_]{0,31}$/);

// the form of a year
export const newItemSchema = itemSchema.extend({ position: z.number().int().min(1).optional() });
export const itemPatchSchema = patchSchema({
  zh: text.optional(),
  en: text.optional(),
  unit: z.string().max(20).optional(),
  retired: z.boolean().optional(),
});
export const reorderSchema = z.strictObject({ codes: z.array(z.string().max(32)).min(1).max(2000) });
export const rulePatchSchema = patchSchema({
  left: z.string().min(1).max(500).optional(),
  op: z.enum(ruleOps).optional(),
  right: z.string().min(1).max(500).optional(),
  severity: z.enum(['hard', 'soft']).optional(),
  zh: text.optional(),
  en: text.optional(),
  retired: z.boolean().optional(),
});
export const newFormSchema = z.strictObject({
  year,
  /** an earlier year of the jurisdiction's own form; none: the shipped form (a jurisdiction's first form) */
  copyFrom: year.optional(),
  opensOn: z.iso.date(),
  dueOn: z.iso.date(),
});
const expr = z.string().trim().min(1).max(500);
export const newComputedSchema = computedSchema.extend({ numerator: expr, denominator: expr });
export const computedPatchSchema = patchSchema({
  zh: text.optional(),
  en: text.optional(),
  numerator: expr.optional(),
  denominator: expr.optional(),
  factor: z.number().positive().max(1e9).optional(),
  unit: z.string().max(20).optional(),
  retired: z.boolean().optional(),
});
export const previewSchema = z.strictObject({
  numerator: expr,
  denominator: expr,
  factor: z.number().positive().max(1e9),
});

// a unit's report
export const cellSchema = z.strictObject({
  item: z.string().min(1).max(32),
  option: z.string().max(32).default(''),
  value: z.union([z.number(), z.string().max(2000), z.null()]),
});
export const saveSchema = z.strictObject({
  values: z.array(cellSchema).max(5000),
  explanations: z.record(z.string(), z.string().max(2000)).optional(),
});
export const submitSchema = z.strictObject({
  explanations: z.record(z.string(), z.string().max(2000)).default({}),
});
export const reasonSchema = z.strictObject({ reason: z.string().trim().min(2, 'say why').max(2000) });
export const assignSchema = z.strictObject({
  unitIds: z.array(z.number().int().positive()).max(20000).optional(),
  opensOn: z.iso.date().optional(),
  dueOn: z.iso.date().optional(),
});

// reporting units and one unit's window
const unitFields = {
  name: text,
  deptType: z.enum(departmentTypes),
  areaCode: z.string().regex(/^[0-9A-Z]{6,12}$/, 'an area code such as 211104'),
  orgUnitId: z.number().int().positive().max(2_147_483_647).nullable(),
};
export const newIndUnitSchema = z.strictObject({
  code: z.string().regex(/^[A-Z0-9][A-Z0-9_-]{0,39}$/, 'upper-case letters, digits, - and _'),
  ...unitFields,
  orgUnitId: unitFields.orgUnitId.default(null),
});
export const indUnitPatchSchema = patchSchema({
  name: unitFields.name.optional(),
  deptType: unitFields.deptType.optional(),
  areaCode: unitFields.areaCode.optional(),
  orgUnitId: unitFields.orgUnitId.optional(),
  active: z.boolean().optional(),
});
export const windowSchema = z.strictObject({ opensOn: z.iso.date(), dueOn: z.iso.date() });

export type NewItemInput = z.infer<typeof newItemSchema>;
export type ItemPatchInput = z.infer<typeof itemPatchSchema>;
export type RulePatchInput = z.infer<typeof rulePatchSchema>;
export type NewFormInput = z.infer<typeof newFormSchema>;
export type NewComputedInput = z.infer<typeof newComputedSchema>;
export type ComputedPatchInput = z.infer<typeof computedPatchSchema>;
export type PreviewInput = z.infer<typeof previewSchema>;
export type SaveInput = z.infer<typeof saveSchema>;
export type SubmitInput = z.input<typeof submitSchema>;
export type AssignInput = z.infer<typeof assignSchema>;
export type NewIndUnitInput = z.infer<typeof newIndUnitSchema>;
export type IndUnitPatchInput = z.infer<typeof indUnitPatchSchema>;
export type WindowInput = z.infer<typeof windowSchema>;

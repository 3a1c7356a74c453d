// Input schemas for accountability mutations; every message names what is wrong so the 4xx can name the field.
import { z } from 'zod';
import { patchSchema } from '../kernel/patch.ts';
import { reportStatuses, roundPeriods } from './acc.types.ts';
import { isoDateSchema } from './dates.ts';

const id = z.number().int().positive().max(2_147_483_647);
const year = z.number().int().min(2000).max(2100);
const text = (max: number) => z.string().trim().max(max, `at most ${max} characters`);

export const roundInputSchema = z
  .strictObject({
    year,
    period: z.enum(roundPeriods),
    title: text(100).optional(),
    opensOn: isoDateSchema,
    dueOn: isoDateSchema,
    closesOn: isoDateSchema,
  })
  .superRefine((r, ctx) => {
    if (r.dueOn < r.opensOn)
      ctx.addIssue({
        code: 'custom',
        path: ['dueOn'],
        message: 'the due date must not be before the opening date',
        params: { code: 'acc.round.due_before_open', opensOn: r.opensOn },
      });
    if (r.closesOn < r.dueOn)
      ctx.addIssue({
        code: 'custom',
        path: ['closesOn'],
        message: 'the closing date must not be before the due date',
        params: { code: 'acc.round.closes_before_due', dueOn: r.dueOn },
      });
  });
export type RoundInput = z.infer<typeof roundInputSchema>;

export const extensionInputSchema = z.strictObject({
  unitId: id,
  closesOn: isoDateSchema,
  reason: text(500).min(1, 'say why the window is extended'),
});
export type ExtensionInput = z.infer<typeof extensionInputSchema>;

const workItemFields = {
  title: text(200).min(1, 'a work item needs a title'),
  ownerUnitIds: z.array(id).min(1, 'name at least one owner unit').max(40),
  deliverable: text(500).default(''),
  dueOn: isoDateSchema,
  targetValue: z.number().min(0).max(1e12).nullable().default(null),
  targetUnit: text(20).nullable().default(null),
  weight: z.number().positive('a weight is more than 0').max(100).default(1),
  evidenceRequired: z.boolean().default(false),
};
export const workItemInputSchema = z.strictObject({
  year,
  taskNumber: z.number().int().positive().max(10_000),
  ...workItemFields,
});
export type WorkItemInput = z.infer<typeof workItemInputSchema>;
export const workItemPatchSchema = patchSchema({
  title: workItemFields.title.optional(),
  ownerUnitIds: workItemFields.ownerUnitIds.optional(),
  deliverable: text(500).optional(),
  dueOn: isoDateSchema.optional(),
  targetValue: z.number().min(0).max(1e12).nullable().optional(),
  targetUnit: text(20).nullable().optional(),
  weight: z.number().positive('a weight is more than 0').max(100).optional(),
  evidenceRequired: z.boolean().optional(),
});
export type WorkItemPatch = z.infer<typeof workItemPatchSchema>;
export const copyForwardSchema = z
  .strictObject({ fromYear: year, toYear: year })
  .refine((c) => c.toYear > c.fromYear, {
    path: ['toYear'],
    message: 'copy forward to a later year',
    params: { code: 'acc.copy_to_earlier_year' },
  });

export const reportContentSchema = z.strictObject({
  status: z.enum(reportStatuses),
  progress: z
    .number()
    .int('progress is a whole number')
    .min(0, 'progress is between 0 and 100')
    .max(100, 'progress is between 0 and 100'),
  done: text(5000).default(''),
  measures: text(5000).default(''),
  problems: text(5000).default(''),
  nextSteps: text(5000).default(''),
  items: z
    .array(
      z.strictObject({
        workItemId: id,
        progress: z
          .number()
          .int()
          .min(0, 'progress is between 0 and 100')
          .max(100, 'progress is between 0 and 100'),
        value: z.number().min(0).max(1e12).nullable().default(null),
      }),
    )
    .max(50)
    .default([]),
});
export type ReportContent = z.infer<typeof reportContentSchema>;
export const reportCreateSchema = reportContentSchema.extend({
  roundId: id,
  taskNumber: z.number().int().positive().max(10_000),
  /** Defaults to the liaison's own unit; the office names it. */
  unitId: id.optional(),
});
export type ReportCreateInput = z.infer<typeof reportCreateSchema>;

export const reviewSchema = z.strictObject({ comment: text(2000).default('') });
export const returnSchema = z.strictObject({ comment: text(2000).min(1, 'say what to revise') });
export const reopenSchema = z.strictObject({
  reason: text(2000).min(1, 'a reopened report needs a written reason'),
});

export const weightsSchema = z.strictObject({
  tasks: z
    .array(z.strictObject({ taskNumber: z.number().int().positive(), weight: z.number().min(0).max(100) }))
    .max(500)
    .default([]),
  groups: z
    .array(z.strictObject({ groupId: id, weight: z.number().min(0).max(100) }))
    .max(100)
    .default([]),
});
export type WeightsInput = z.infer<typeof weightsSchema>;

export const inspectionInputSchema = z.strictObject({
  heldOn: isoDateSchema,
  title: text(200).min(1, 'an inspection needs a title'),
  method: text(200).min(1, 'say how the inspection was done'),
  unitIds: z.array(id).max(60).default([]),
  taskNumbers: z.array(z.number().int().positive()).max(200).default([]),
  summary: text(5000).default(''),
  findings: z
    .array(
      z.strictObject({
        finding: text(2000).min(1, 'describe the finding'),
        ownerUnitId: id,
        deadline: isoDateSchema,
      }),
    )
    .max(100)
    .default([]),
});
export type InspectionInput = z.infer<typeof inspectionInputSchema>;
export const rectificationResponseSchema = z.strictObject({
  response: text(5000).min(1, 'say what was done'),
});
export const rectificationCloseSchema = z.strictObject({ note: text(2000).default('') });
export const rectificationReopenSchema = z.strictObject({
  reason: text(2000).min(1, 'say why it is reopened'),
});

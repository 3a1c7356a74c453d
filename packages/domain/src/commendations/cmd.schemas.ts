// Request bodies of the commendations' routes.
import { z } from 'zod';
import { categories, metrics, type nominationMoves, roundMoves, subjectKinds } from './cmd.codes.ts';

const text = (max: number) => z.string().trim().min(1).max(max);

const rule = z.discriminatedUnion('metric', [
  z.strictObject({ metric: z.enum(metrics), min: z.number().min(0).max(1_000_000) }),
  z.strictObject({ metric: z.literal('grade'), equals: text(20) }),
]);
export const thresholdsSchema = z.strictObject(
  Object.fromEntries(categories.map((c) => [c, z.array(rule).max(10)])) as Record<
    (typeof categories)[number],
    z.ZodArray<typeof rule>
  >,
);

export const roundSchema = z
  .strictObject({
    year: z.number().int().min(2000).max(2100),
    title: text(100),
    /** the service counted for the candidates' figures; the year when absent */
    periodFrom: z.iso.date().optional(),
    periodTo: z.iso.date().optional(),
    thresholds: thresholdsSchema.optional(),
  })
  .refine((r) => !r.periodFrom || !r.periodTo || r.periodTo >= r.periodFrom, {
    path: ['periodTo'],
    message: 'the period ends before it starts',
    params: { code: 'cmd.period_order' },
  });
export type RoundBody = z.infer<typeof roundSchema>;

export const thresholdsBodySchema = z.strictObject({ thresholds: thresholdsSchema });

const evidence = z.array(text(500)).max(20).default([]);
export const nominationSchema = z
  .strictObject({
    category: z.enum(categories),
    subjectKind: z.enum(subjectKinds),
    subjectId: z.number().int().positive().nullable().default(null),
    /** a free entry's name; a volunteer's, team's or venue's comes from the data */
    name: z.string().trim().max(100).default(''),
    affiliation: z.string().trim().max(100).default(''),
    areaCode: z
      .string()
      .regex(/^\d{6}(\d{3})?$/)
      .nullable()
      .default(null),
    unitId: z.number().int().positive().nullable().default(null),
    citation: text(2000),
    evidence,
    /** a free-entry individual consents to their full name in the public list */
    publicConsent: z.boolean().default(false),
    /** required when the nominee falls short of the category's thresholds */
    belowReason: z.string().trim().max(500).default(''),
  })
  .refine((n) => (n.subjectKind === 'free') === (n.subjectId === null), {
    path: ['subjectId'],
    message: 'a free entry has no subject id; a volunteer, team or venue has one',
    params: { code: 'cmd.subject_id' },
  })
  .refine((n) => n.subjectKind !== 'free' || n.name.length > 0, {
    path: ['name'],
    message: 'a free entry needs the nominee’s name',
    params: { code: 'cmd.name_required' },
  });
export type NominationBody = z.infer<typeof nominationSchema>;

const reviewMoves = ['pass', 'return', 'reject'] as const satisfies readonly (keyof typeof nominationMoves)[];
export const reviewSchema = z
  .strictObject({ move: z.enum(reviewMoves), comment: z.string().trim().max(500).default('') })
  .refine((r) => r.move === 'pass' || r.comment.length > 0, {
    path: ['comment'],
    message: 'returning or rejecting needs a comment',
    params: { code: 'cmd.comment_required' },
  });

export const resubmitSchema = z.strictObject({
  citation: text(2000).optional(),
  evidence: z.array(text(500)).max(20).optional(),
  belowReason: z.string().trim().max(500).optional(),
});

const roundMoveNames = Object.keys(roundMoves) as [keyof typeof roundMoves, ...(keyof typeof roundMoves)[]];
export const roundMoveSchema = z
  .strictObject({
    move: z.enum(roundMoveNames),
    decisionNumber: z.string().trim().max(60).default(''),
    decisionDate: z.iso.date().optional(),
  })
  .refine((m) => m.move !== 'decide' || m.decisionNumber.length > 0, {
    path: ['decisionNumber'],
    message: 'the decision needs its document number',
    params: { code: 'cmd.decision_number_required' },
  })
  .refine((m) => m.move !== 'decide' || !!m.decisionDate, {
    path: ['decisionDate'],
    message: 'the decision needs its date',
    params: { code: 'cmd.decision_date_required' },
  });

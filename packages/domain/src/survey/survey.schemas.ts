// Request bodies of the survey's routes (the instrument itself is validated by survey.instrument.ts).
import { z } from 'zod';
import { patchSchema } from '../kernel/patch.ts';
import { TARGET_GROUPS } from './survey.codes.ts';

const name = z.string().trim().min(1).max(200);
const year = z.number().int().min(2000).max(2100);
const district = z.string().regex(/^\d{6}$/);
const consent = z.string().trim().min(1).max(4000);
const psuCode = z.string().trim().min(1).max(40);
/** Months after fieldwork closes that the answers are kept (the purge job deletes them then); 24 when absent. */
const retentionMonths = z.number().int().min(1).max(120);

export const newSurveySchema = z.strictObject({
  name,
  year,
  instrumentId: z.number().int().positive(),
  districts: z.array(district).min(1).max(20),
  /** The consent text; the instrument's when absent. */
  consent: consent.optional(),
  retentionMonths: retentionMonths.optional(),
});
export const surveyPatchSchema = patchSchema({
  name: name.optional(),
  year: year.optional(),
  instrumentId: z.number().int().positive().optional(),
  districts: z.array(district).min(1).max(20).optional(),
  consent: consent.optional(),
  retentionMonths: retentionMonths.optional(),
});
/**
 * The sample design as design.ts writes it down: its PSUs (communities, villages) each with a district and a
 * selection probability are what fieldwork and weighting read; the rest (strata, allocation, sizes) is kept as given.
 */
export const designSchema = z.looseObject({
  psus: z
    .array(
      z.looseObject({
        code: psuCode,
        name: z.string().trim().min(1).max(100).optional(),
        district,
        probability: z.number().gt(0).lte(1),
        /** The chance of a person within the PSU (1 when absent: everyone listed was invited). */
        withinProbability: z.number().gt(0).lte(1).optional(),
      }),
    )
    .min(1)
    .max(20000),
});
const completes = z.number().int().min(1).max(100000);
/** The office's target completes per district and per target group (a district or group left out has none). */
export const quotasSchema = z.strictObject({
  districts: z.array(z.strictObject({ district, completes })).max(20).default([]),
  groups: z
    .array(z.strictObject({ targetGroup: z.enum(TARGET_GROUPS), completes }))
    .max(10)
    .default([]),
});
/** The office opens and closes fieldwork; publishing is the analyst's (publishSurvey). */
export const statusSchema = z.strictObject({ status: z.enum(['fieldwork', 'closed']) });
export const assignmentsSchema = z.strictObject({
  assignments: z.array(z.strictObject({ psuCode, userId: z.number().int().positive() })).max(5000),
});
export const invitationsSchema = z
  .strictObject({
    psuCode: psuCode.optional(),
    /** How many anonymous invitations to make … */
    count: z.number().int().min(1).max(5000).optional(),
    /** … or one per contact (a household address or phone), which is deleted when fieldwork closes. */
    contacts: z.array(z.string().trim().min(1).max(200)).min(1).max(5000).optional(),
  })
  .refine((b) => (b.count === undefined) !== (b.contacts === undefined), {
    message: 'send either count or contacts',
    path: ['count'],
    params: { code: 'survey.count_or_contacts' },
  });

const answer = z.union([z.boolean(), z.string().max(40), z.array(z.string().max(40)).max(12)]);
const answers = z.record(z.string().max(40), answer);
const demographics = z.record(z.string().max(40), z.union([z.string().max(40), z.number().int()]));
/** A respondent's progress: the answers given so far (merged into those saved). */
export const saveAnswersSchema = z.strictObject({
  answers: answers.optional(),
  demographics: demographics.optional(),
  /** A random id the browser keeps (the duplicate-device flag). */
  device: z
    .string()
    .regex(/^[A-Za-z0-9_-]{8,64}$/)
    .optional(),
});
/** An interviewer's complete entry of one door-to-door interview. */
export const interviewSchema = z.strictObject({
  psuCode,
  answers,
  demographics,
  /** Minutes the interview took (the speeding flag). */
  minutes: z.number().min(0).max(600),
});
export const reviewSchema = z.strictObject({
  decision: z.enum(['accepted', 'excluded']),
  reason: z.string().trim().min(1).max(500),
});

export type NewSurveyInput = z.infer<typeof newSurveySchema>;
export type SurveyPatchInput = z.infer<typeof surveyPatchSchema>;
export type SurveyDesignInput = z.infer<typeof designSchema>;
export type StatusInput = z.infer<typeof statusSchema>;
export type QuotasInput = z.infer<typeof quotasSchema>;
export type AssignmentsInput = z.infer<typeof assignmentsSchema>;
export type InvitationsInput = z.infer<typeof invitationsSchema>;
export type SaveAnswersInput = z.infer<typeof saveAnswersSchema>;
export type InterviewInput = z.infer<typeof interviewSchema>;
export type ReviewInput = z.infer<typeof reviewSchema>;

// Request bodies of the content routes.
import { z } from 'zod';
import { expertTopicCodes } from '../experts/exp.codes.ts';
import { targetGroups } from '../services/svc.codes.ts';
import { hazards, rumourVerdicts, workKinds, workStates } from './cnt.codes.ts';

const text = (max: number) => z.string().trim().min(1).max(max);
const url = z
  .string()
  .trim()
  .max(500)
  .regex(/^https?:\/\/\S+$/);

const fields = {
  title: text(120),
  topics: z.array(z.enum(expertTopicCodes)).min(1).max(8),
  targetGroups: z.array(z.enum(targetGroups)).min(1).max(6),
  unitId: z.number().int().positive().nullable().default(null),
  author: z.string().trim().max(60).default(''),
  source: z.string().trim().max(200).default(''),
  licence: z.string().trim().max(100).default(''),
  hazard: z.enum(hazards).nullable().default(null),
  summary: z.string().trim().max(300).default(''),
  body: text(20_000),
  mediaUrl: url.nullable().default(null),
  rumour: z
    .strictObject({
      claim: text(300),
      verdict: z.enum(rumourVerdicts),
      sources: z.array(text(300)).max(10).default([]),
    })
    .nullable()
    .default(null),
};

/** A new work: its kind decides which fields it needs (a hazard for a pack, a card for a rumour, a link for media). */
export const workSchema = z.strictObject({ kind: z.enum(workKinds), ...fields });
export type WorkBody = z.infer<typeof workSchema>;
/** An edit: everything but the kind. */
export const workEditSchema = z.strictObject(fields);
export type WorkEditBody = z.infer<typeof workEditSchema>;

export const assignSchema = z.strictObject({ expertId: z.number().int().positive() });
export const verdictSchema = z
  .strictObject({ verdict: z.enum(['approve', 'revise']), comments: z.string().trim().max(2000).default('') })
  .refine((v) => v.verdict === 'approve' || v.comments.length > 0, {
    path: ['comments'],
    message: 'say what to revise',
    params: { code: 'cnt.comments_required' },
  });
export const reasonSchema = z.strictObject({ reason: text(500) });
/** The office's sign-off of an emergency publication: its own words, kept with the record. */
export const emergencySchema = z.strictObject({ workId: z.number().int().positive(), signOff: text(500) });
export const endEmergencySchema = z.strictObject({ note: z.string().trim().max(500).default('') });
export const worksQuerySchema = z.object({
  state: z.enum(workStates).optional(),
  kind: z.enum(workKinds).optional(),
  topic: z.enum(expertTopicCodes).optional(),
});

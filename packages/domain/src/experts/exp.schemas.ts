// Request bodies and queries of the experts' routes.
import { z } from 'zod';
import { patchSchema } from '../kernel/patch.ts';
import { expertTopicCodes, genders, invitationMoveNames, serviceKinds } from './exp.codes.ts';

const text = (max: number) => z.string().trim().min(1).max(max);
const tags = z.array(z.string().trim().min(1).max(40)).max(20);
const areaCode = z.string().regex(/^\d{6}(\d{3})?$/);
const id = z.number().int().positive();

const expertFields = {
  name: text(40),
  gender: z.enum(genders).nullable(),
  title: z.string().trim().max(60),
  organisation: text(100),
  fields: tags,
  topics: z.array(z.enum(expertTopicCodes)).min(1).max(expertTopicCodes.length),
  areaCodes: z.array(areaCode).min(1).max(50),
  languages: tags,
  available: z.boolean(),
  availability: z.string().trim().max(200),
  phone: z.string().regex(/^1\d{10}$/),
  publicDisplay: z.boolean(),
  poolIds: z.array(id).max(20),
};

export const expertSchema = z.strictObject({
  ...expertFields,
  gender: expertFields.gender.default(null),
  title: expertFields.title.default(''),
  fields: tags.default([]),
  languages: tags.default(['普通话']),
  available: expertFields.available.default(true),
  availability: expertFields.availability.default(''),
  publicDisplay: expertFields.publicDisplay.default(false),
  poolIds: expertFields.poolIds.default([]),
  /** the expert agreed to the processing of these personal fields (required) */
  consent: z.literal(true),
});
export type ExpertBody = z.infer<typeof expertSchema>;

export const expertPatchSchema = patchSchema(
  Object.fromEntries(Object.entries(expertFields).map(([k, v]) => [k, v.optional()])) as {
    [K in keyof typeof expertFields]: z.ZodOptional<(typeof expertFields)[K]>;
  },
);
export type ExpertPatch = z.infer<typeof expertPatchSchema>;

export const poolSchema = z.strictObject({
  code: z.string().regex(/^[a-z][a-z0-9_]{1,29}$/),
  name: text(60),
  nameEn: z.string().trim().max(100).default(''),
});

export const expertQuerySchema = z.object({
  pool: z.coerce.number().int().positive().optional(),
  topic: z.enum(expertTopicCodes).optional(),
  area: areaCode.optional(),
});

export const invitationSchema = z.strictObject({
  expertId: id,
  topic: z.enum(expertTopicCodes).nullable().default(null),
  note: z.string().trim().max(500).default(''),
});

/** A decline or a cancellation says why. */
const needsReason = (m: { move?: string; answer?: string; reason: string }) =>
  !(m.move === 'decline' || m.answer === 'decline' || m.move === 'cancel') || m.reason.length > 0;
const reasonRequired = {
  path: ['reason'],
  message: 'a reason is required',
  params: { code: 'exp.reason_required' },
};

/** Staff: cancel, record the expert's answer for them, or confirm delivery (hours and kind of the service). */
export const invitationMoveSchema = z
  .strictObject({
    move: z.enum(invitationMoveNames),
    reason: z.string().trim().max(200).default(''),
    hours: z.number().positive().max(24).default(2),
    kind: z.enum(['lecture', 'consultation']).optional(),
  })
  .refine(needsReason, reasonRequired);
export type InvitationMoveBody = z.infer<typeof invitationMoveSchema>;

/** The expert's own answer on their page. */
export const answerSchema = z
  .strictObject({
    answer: z.enum(['accept', 'decline']),
    reason: z.string().trim().max(200).default(''),
  })
  .refine(needsReason, reasonRequired);

export const serviceSchema = z.strictObject({
  expertId: id,
  kind: z.enum(serviceKinds),
  date: z.iso.date(),
  hours: z.number().positive().max(24),
  activityId: id.nullable().default(null),
  note: z.string().trim().max(500).default(''),
});
export type ServiceBody = z.infer<typeof serviceSchema>;

export const reasonSchema = z.strictObject({ reason: text(200) });
export const purgeSchema = z.strictObject({
  retentionDays: z.number().int().min(30).max(3650).default(1095),
});

// Request bodies and queries of the training routes.
import { z } from 'zod';
import { patchSchema } from '../kernel/patch.ts';
import { targetGroups } from '../services/svc.codes.ts';
import { courseGroups, programmes, sessionModes, sexes, traineeModes } from './trn.codes.ts';

const text = (max: number) => z.string().trim().min(1).max(max);
const count = z.number().int().min(0).max(1_000_000);
const headcount = z.partialRecord(z.enum(targetGroups), count);
const bySex = z.partialRecord(z.enum(sexes), count);
const areaCode = z.string().regex(/^\d{6}(\d{3})?$|^\d{6}Z\d$/);

const courseFields = {
  title: text(100),
  programme: z.enum(programmes),
  taskNumber: z.number().int().min(1).max(999).nullable(),
  organiserUnitId: z.number().int().positive(),
  areaCode,
  topic: z.string().trim().max(200),
  targetGroup: z.enum(courseGroups),
  traineeMode: z.enum(traineeModes),
  headcount,
  bySex: bySex.nullable(),
  completedCount: count.nullable(),
};

export const courseSchema = z.strictObject({
  ...courseFields,
  taskNumber: courseFields.taskNumber.default(null),
  topic: courseFields.topic.default(''),
  headcount: headcount.default({}),
  bySex: courseFields.bySex.default(null),
  completedCount: courseFields.completedCount.default(null),
});
export type CourseBody = z.infer<typeof courseSchema>;

export const coursePatchSchema = patchSchema({
  title: courseFields.title.optional(),
  programme: courseFields.programme.optional(),
  taskNumber: courseFields.taskNumber.optional(),
  organiserUnitId: courseFields.organiserUnitId.optional(),
  areaCode: courseFields.areaCode.optional(),
  topic: courseFields.topic.optional(),
  targetGroup: courseFields.targetGroup.optional(),
  headcount: headcount.optional(),
  bySex: courseFields.bySex.optional(),
  completedCount: courseFields.completedCount.optional(),
});
export type CoursePatch = z.infer<typeof coursePatchSchema>;

const sessionFields = {
  startsOn: z.iso.date(),
  endsOn: z.iso.date(),
  hours: z.number().positive().max(1000),
  place: z.string().trim().max(200),
  mode: z.enum(sessionModes),
};
const endsAfter = {
  path: ['endsOn'],
  message: 'the session ends before it starts',
  params: { code: 'trn.ends_before_start' },
};
export const sessionSchema = z
  .strictObject({ ...sessionFields, place: sessionFields.place.default('') })
  .refine((s) => s.endsOn >= s.startsOn, endsAfter);
export type SessionBody = z.infer<typeof sessionSchema>;
export const sessionPatchSchema = patchSchema({
  startsOn: sessionFields.startsOn.optional(),
  endsOn: sessionFields.endsOn.optional(),
  hours: sessionFields.hours.optional(),
  place: sessionFields.place.optional(),
  mode: sessionFields.mode.optional(),
});
export type SessionPatch = z.infer<typeof sessionPatchSchema>;

export const voidSchema = z.strictObject({ reason: text(200) });

export const traineeSchema = z.strictObject({
  name: text(40),
  unit: z.string().trim().max(100).default(''),
  phone: z
    .string()
    .trim()
    .regex(/^(1\d{10})?$/)
    .default(''),
  targetGroup: z.enum(targetGroups),
  sex: z.enum(sexes).nullable().default(null),
  /** the trainee agreed to be recorded by name (required for a named record) */
  consent: z.literal(true),
});
export type TraineeBody = z.infer<typeof traineeSchema>;
export const traineePatchSchema = patchSchema({
  name: text(40).optional(),
  unit: z.string().trim().max(100).optional(),
  phone: z
    .string()
    .trim()
    .regex(/^(1\d{10})?$/)
    .optional(),
  targetGroup: z.enum(targetGroups).optional(),
  sex: z.enum(sexes).nullable().optional(),
  completed: z.boolean().optional(),
  certificateNo: z.string().trim().max(60).optional(),
});
export type TraineePatch = z.infer<typeof traineePatchSchema>;

export const courseQuerySchema = z.strictObject({
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  programme: z.enum(programmes).optional(),
  unit: z.coerce.number().int().positive().optional(),
  area: areaCode.optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
});
export type CourseQueryInput = z.infer<typeof courseQuerySchema>;

export const summaryQuerySchema = z.strictObject({ year: z.coerce.number().int().min(2000).max(2100) });

export const purgeSchema = z.strictObject({
  retentionDays: z.number().int().min(30).max(3650).default(1095),
});

// Request bodies of the volunteers' routes.
import { z } from 'zod';
import { hourMoves } from './hour.workflow.ts';
import { signupStates, teamLevels } from './vol.codes.ts';

const text = (max: number) => z.string().trim().min(1).max(max);
const tags = z.array(z.string().trim().min(1).max(40)).max(20).default([]);
const instant = z.iso.datetime({ offset: true });
const phone = z.string().regex(/^1\d{10}$/);

export const teamSchema = z.strictObject({
  name: text(100),
  level: z.enum(teamLevels),
  parentId: z.number().int().positive().nullable().default(null),
  areaCode: z.string().regex(/^\d{6}(\d{3})?$/),
  host: z.string().trim().max(100).default(''),
});

export const volunteerRegisterSchema = z.strictObject({
  name: text(40),
  phone,
  birthDate: z.iso.date(),
  teamId: z.number().int().positive().nullable().default(null),
  skills: tags,
  availability: tags,
  guardian: z
    .strictObject({ name: text(40), phone })
    .nullable()
    .default(null),
  /** consent to the processing of the personal data asked for (required) */
  consent: z.literal(true),
  /** a separate consent: the name (masked) may be shown in public lists */
  publicDisplay: z.boolean().default(false),
});
export type VolunteerRegisterBody = z.infer<typeof volunteerRegisterSchema>;

export const opportunitySchema = z
  .strictObject({
    teamId: z.number().int().positive(),
    activityId: z.number().int().positive().nullable().default(null),
    title: text(100),
    role: z.string().trim().max(60).default(''),
    startsAt: instant,
    endsAt: instant,
    slots: z.number().int().min(1).max(10_000),
    skills: tags,
  })
  .refine((o) => o.endsAt > o.startsAt, {
    path: ['endsAt'],
    message: 'the opportunity ends before it starts',
    params: { code: 'vol.ends_before_start' },
  });

export const signupStatusSchema = z.strictObject({ status: z.enum(signupStates) });
export const codeSchema = z.strictObject({
  code: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z2-7]{16}$/),
});

export const hoursEntrySchema = z
  .strictObject({
    volunteerId: z.number().int().positive(),
    opportunityId: z.number().int().positive().nullable().default(null),
    teamId: z.number().int().positive(),
    startedAt: instant,
    endedAt: instant,
    note: z.string().trim().max(200).default(''),
  })
  .refine((h) => h.endedAt > h.startedAt, {
    path: ['endedAt'],
    message: 'the service ends before it starts',
    params: { code: 'vol.ends_before_start' },
  });
export const selfReportSchema = z
  .strictObject({
    opportunityId: z.number().int().positive(),
    startedAt: instant,
    endedAt: instant,
    note: z.string().trim().max(200).default(''),
  })
  .refine((h) => h.endedAt > h.startedAt, {
    path: ['endedAt'],
    message: 'the service ends before it starts',
    params: { code: 'vol.ends_before_start' },
  });

const moveNames = Object.keys(hourMoves) as [keyof typeof hourMoves, ...(keyof typeof hourMoves)[]];
export const hoursMoveSchema = z
  .strictObject({
    ids: z.array(z.number().int().positive()).min(1).max(1000),
    move: z.enum(moveNames),
    reason: z.string().trim().max(200).default(''),
  })
  .refine((m) => !(m.move === 'void' || m.move === 'decline') || m.reason.length > 0, {
    path: ['reason'],
    message: 'a reason is required',
    params: { code: 'vol.reason_required' },
  });

export const starHoursSchema = z.strictObject({
  hours: z
    .array(z.number().positive().max(100_000))
    .length(5)
    .refine((l) => l.every((h, i) => i === 0 || h > (l[i - 1] ?? 0)), {
      message: 'each level needs more hours than the one before',
      params: { code: 'vol.star_hours_order' },
    }),
});

export const certificateSchema = z
  .strictObject({
    volunteerId: z.number().int().positive(),
    teamId: z.number().int().positive(),
    periodFrom: z.iso.date(),
    periodTo: z.iso.date(),
  })
  .refine((c) => c.periodTo >= c.periodFrom, {
    path: ['periodTo'],
    message: 'the period ends before it starts',
    params: { code: 'vol.ends_before_start' },
  });
export const reasonSchema = z.strictObject({ reason: text(200) });
export const certificateNumberSchema = z.object({ number: z.string().regex(/^ZYFW-\d{4}-\d{6}$/) });

// Request bodies of the public services' routes.
import { z } from 'zod';
import { activityMoveNames } from './activity.workflow.ts';
import {
  activityTypes,
  campaignKinds,
  coordSystems,
  mobileKinds,
  targetGroups,
  venueAccessibility,
  venueAudiences,
  venueCategories,
  venueLevels,
  venueStatuses,
} from './svc.codes.ts';

const text = (max: number) => z.string().trim().min(1).max(max);
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const instant = z.iso.datetime({ offset: true });
const area = z.string().regex(/^\d{6}(\d{3})?$/);
const group = z.enum(targetGroups);
export const coordinatesSchema = z.strictObject({
  lng: z.number().min(73).max(136),
  lat: z.number().min(3).max(54),
  /** which system the numbers are in: GCJ-02 (Chinese web maps) or WGS-84 (GPS) */
  system: z.enum(coordSystems),
});

const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/);
export const weeklyPeriodSchema = z
  .strictObject({
    days: z.array(z.number().int().min(1).max(7)).min(1).max(7),
    opens: clock,
    closes: clock,
  })
  .refine((p) => p.opens < p.closes, {
    path: ['closes'],
    message: 'a period closes after it opens',
    params: { code: 'svc.venue.closes_before_opens' },
  });

export const campaignSchema = z
  .strictObject({
    name: text(100),
    kind: z.enum(campaignKinds),
    startsOn: day,
    endsOn: day,
    themes: z.string().trim().max(500).default(''),
  })
  .refine((c) => c.endsOn >= c.startsOn, {
    path: ['endsOn'],
    message: 'the campaign ends before it starts',
    params: { code: 'svc.campaign.ends_before_start' },
  });

const sessionSchema = z
  .strictObject({ startsAt: instant, endsAt: instant, capacity: z.number().int().min(0).max(100_000) })
  .refine((s) => Date.parse(s.endsAt) > Date.parse(s.startsAt), {
    path: ['endsAt'],
    message: 'a session ends after it starts',
    params: { code: 'svc.session.ends_before_start' },
  });
const fieldSchema = z.strictObject({
  key: z.string().regex(/^[a-z][a-z0-9_]{0,30}$/),
  label: text(60),
  personal: z.boolean(),
  required: z.boolean().default(false),
});

export const activitySchema = z.strictObject({
  title: text(120),
  campaignId: z.number().int().positive().nullable().default(null),
  /** the organising plan unit; a liaison's own unit when absent */
  organiserUnitId: z.number().int().positive().nullable().optional(),
  organiser: text(100),
  areaCode: area,
  venueId: z.number().int().positive().nullable().default(null),
  address: z.string().trim().max(200).default(''),
  coordinates: coordinatesSchema.nullable().default(null),
  type: z.enum(activityTypes),
  targetGroups: z.array(group).min(1).max(6),
  mode: z.enum(['online', 'offline']),
  description: z.string().trim().max(4000).default(''),
  sessions: z.array(sessionSchema).min(1).max(50),
  form: z.array(fieldSchema).max(20).default([]),
  /** days after the activity that personal answers are kept */
  retentionDays: z.number().int().min(1).max(3650).default(180),
});
export type ActivityBody = z.infer<typeof activitySchema>;

const summarySchema = z.strictObject({
  headcount: z.partialRecord(group, z.number().int().min(0).max(10_000_000)),
  evidence: z.array(text(300)).max(20).default([]),
  mediaLinks: z.array(z.url().max(500)).max(20).default([]),
  note: z.string().trim().max(2000).default(''),
});
export type SummaryBody = z.infer<typeof summarySchema>;
export const moveSchema = z.strictObject({
  move: z.enum(activityMoveNames as [string, ...string[]]),
  note: z.string().trim().max(1000).optional(),
  summary: summarySchema.optional(),
});
export type MoveBody = z.infer<typeof moveSchema>;

export const publicQuerySchema = z.strictObject({
  area: area.optional(),
  from: day.optional(),
  to: day.optional(),
  campaign: z.coerce.number().int().positive().optional(),
  audience: group.optional(),
  q: z.string().trim().max(50).optional(),
});

export const registerSchema = z.strictObject({
  sessionId: z.number().int().positive(),
  name: text(40),
  phone: z.string().regex(/^1\d{10}$/),
  targetGroup: group,
  /** children coming with the person registering: each takes a seat */
  minors: z.number().int().min(0).max(5).default(0),
  answers: z.record(z.string(), z.string().max(200)).default({}),
});
export type RegisterBody = z.infer<typeof registerSchema>;

const token = z.string().regex(/^[A-Z2-7]{16}$/);
const rating = z.number().int().min(1).max(5);
/** The satisfaction survey after an activity: no name, no phone; a ticket's token only to answer once per ticket. */
export const feedbackSchema = z.strictObject({
  token: token.optional(),
  overall: rating,
  content: rating,
  organisation: rating,
  recommend: z.boolean().nullable().default(null),
  comment: z.string().trim().max(500).default(''),
});
export type FeedbackBody = z.infer<typeof feedbackSchema>;
export const scanSchema = z.strictObject({
  nonce: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/),
  token,
  scannedAt: instant,
});
export const scanBatchSchema = z.strictObject({ scans: z.array(scanSchema).min(1).max(5000) });
export const walkInSchema = z.strictObject({
  counts: z.partialRecord(group, z.number().int().min(0).max(100_000)),
  /** Set by the offline check-in app, so a count queued offline and sent twice is counted once. */
  nonce: scanSchema.shape.nonce.optional(),
  countedAt: instant.optional(),
});
export const selfCheckInSchema = z.strictObject({
  nonce: scanSchema.shape.nonce,
  targetGroup: group,
  minors: z.number().int().min(0).max(10).default(0),
});
export const voidSchema = z.strictObject({ reason: text(500) });

export const mobileUnitSchema = z.strictObject({
  name: text(100),
  kind: z.enum(mobileKinds),
  hostUnitId: z.number().int().positive().nullable().default(null),
  areaCode: area,
});
export const tourStopSchema = z
  .strictObject({
    site: text(100),
    areaCode: area,
    address: z.string().trim().max(200).default(''),
    coordinates: coordinatesSchema.nullable().default(null),
    startsOn: day,
    endsOn: day,
    campaignId: z.number().int().positive().nullable().default(null),
  })
  .refine((s) => s.endsOn >= s.startsOn, {
    path: ['endsOn'],
    message: 'ends before it starts',
    params: { code: 'svc.stop.ends_before_start' },
  });
export type TourStopBody = z.infer<typeof tourStopSchema>;
/** What a stop drew: visitors by group (at least one), activities held there, kilometres driven to it. */
export const stopReportSchema = z
  .strictObject({
    headcount: z.partialRecord(group, z.number().int().min(0).max(1_000_000)),
    activities: z.number().int().min(0).max(10_000),
    km: z.number().min(0).max(100_000),
  })
  .refine((r) => Object.values(r.headcount).some((n) => (n ?? 0) > 0), {
    path: ['headcount'],
    message: 'no visitors',
    params: { code: 'svc.stop.headcount_missing' },
  });
export type StopReportBody = z.infer<typeof stopReportSchema>;

export const ledgerQuerySchema = z.strictObject({
  year: z.coerce.number().int().min(2000).max(2100),
  area: area.optional(),
  campaign: z.coerce.number().int().positive().optional(),
});

export const venueSchema = z.strictObject({
  name: text(100),
  level: z.enum(venueLevels),
  category: z.enum(venueCategories),
  hostUnitId: z.number().int().positive().nullable().default(null),
  areaCode: area,
  address: text(200),
  coordinates: coordinatesSchema.nullable().default(null),
  openingHours: z.string().trim().max(200).default(''),
  weeklyHours: z.array(weeklyPeriodSchema).max(14).default([]),
  accessibility: z.array(z.enum(venueAccessibility)).max(5).default([]),
  audiences: z.array(z.enum(venueAudiences)).max(5).default([]),
  bookable: z.boolean().default(false),
  batch: z.string().trim().max(40).nullable().default(null),
  validUntil: day.nullable().default(null),
});
export const venueStatusSchema = z.strictObject({
  status: z.enum(venueStatuses),
  reason: text(500),
  documentNo: z.string().trim().max(60).nullable().default(null),
  batch: z.string().trim().max(40).nullable().optional(),
  validUntil: day.nullable().optional(),
});
export const slotsSchema = z.strictObject({ slots: z.array(sessionSchema).min(1).max(200) });
export const bookingSchema = z.strictObject({
  slotId: z.number().int().positive(),
  groupName: text(100),
  contact: text(60),
  size: z.number().int().min(1).max(500),
  targetGroup: group,
});
export const visitSchema = z.strictObject({ targetGroup: group, count: z.number().int().min(1).max(10_000) });
export const venueQuerySchema = z.strictObject({
  level: z.enum(venueLevels).optional(),
  category: z.enum(venueCategories).optional(),
  audience: z.enum(venueAudiences).optional(),
  bookable: z.enum(['true', 'false']).optional(),
  /** only venues open at this moment (by their weekly hours) */
  open: z.enum(['true']).optional(),
});

export const prefillApplySchema = z.strictObject({
  cells: z
    .array(
      z.strictObject({
        item: z.string().min(1).max(20),
        option: z.string().max(20),
        value: z.number().min(0).nullable(),
        reason: z.string().trim().max(500).optional(),
      }),
    )
    .min(1)
    .max(200),
});
export type PrefillApplyBody = z.infer<typeof prefillApplySchema>;

const scoreValue = z.number().min(0).max(10_000_000);
export const venueReportSchema = z.strictObject({
  values: z.record(z.string().regex(/^[a-zA-Z]\w{0,39}$/), scoreValue),
  note: z.string().trim().max(1000).default(''),
});
export const venueReviewSchema = z.strictObject({
  points: z.record(z.string().regex(/^[a-zA-Z]\w{0,39}$/), z.number().min(0).max(100)),
  comment: text(1000),
});
const words = (max: number) => z.strictObject({ zh: text(max), en: text(max) });
export const scorecardSchema = z.strictObject({
  items: z
    .array(
      z.strictObject({
        key: z.string().regex(/^[a-zA-Z]\w{0,39}$/),
        label: words(60),
        unit: words(20),
        points: z.number().positive().max(100),
        fullAt: z.number().positive().max(10_000_000),
      }),
    )
    .min(1)
    .max(30),
  grades: z
    .array(z.strictObject({ min: z.number().min(0).max(100), label: words(20) }))
    .min(1)
    .max(10)
    .refine(
      (g) => g.every((x, i) => i === 0 || x.min < (g[i - 1] as { min: number }).min) && g.at(-1)?.min === 0,
      {
        message: 'grades go from the highest minimum down to 0',
        params: { code: 'svc.scorecard.grades_order' },
      },
    ),
});
/** An on-site check of a venue: the day, what was seen, and each finding with its deadline (owned by the host unit). */
export const venueCheckSchema = z.strictObject({
  heldOn: day,
  summary: z.string().trim().max(5000).default(''),
  findings: z
    .array(z.strictObject({ finding: text(2000), deadline: day }))
    .max(50)
    .default([]),
});

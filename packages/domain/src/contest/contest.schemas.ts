// Request bodies of the contest's routes.
import { z } from 'zod';
import { targetGroups } from '../services/svc.codes.ts';
import {
  boardKinds,
  contestModes,
  difficulties,
  flagDecisions,
  itemKinds,
  itemReviews,
} from './contest.codes.ts';

const text = (max: number) => z.string().trim().min(1).max(max);
const instant = z.iso.datetime({ offset: true });
/** GB/T 2260 codes, and the local zones below them (211100Z1) */
const area = z.string().regex(/^\d{6}([0-9A-Z]{1,6})?$/);
const groups = z.array(z.enum(targetGroups)).min(1);

export const itemSchema = z
  .strictObject({
    kind: z.enum(itemKinds),
    stem: text(500),
    options: z.array(text(200)).min(2).max(6),
    answer: z.array(z.number().int().min(0).max(5)).min(1),
    topic: text(40),
    difficulty: z.enum(difficulties),
    targetGroups: groups,
    explanation: z.string().trim().max(1000).default(''),
    /** an uploaded image (POST /api/contest/images) and its alt text, which is required */
    image: z
      .strictObject({ id: z.number().int().positive(), alt: text(200) })
      .nullable()
      .default(null),
  })
  .refine((i) => i.answer.every((a) => a < i.options.length), {
    path: ['answer'],
    message: 'an answer points past the options',
    params: { code: 'contest.item.answer_out_of_range' },
  })
  .refine((i) => i.kind === 'multiple' || i.answer.length === 1, {
    path: ['answer'],
    message: 'a single-choice or true/false item has one answer',
    params: { code: 'contest.item.one_answer' },
  })
  .refine((i) => i.kind !== 'truefalse' || i.options.length === 2, {
    path: ['options'],
    message: 'a true/false item has two options',
    params: { code: 'contest.item.two_options' },
  });
export type ItemBody = z.infer<typeof itemSchema>;

/** The bank's filters (all optional): review state, topic, kind, difficulty, target group, words in the stem. */
export const itemQuerySchema = z.strictObject({
  review: z.enum(itemReviews).optional(),
  topic: z.string().trim().max(40).optional(),
  kind: z.enum(itemKinds).optional(),
  difficulty: z.enum(difficulties).optional(),
  group: z.enum(targetGroups).optional(),
  q: z.string().trim().max(100).optional(),
});
export type ItemQuery = z.infer<typeof itemQuerySchema>;

export const itemReviewSchema = z.strictObject({ review: z.enum(itemReviews) });
export const itemReportSchema = z.strictObject({ note: text(500) });

const ruleSchema = z.strictObject({
  topic: text(40).optional(),
  difficulty: z.enum(difficulties).optional(),
  count: z.number().int().min(1).max(50),
});
const points = z.number().int().min(0).max(100);

export const contestSchema = z
  .strictObject({
    title: text(100),
    mode: z.enum(contestModes),
    opensAt: instant,
    closesAt: instant,
    timeLimit: z.number().int().min(30).max(7200).nullable().default(null),
    attemptCap: z.number().int().min(1).max(100).default(1),
    areaCode: area,
    targetGroups: groups,
    rules: z.array(ruleSchema).min(1).max(20),
    scoring: z
      .strictObject({
        points: z.strictObject({ easy: points, medium: points, hard: points }),
        partial: z.number().min(0).max(1),
        speedBonus: z
          .strictObject({
            bonusPoints: z.number().int().min(1).max(50),
            bonusSeconds: z.number().int().min(10).max(7200).nullable().default(null),
          })
          .nullable()
          .default(null),
      })
      .default({ points: { easy: 5, medium: 10, hard: 15 }, partial: 0.5, speedBonus: null }),
    teamMode: z.boolean().default(false),
  })
  .refine((c) => Date.parse(c.closesAt) > Date.parse(c.opensAt), {
    path: ['closesAt'],
    message: 'the contest closes before it opens',
    params: { code: 'contest.closes_before_open' },
  })
  .refine((c) => (c.mode === 'timed') === (c.timeLimit !== null), {
    path: ['timeLimit'],
    message: 'a timed round has a time limit; the other modes have none',
    params: { code: 'contest.time_limit' },
  })
  .refine((c) => c.mode !== 'untimed' || !c.scoring.speedBonus, {
    path: ['scoring', 'speedBonus'],
    message: 'an untimed contest has no speed bonus',
    params: { code: 'contest.speed_bonus_untimed' },
  })
  .refine((c) => c.mode !== 'daily' || !c.scoring.speedBonus || c.scoring.speedBonus.bonusSeconds !== null, {
    path: ['scoring', 'speedBonus', 'bonusSeconds'],
    message: 'a daily practice has no time limit: the bonus needs its own seconds',
    params: { code: 'contest.speed_bonus_seconds' },
  });
export type ContestBody = z.infer<typeof contestSchema>;

export const startSchema = z.strictObject({
  name: text(40),
  phone: z.string().regex(/^1\d{10}$/),
  unit: z.string().trim().max(100).default(''),
  areaCode: area,
  targetGroup: z.enum(targetGroups),
  /** a random id the player's browser keeps (localStorage); many players from one device are flagged */
  device: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/),
  /** a team contest: the team chosen from the list, or its code */
  teamId: z.number().int().positive().optional(),
  teamCode: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z0-9]{6}$/)
    .optional(),
});
export type StartBody = z.infer<typeof startSchema>;

export const submitSchema = z.strictObject({
  /** one list of option indexes per item, in the paper's order ([] = not answered) */
  answers: z.array(z.array(z.number().int().min(0).max(5)).max(6)).max(200),
});
export type SubmitBody = z.infer<typeof submitSchema>;

export const teamSchema = z.strictObject({
  name: text(60),
  unit: z.string().trim().max(100).default(''),
  areaCode: area,
});
export type TeamBody = z.infer<typeof teamSchema>;

export const boardQuerySchema = z.strictObject({ by: z.enum(boardKinds).default('person') });
export const flagDecisionSchema = z.strictObject({ decision: z.enum(flagDecisions), note: text(500) });

// A sample design as the office enters it (zod schema of the request body) and what it gives: the interviews and
// PSUs per district, and the PSUs selected from a frame. Pure: the caller stores the plan and the selection.
import { z } from 'zod';
import { validationError } from '../validation.ts';
import { allocate, type FrameUnit, ppsSystematic, type SelectedPsu, sampleSize } from './design.ts';

const share = z.number().gt(0).lt(1);
export const designPlanSchema = z
  .strictObject({
    /** Precision wanted for the city: expected share, half-width, level, design effect, response rate. */
    share,
    margin: share,
    level: share.default(0.95),
    deff: z.number().positive().finite().default(1),
    responseRate: z.number().gt(0).lte(1).default(1),
    /** Completed interviews; omitted = the size the precision needs. */
    interviews: z.int().positive().optional(),
    allocation: z.discriminatedUnion('method', [
      z.strictObject({ method: z.literal('proportional') }),
      z.strictObject({ method: z.literal('equal') }),
      z.strictObject({ method: z.literal('neyman'), share }),
      z.strictObject({ method: z.literal('power'), exponent: z.number().min(0).max(1) }),
    ]),
    /** People issued per PSU. */
    perPsu: z.int().positive().max(500),
    districts: z
      .array(
        z.strictObject({
          district: z.string().regex(/^\d{6}$/),
          population: z.int().positive(),
          share: share.optional(),
        }),
      )
      .min(1),
  })
  .superRefine((p, ctx) => {
    const seen = new Set<string>();
    p.districts.forEach((d, i) => {
      if (seen.has(d.district))
        ctx.addIssue({
          code: 'custom',
          path: ['districts', i, 'district'],
          message: `district ${d.district} appears twice`,
          params: { code: 'survey.duplicate_district', district: d.district },
        });
      seen.add(d.district);
    });
  });
export type DesignPlanInput = z.input<typeof designPlanSchema>;
export type DesignPlan = z.output<typeof designPlanSchema>;

export function parseDesignPlan(data: unknown): DesignPlan {
  const parsed = designPlanSchema.safeParse(data);
  if (!parsed.success) throw validationError('survey.design_invalid', parsed.error.issues);
  return parsed.data;
}

export interface DistrictPlan {
  district: string;
  /** Completed interviews wanted, the sample to issue, and the PSUs to select (issued / per PSU, rounded up). */
  interviews: number;
  issued: number;
  psus: number;
}

/** Interviews for the precision (or as given), allocated to the districts; issued sample and PSUs per district. */
export function planDesign(plan: DesignPlan): { interviews: number; districts: DistrictPlan[] } {
  const population = plan.districts.reduce((s, d) => s + d.population, 0);
  const interviews = plan.interviews ?? sampleSize(plan, population).n;
  const districts = allocate(interviews, plan.districts, plan.allocation).map(({ district, n }) => {
    const issued = Math.ceil(n / plan.responseRate);
    return { district, interviews: n, issued, psus: Math.ceil(issued / plan.perPsu) };
  });
  return { interviews, districts };
}

/**
 * PSUs of every district by PPS systematic selection from its frame, each district from its own seed (seed + its
 * position), so adding a district does not change the others' selection.
 */
export function selectPsus(
  planned: readonly DistrictPlan[],
  frames: ReadonlyMap<string, readonly FrameUnit[]>,
  seed: number,
): Map<string, SelectedPsu[]> {
  return new Map(
    planned.map((d, i) => {
      const frame = frames.get(d.district) ?? [];
      return [d.district, ppsSystematic(frame, Math.min(d.psus, frame.length), seed + i)];
    }),
  );
}

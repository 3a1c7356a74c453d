// Request bodies of the jurisdiction routes; refinements name their error codes.
import { z } from 'zod';

export const jurisdictionCodeSchema = z.string().regex(/^\d{6}$/, { error: 'a six-digit GB/T 2260 code' });

export const chooseJurisdictionSchema = z.strictObject({ code: jurisdictionCodeSchema });

export const linkPlanSchema = z.strictObject({
  implementsPlanId: z.number().int().positive().nullable(),
});

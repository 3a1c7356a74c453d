// Path and query parameters every capability's routes share, written once.
import { z } from 'zod';

/** A database id in a path or query: a positive 32-bit integer. */
export const idParam = z.coerce.number().int().positive().max(2_147_483_647);
export const idParams = z.object({ id: idParam });
/** A ticket's or a group booking's token: 16 base32 letters. */
export const tokenParams = z.object({ token: z.string().regex(/^[A-Z2-7]{16}$/) });
/** A calendar year the platform keeps figures for. */
export const yearParam = z.coerce.number().int().min(2000).max(2100);
export const yearParams = z.object({ year: yearParam });
export const planParam = z.union([z.literal('current'), idParam]);

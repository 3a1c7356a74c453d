// Request bodies of the office's volunteer settings: the national platforms' column mapping and the retention per
// personal field.
import { z } from 'zod';
import { exportFields, exportFiles } from './national-export.ts';
import { personalFields } from './retention.use-cases.ts';

const columns = (fields: readonly string[]) =>
  z
    .array(
      z.strictObject({
        header: z.string().trim().min(1).max(60),
        field: z.enum(fields as [string, ...string[]]),
      }),
    )
    .min(1)
    .max(40)
    .refine((l) => new Set(l.map((c) => c.header)).size === l.length, {
      message: 'each header once',
      params: { code: 'vol.export.header_twice' },
    });

export const nationalMappingSchema = z.strictObject({
  volunteers: columns(Object.keys(exportFields.volunteers)),
  hours: columns(Object.keys(exportFields.hours)),
});
export const exportFileParams = z.object({ file: z.enum(exportFiles) });

export const fieldRetentionSchema = z.strictObject(
  Object.fromEntries(personalFields.map((f) => [f, z.number().int().min(30).max(3650)])) as Record<
    (typeof personalFields)[number],
    z.ZodNumber
  >,
);

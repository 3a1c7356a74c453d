// The exchange format of a plan outline (kepu-outline/1): what `kepu plan import` reads and `plan export` writes.
import { z } from 'zod';

export const groupKinds = ['action', 'project', 'measure'] as const;
export type GroupKind = (typeof groupKinds)[number];

// a unit's name is one line: a line break or another control character in it is a mistake of the file (and YAML's
// quoted flow sequences do not keep every such string)
const unitName = z
  .string()
  .trim()
  .min(1, 'unit name must not be empty')
  .max(80)
  .regex(/^[^\u0000-\u001f\u007f]*$/, 'a unit name is one line, without tabs or control characters');
/** Numbers are stored as 32-bit integers; a larger one is refused here, where the message can name its place. */
const ordinal = z.number().int().positive().max(2_147_483_647);
const year = z.number().int().min(1949).max(2100);
const isoDate = z
  .string()
  .refine((s) => /^\d{4}-\d{2}-\d{2}$/.test(s), {
    message: 'dates are written YYYY-MM-DD',
    params: { code: 'plan.outline.date_format' },
  })
  .refine((s) => !Number.isNaN(Date.parse(s)) && new Date(s).toISOString().startsWith(s), {
    message: 'no such date',
    params: { code: 'plan.outline.no_such_date' },
  });

export const outlineGroupSchema = z.strictObject({
  /** Ordinal inside its kind as written: (一) → 1. */
  number: ordinal,
  title: z.string().trim().min(1).max(200),
  kind: z.enum(groupKinds),
  /** Lead units (牵头单位) for actions and projects; the responsible units for a guarantee measure. */
  leadUnits: z.array(unitName),
  taskNumbers: z.array(ordinal),
  /** Free text of the group (a measure's whole paragraph; an action's preamble, if any). */
  text: z.string().default(''),
});

export const outlineTaskSchema = z.strictObject({
  number: ordinal,
  title: z.string().trim().min(1).max(300),
  text: z.string().trim().min(1),
  responsibleUnits: z.array(unitName).min(1, 'a task needs at least one responsible unit'),
});

export const outlineTargetSchema = z.strictObject({
  indicator: z.string().trim().min(1).max(60),
  year,
  value: z.number().finite(),
  /** '=' observed or reached exactly, '>' over, '>=' at least. */
  comparator: z.enum(['=', '>', '>=']),
  kind: z.enum(['baseline', 'target']),
  unit: z.string().default('%'),
});

export const outlineSectionSchema = z.strictObject({
  number: ordinal,
  title: z.string().trim().min(1).max(200),
  text: z.string(),
});

export const outlineSchema = z
  .strictObject({
    format: z.literal('kepu-outline/1'),
    jurisdiction: z.strictObject({
      code: z
        .string({ error: 'write the GB/T 2260 code as a quoted string, e.g. "211100"' })
        .refine((s) => /^\d{6}$/.test(s), {
          message: 'a GB/T 2260 code has six digits',
          params: { code: 'plan.outline.jurisdiction_code_format' },
        }),
      name: z.string().trim().min(1),
    }),
    title: z.string().trim().min(1).max(300),
    documentNumber: z.string().default(''),
    issuedOn: isoDate.optional(),
    period: z.strictObject({ start: year, end: year }),
    sections: z.array(outlineSectionSchema),
    groups: z.array(outlineGroupSchema).min(1),
    tasks: z.array(outlineTaskSchema).min(1),
    targets: z.array(outlineTargetSchema),
  })
  .superRefine((doc, ctx) => {
    const sectionNumbers = new Set<number>();
    doc.sections.forEach((s, i) => {
      if (sectionNumbers.has(s.number))
        ctx.addIssue({
          code: 'custom',
          path: ['sections', i, 'number'],
          message: `section number ${s.number} appears twice`,
          params: { code: 'plan.outline.section_number_repeated', number: s.number },
        });
      sectionNumbers.add(s.number);
    });
    const seen = new Set<number>();
    doc.tasks.forEach((t, i) => {
      if (seen.has(t.number))
        ctx.addIssue({
          code: 'custom',
          path: ['tasks', i, 'number'],
          message: `task number ${t.number} appears twice`,
          params: { code: 'plan.outline.task_number_repeated', number: t.number },
        });
      seen.add(t.number);
    });
    // Each task sits in exactly one group: the plan is shown, and units are matched, group by group.
    const groupOf = new Map<number, number>();
    doc.groups.forEach((g, i) => {
      g.taskNumbers.forEach((n, j) => {
        const path = ['groups', i, 'taskNumbers', j];
        const other = groupOf.get(n);
        if (!seen.has(n))
          ctx.addIssue({
            code: 'custom',
            path,
            message: `task ${n} is not in tasks`,
            params: { code: 'plan.outline.task_not_in_tasks', task: n },
          });
        else if (other !== undefined)
          ctx.addIssue({
            code: 'custom',
            path,
            message: `task ${n} is already in groups[${other}]`,
            params: { code: 'plan.outline.task_in_two_groups', task: n, group: other },
          });
        groupOf.set(n, other ?? i);
      });
    });
    // A unit listed twice would be stored once, and the export would then differ from the import.
    const once = (names: string[], path: (string | number)[]) =>
      names.forEach((name, j) => {
        if (names.indexOf(name) !== j)
          ctx.addIssue({
            code: 'custom',
            path: [...path, j],
            message: `unit "${name}" is listed twice`,
            params: { code: 'plan.outline.unit_repeated', unit: name },
          });
      });
    doc.groups.forEach((g, i) => {
      once(g.leadUnits, ['groups', i, 'leadUnits']);
      const first = doc.groups.findIndex((h) => h.kind === g.kind && h.number === g.number);
      if (first !== i)
        ctx.addIssue({
          code: 'custom',
          path: ['groups', i, 'number'],
          message: `${g.kind} ${g.number} is already groups[${first}]`,
          params: { code: 'plan.outline.group_repeated', kind: g.kind, number: g.number, group: first },
        });
    });
    doc.tasks.forEach((t, i) => {
      once(t.responsibleUnits, ['tasks', i, 'responsibleUnits']);
      if (seen.has(t.number) && !groupOf.has(t.number))
        ctx.addIssue({
          code: 'custom',
          path: ['tasks', i, 'number'],
          message: `task ${t.number} is in no group's taskNumbers`,
          params: { code: 'plan.outline.task_in_no_group', task: t.number },
        });
    });
    if (doc.period.end < doc.period.start)
      ctx.addIssue({
        code: 'custom',
        path: ['period', 'end'],
        message: 'the period ends before it starts',
        params: { code: 'plan.outline.period_reversed', start: doc.period.start, end: doc.period.end },
      });
  });

export type Outline = z.infer<typeof outlineSchema>;
export type OutlineGroup = z.infer<typeof outlineGroupSchema>;
export type OutlineTask = z.infer<typeof outlineTaskSchema>;
export type OutlineTarget = z.infer<typeof outlineTargetSchema>;
export type OutlineSection = z.infer<typeof outlineSectionSchema>;

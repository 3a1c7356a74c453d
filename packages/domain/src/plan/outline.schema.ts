// The exchange format of a plan outline (kepu-outline/1): what `kepu plan import` reads and `plan export` writes.
import { z } from 'zod';
import {
  addCrossIssues,
  type CrossIssue,
  crossIssue,
  list,
  numbersOnce,
  onceEach,
  periodInOrder,
} from './outline-cross.ts';

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

export const outlineBaseSchema = z.strictObject({
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
});

/** Rules across fields (read leniently, so they are reported together with the field problems). */
export function outline1CrossIssues(doc: unknown): CrossIssue[] {
  const out: CrossIssue[] = [];
  const d = (doc ?? {}) as Record<string, unknown>;
  out.push(...numbersOnce(d.sections, 'sections', 'section'), ...numbersOnce(d.tasks, 'tasks', 'task'));
  const seen = new Set(list(d.tasks).map((t) => t.number));
  // Each task sits in exactly one group: the plan is shown, and units are matched, group by group.
  const groupOf = new Map<number, number>();
  const groups = list(d.groups);
  groups.forEach((g, i) => {
    (Array.isArray(g.taskNumbers) ? g.taskNumbers : []).forEach((n: unknown, j: number) => {
      if (typeof n !== 'number') return;
      const path = ['groups', i, 'taskNumbers', j];
      const other = groupOf.get(n);
      if (!seen.has(n))
        out.push(
          crossIssue(path, 'plan.outline.task_not_in_tasks', `task ${n} is not in tasks`, { task: n }),
        );
      else if (other !== undefined)
        out.push(
          crossIssue(path, 'plan.outline.task_in_two_groups', `task ${n} is already in groups[${other}]`, {
            task: n,
            group: other,
          }),
        );
      groupOf.set(n, other ?? i);
    });
  });
  groups.forEach((g, i) => {
    out.push(...onceEach(g.leadUnits, ['groups', i, 'leadUnits']));
    if (typeof g.number !== 'number') return;
    const first = groups.findIndex((h) => h.kind === g.kind && h.number === g.number);
    if (first !== i)
      out.push(
        crossIssue(
          ['groups', i, 'number'],
          'plan.outline.group_repeated',
          `${String(g.kind)} ${g.number} is already groups[${first}]`,
          { kind: String(g.kind), number: g.number, group: first },
        ),
      );
  });
  list(d.tasks).forEach((t, i) => {
    out.push(...onceEach(t.responsibleUnits, ['tasks', i, 'responsibleUnits']));
    if (typeof t.number === 'number' && seen.has(t.number) && !groupOf.has(t.number))
      out.push(
        crossIssue(
          ['tasks', i, 'number'],
          'plan.outline.task_in_no_group',
          `task ${t.number} is in no group's taskNumbers`,
          { task: t.number },
        ),
      );
  });
  out.push(...periodInOrder(d.period));
  return out;
}

export const outlineSchema = outlineBaseSchema.superRefine(addCrossIssues(outline1CrossIssues));

export type Outline = z.infer<typeof outlineSchema>;
export type OutlineGroup = z.infer<typeof outlineGroupSchema>;
export type OutlineTask = z.infer<typeof outlineTaskSchema>;
export type OutlineTarget = z.infer<typeof outlineTargetSchema>;
export type OutlineSection = z.infer<typeof outlineSectionSchema>;

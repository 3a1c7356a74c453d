// kepu-outline/2: what outlines say (optional numbers and units, tasks inside their group, mixed sections, free section
// kinds, comparators and qualitative targets, baselines with their sentence, the preamble). /1 is read and upgraded.
import { z } from 'zod';
import { groupKinds } from './outline.schema.ts';
import {
  addCrossIssues,
  type CrossIssue,
  crossIssue,
  list,
  numbersOnce,
  onceEach,
  periodInOrder,
} from './outline-cross.ts';

export const OUTLINE_V2 = 'kepu-outline/2';
export const comparators = ['=', '>', '>=', '<', '<=', '≈', 'qualitative'] as const;
export type Comparator = (typeof comparators)[number];

const unitName = z
  .string()
  .trim()
  .min(1, 'unit name must not be empty')
  .max(80)
  .regex(/^[^\u0000-\u001f\u007f]*$/, 'a unit name is one line, without tabs or control characters');
const ordinal = z.number().int().positive().max(2_147_483_647);
const year = z.number().int().min(1949).max(2100);
const isoDate = z
  .string()
  .refine((s) => /^\d{4}-\d{2}-\d{2}$/.test(s) && new Date(s).toISOString?.().startsWith(s), {
    message: 'dates are written YYYY-MM-DD and must exist',
    params: { code: 'plan.outline.date_format' },
  });

export const outline2TaskSchema = z.strictObject({
  /** As written; absent for a "——" item. Numbers restart in each group. */
  number: ordinal.optional(),
  title: z.string().trim().min(1).max(300),
  text: z.string().trim().min(1),
  /** 责任单位 as written; may be empty when the document names none. */
  responsibleUnits: z.array(unitName).default([]),
});

export const outline2GroupSchema = z.strictObject({
  /** The section (by its number) the group is written in. */
  section: ordinal.optional(),
  number: ordinal.optional(),
  title: z.string().trim().min(1).max(200),
  kind: z.enum(groupKinds),
  leadUnits: z.array(unitName).default([]),
  text: z.string().default(''),
  tasks: z.array(outline2TaskSchema).default([]),
});

export const outline2TargetSchema = z.strictObject({
  indicator: z.string().trim().min(1).max(60),
  year,
  kind: z.enum(['baseline', 'target']),
  /** `≈` 左右; `qualitative` a goal without a number (its words in `text`). */
  comparator: z.enum(comparators),
  value: z.number().finite().optional(),
  unit: z.string().default('%'),
  /** The qualitative goal's words, e.g. 走在全国前列. */
  text: z.string().default(''),
  /** The sentence the value was read from, verbatim. */
  source: z.string().default(''),
});

export const outline2SectionSchema = z.strictObject({
  number: ordinal,
  title: z.string().trim().min(1).max(200),
  /** Free words for what the section is: 组织实施, 保障措施, 重点任务 … */
  kind: z.string().trim().max(40).optional(),
  text: z.string().default(''),
});

export const outline2BaseSchema = z.strictObject({
  format: z.literal(OUTLINE_V2),
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
  /** 文号 verbatim, spaces included (朝政办字 〔2022〕 31号). */
  documentNumber: z.string().default(''),
  issuedOn: isoDate.optional(),
  period: z.strictObject({ start: year, end: year }),
  /** The text between the title and the first section (and the covering notice), verbatim. */
  preamble: z.string().default(''),
  sections: z.array(outline2SectionSchema),
  groups: z.array(outline2GroupSchema).min(1),
  targets: z.array(outline2TargetSchema),
});

/** Rules across fields, read from whatever shape the document has, so they are reported with the field problems. */
export function outline2CrossIssues(doc: unknown): CrossIssue[] {
  const out: CrossIssue[] = [];
  const d = (doc ?? {}) as Record<string, unknown>;
  out.push(...numbersOnce(d.sections, 'sections', 'section'));
  const sectionNumbers = new Set(list(d.sections).map((s) => s.number));
  const seenGroups = new Map<string, number>();
  list(d.groups).forEach((g, i) => {
    if (typeof g.section === 'number' && !sectionNumbers.has(g.section))
      out.push(
        crossIssue(
          ['groups', i, 'section'],
          'plan.outline.no_such_section',
          `section ${g.section} is not in sections`,
          { number: g.section },
        ),
      );
    if (typeof g.number === 'number') {
      const key = `${String(g.section)}:${String(g.kind)}:${g.number}`;
      const first = seenGroups.get(key);
      if (first !== undefined)
        out.push(
          crossIssue(
            ['groups', i, 'number'],
            'plan.outline.group_repeated',
            `${String(g.kind)} ${g.number} is already groups[${first}]`,
            { kind: String(g.kind), number: g.number, group: first },
          ),
        );
      else seenGroups.set(key, i);
    }
    out.push(...onceEach(g.leadUnits, ['groups', i, 'leadUnits']));
    const taskNumbers = new Set<number>();
    list(g.tasks).forEach((t, j) => {
      out.push(...onceEach(t.responsibleUnits, ['groups', i, 'tasks', j, 'responsibleUnits']));
      if (typeof t.number !== 'number') return;
      if (taskNumbers.has(t.number))
        out.push(
          crossIssue(
            ['groups', i, 'tasks', j, 'number'],
            'plan.outline.task_number_repeated',
            `task number ${t.number} appears twice in this group`,
            { number: t.number },
          ),
        );
      taskNumbers.add(t.number);
    });
  });
  list(d.targets).forEach((t, i) => {
    if (t.comparator === 'qualitative') {
      if (t.value !== undefined)
        out.push(
          crossIssue(
            ['targets', i, 'value'],
            'plan.outline.qualitative_value',
            'a qualitative target has no value',
            {},
          ),
        );
      if (typeof t.text !== 'string' || !t.text.trim())
        out.push(
          crossIssue(
            ['targets', i, 'text'],
            'plan.outline.qualitative_text',
            'a qualitative target needs its words in text',
            {},
          ),
        );
    } else if (typeof t.comparator === 'string' && t.value === undefined)
      out.push(
        crossIssue(
          ['targets', i, 'value'],
          'plan.outline.target_value',
          `a target with comparator ${t.comparator} needs a value`,
          { comparator: t.comparator },
        ),
      );
  });
  out.push(...periodInOrder(d.period));
  return out;
}

export const outline2Schema = outline2BaseSchema.superRefine(addCrossIssues(outline2CrossIssues));

export type OutlineV2 = z.infer<typeof outline2BaseSchema>;
export type OutlineV2Group = z.infer<typeof outline2GroupSchema>;
export type OutlineV2Task = z.infer<typeof outline2TaskSchema>;
export type OutlineV2Target = z.infer<typeof outline2TargetSchema>;
export type OutlineV2Section = z.infer<typeof outline2SectionSchema>;

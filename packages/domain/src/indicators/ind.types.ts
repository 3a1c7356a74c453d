// Indicator registry shapes: items, breakdowns, rules and computed indicators, versioned by form year.
import { z } from 'zod';

export const valueTypes = ['integer', 'number', 'percentage', 'money', 'text'] as const;
export const aggregations = ['sum', 'latest', 'mean'] as const;
/** A stock (headcount, venues at year end) is never summed over years; a flow (activities, money spent) is. */
export const measures = ['flow', 'stock'] as const;
export const ruleOps = ['=', '<=', '>=', '<', '>', '!='] as const;
export const severities = ['hard', 'soft'] as const;
/** The six groups of the annual 科普统计 form. */
export const formGroups = [
  { code: 'P', zh: '科普人员', en: 'Personnel' },
  { code: 'V', zh: '科普场地', en: 'Venues' },
  { code: 'F', zh: '科普经费', en: 'Funding' },
  { code: 'M', zh: '科普传媒', en: 'Media' },
  { code: 'A', zh: '科普活动', en: 'Activities' },
  { code: 'E', zh: '科学教育', en: 'Science education' },
] as const;
export const groupCodes = ['P', 'V', 'F', 'M', 'A', 'E'] as const;
export const departmentTypes = [
  'government',
  'party',
  'mass_org',
  'institution',
  'enterprise',
  'school',
  'zone',
] as const;

export type ValueType = (typeof valueTypes)[number];
export type Aggregation = (typeof aggregations)[number];
export type RuleOp = (typeof ruleOps)[number];
export type Severity = (typeof severities)[number];
export type GroupCode = (typeof groupCodes)[number];
export type DepartmentType = (typeof departmentTypes)[number];

const code = z
  .string()
  .regex(/^[A-Z][A-Z0-9_]{0,31}$/, 'a code is upper-case letters, digits and _, starting with a letter');
const name = z.string().trim().min(1).max(200);

export const breakdownSchema = z.strictObject({
  code: z.string().regex(/^[a-z][a-z_]{0,31}$/),
  zh: name,
  en: name,
  options: z
    .array(z.strictObject({ code: z.string().regex(/^[a-z][a-z_]{0,31}$/), zh: name, en: name }))
    .min(2),
});
export type Breakdown = z.infer<typeof breakdownSchema>;

export const itemSchema = z.strictObject({
  code,
  group: z.enum(groupCodes),
  zh: name,
  en: name,
  valueType: z.enum(valueTypes),
  aggregation: z.enum(aggregations),
  /** Over several years: 'stock' counts each unit's latest year once, 'flow' sums the years. */
  measure: z.enum(measures).default('flow'),
  /** Measurement unit shown to the filler (人, 个, 元, m², 人次 …). */
  unit: z.string().max(20).default(''),
  breakdown: z.string().nullable().default(null),
  /** The item this one is shown under (a sub-item); "of which" rules are separate data. */
  parent: code.nullable().default(null),
  retired: z.boolean().default(false),
});
export type Item = z.infer<typeof itemSchema>;
export type ItemInput = z.input<typeof itemSchema>;

export const ruleSchema = z.strictObject({
  code,
  left: z.string().min(1).max(500),
  op: z.enum(ruleOps),
  right: z.string().min(1).max(500),
  severity: z.enum(severities),
  zh: name,
  en: name,
  retired: z.boolean().default(false),
});
export type Rule = z.infer<typeof ruleSchema>;

/** numerator / denominator × factor; `POP` in an expression is the area's population for the year. */
export const computedSchema = z.strictObject({
  code,
  zh: name,
  en: name,
  numerator: z.string().min(1),
  denominator: z.string().min(1),
  factor: z.number().positive(),
  unit: z.string().max(20),
  retired: z.boolean().default(false),
});
export type Computed = z.infer<typeof computedSchema>;

export const formSchema = z.strictObject({
  format: z.literal('kepu-indicator-form/1'),
  year: z.number().int().min(2000).max(2100),
  title: z.string().min(1),
  breakdowns: z.array(breakdownSchema),
  items: z.array(itemSchema).min(1),
  rules: z.array(ruleSchema),
  computed: z.array(computedSchema),
});
export type FormDefinition = z.infer<typeof formSchema>;

/** One stored figure: a unit's value for an item (and breakdown option, '' for none) in a year. */
export interface ValueCell {
  item: string;
  option: string;
  value: number | null;
  text?: string | null;
}

export const reportStates = ['open', 'draft', 'submitted', 'returned', 'approved', 'accepted'] as const;
export type ReportState = (typeof reportStates)[number];

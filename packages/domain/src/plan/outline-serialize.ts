// Writes an outline as kepu-outline/1 JSON or YAML with a fixed key order, so export → import → export is byte-identical.
import { Document, isScalar, isSeq, visit } from 'yaml';
import {
  outlineGroupSchema,
  outlineSchema,
  outlineSectionSchema,
  outlineTargetSchema,
  outlineTaskSchema,
} from './outline.schema.ts';
import type { AnyOutline, OutlineFormat } from './outline-file.ts';
import { invalidOutline, issuesFromZod } from './outline-issues.ts';
import {
  type OutlineV2,
  outline2BaseSchema,
  outline2GroupSchema,
  outline2Schema,
  outline2SectionSchema,
  outline2TargetSchema,
  outline2TaskSchema,
} from './outline2.schema.ts';

const order = {
  outline: Object.keys(outlineSchema.shape),
  jurisdiction: Object.keys(outlineSchema.shape.jurisdiction.shape),
  period: Object.keys(outlineSchema.shape.period.shape),
  section: Object.keys(outlineSectionSchema.shape),
  group: Object.keys(outlineGroupSchema.shape),
  task: Object.keys(outlineTaskSchema.shape),
  target: Object.keys(outlineTargetSchema.shape),
};
const order2 = {
  outline: Object.keys(outline2BaseSchema.shape),
  section: Object.keys(outline2SectionSchema.shape),
  group: Object.keys(outline2GroupSchema.shape),
  task: Object.keys(outline2TaskSchema.shape),
  target: Object.keys(outline2TargetSchema.shape),
};

/** Copies the keys in schema order, leaving out undefined ones; fresh arrays, so YAML writes no aliases. */
function pick(source: object, keys: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of keys) {
    const value = (source as Record<string, unknown>)[key];
    if (value !== undefined) out[key] = Array.isArray(value) ? [...value] : value;
  }
  return out;
}

/** The outline as plain data in the documented key order (docs/plan-format.md). */
export function canonicalOutline(outline: AnyOutline): Record<string, unknown> {
  if (outline.format === 'kepu-outline/2') return canonicalOutline2(outline);
  const parsed = outlineSchema.safeParse(outline);
  if (!parsed.success) throw invalidOutline('export', issuesFromZod(parsed.error));
  const o = parsed.data;
  return {
    ...pick(o, order.outline),
    jurisdiction: pick(o.jurisdiction, order.jurisdiction),
    period: pick(o.period, order.period),
    sections: o.sections.map((s) => pick(s, order.section)),
    groups: o.groups.map((g) => pick(g, order.group)),
    tasks: o.tasks.map((t) => pick(t, order.task)),
    targets: o.targets.map((t) => pick(t, order.target)),
  };
}

function canonicalOutline2(outline: OutlineV2): Record<string, unknown> {
  const parsed = outline2Schema.safeParse(outline);
  if (!parsed.success) throw invalidOutline('export', issuesFromZod(parsed.error));
  const o = parsed.data;
  return {
    ...pick(o, order2.outline),
    jurisdiction: pick(o.jurisdiction, order.jurisdiction),
    period: pick(o.period, order.period),
    sections: o.sections.map((s) => pick(s, order2.section)),
    groups: o.groups.map((g) => ({
      ...pick(g, order2.group),
      tasks: g.tasks.map((t) => pick(t, order2.task)),
    })),
    targets: o.targets.map((t) => pick(t, order2.target)),
  };
}

export function serializeOutline(outline: AnyOutline, format: OutlineFormat): string {
  const data = canonicalOutline(outline);
  if (format === 'json') return `${JSON.stringify(data, null, 2)}\n`;
  const doc = new Document(data, { aliasDuplicateObjects: false });
  visit(doc, {
    // Lists of plain values on one line: `taskNumbers: [1, 2, 3]`, `leadUnits: [市教育局, 市科协]`.
    Seq: (_key, node) => {
      if (isSeq(node) && node.items.every((item) => isScalar(item))) node.flow = true;
    },
    // Quoted so that YAML 1.1 readers do not turn them into a date or the `=` value type.
    Scalar: (_key, node) => {
      if (typeof node.value === 'string' && /^(\d{4}-\d{2}-\d{2}|=|≈)$/.test(node.value))
        node.type = 'QUOTE_DOUBLE';
    },
  });
  return doc.toString({ indent: 2, lineWidth: 0, minContentWidth: 0, flowCollectionPadding: false });
}

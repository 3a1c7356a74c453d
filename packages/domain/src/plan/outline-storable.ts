// One shape for storing either version: tasks inside their groups, each with a plan-wide key (the stored task number
// every other capability refers to) and the number as written (none for a "——" item).
import type { Outline } from './outline.schema.ts';
import type { AnyOutline } from './outline-file.ts';
import type { Comparator, OutlineV2 } from './outline2.schema.ts';

export interface StorableTask {
  /** Unique in the plan: the written number in /1, the place in the plan (1, 2, …) in /2. */
  key: number;
  number: number | null;
  title: string;
  text: string;
  responsibleUnits: string[];
}
export interface StorableGroup {
  section: number | null;
  number: number | null;
  kind: OutlineV2['groups'][number]['kind'];
  title: string;
  text: string;
  leadUnits: string[];
  tasks: StorableTask[];
}
export interface StorableTarget {
  indicator: string;
  year: number;
  kind: 'baseline' | 'target';
  comparator: Comparator;
  value: number | null;
  unit: string;
  text: string;
  source: string;
}
export interface StorableOutline {
  format: 1 | 2;
  jurisdiction: { code: string; name: string };
  title: string;
  documentNumber: string;
  issuedOn?: string;
  period: { start: number; end: number };
  preamble: string;
  sections: { number: number; title: string; kind: string | null; text: string }[];
  groups: StorableGroup[];
  /** /1 keeps tasks in their own order, which need not follow the groups. */
  taskOrder: number[];
  targets: StorableTarget[];
}

const isV2 = (o: AnyOutline): o is OutlineV2 => o.format === 'kepu-outline/2';

export function toStorable(o: AnyOutline): StorableOutline {
  const head = {
    jurisdiction: o.jurisdiction,
    title: o.title,
    documentNumber: o.documentNumber,
    ...(o.issuedOn ? { issuedOn: o.issuedOn } : {}),
    period: o.period,
  };
  if (isV2(o)) {
    let key = 0;
    const groups = o.groups.map((g) => ({
      section: g.section ?? null,
      number: g.number ?? null,
      kind: g.kind,
      title: g.title,
      text: g.text,
      leadUnits: g.leadUnits,
      tasks: g.tasks.map((t) => ({
        key: ++key,
        number: t.number ?? null,
        title: t.title,
        text: t.text,
        responsibleUnits: t.responsibleUnits,
      })),
    }));
    return {
      format: 2,
      ...head,
      preamble: o.preamble,
      sections: o.sections.map((s) => ({
        number: s.number,
        title: s.title,
        kind: s.kind ?? null,
        text: s.text,
      })),
      groups,
      taskOrder: groups.flatMap((g) => g.tasks.map((t) => t.key)),
      targets: o.targets.map((t) => ({ ...t, value: t.value ?? null })),
    };
  }
  return fromV1(o, head);
}

function fromV1(
  o: Outline,
  head: Omit<StorableOutline, 'format' | 'preamble' | 'sections' | 'groups' | 'taskOrder' | 'targets'>,
): StorableOutline {
  const byNumber = new Map(o.tasks.map((t) => [t.number, t]));
  return {
    format: 1,
    ...head,
    preamble: '',
    sections: o.sections.map((s) => ({ ...s, kind: null })),
    groups: o.groups.map((g) => ({
      section: null,
      number: g.number,
      kind: g.kind,
      title: g.title,
      text: g.text,
      leadUnits: g.leadUnits,
      tasks: g.taskNumbers.flatMap((n) => {
        const t = byNumber.get(n);
        return t
          ? [{ key: n, number: n, title: t.title, text: t.text, responsibleUnits: t.responsibleUnits }]
          : [];
      }),
    })),
    taskOrder: o.tasks.map((t) => t.number),
    targets: o.targets.map((t) => ({ ...t, text: '', source: '' })),
  };
}

/** Any outline as /2 (a /1 document's tasks go into their groups). */
export function upgradeOutline(o: AnyOutline): OutlineV2 {
  if (isV2(o)) return o;
  const s = toStorable(o);
  return {
    format: 'kepu-outline/2',
    jurisdiction: s.jurisdiction,
    title: s.title,
    documentNumber: s.documentNumber,
    ...(s.issuedOn ? { issuedOn: s.issuedOn } : {}),
    period: s.period,
    preamble: '',
    sections: o.sections.map((x) => ({ ...x })),
    groups: s.groups.map((g) => ({
      number: g.number ?? undefined,
      title: g.title,
      kind: g.kind,
      leadUnits: g.leadUnits,
      text: g.text,
      tasks: g.tasks.map((t) => ({
        number: t.number ?? undefined,
        title: t.title,
        text: t.text,
        responsibleUnits: t.responsibleUnits,
      })),
    })),
    targets: o.targets.map((t) => ({ ...t, text: '', source: '' })),
  };
}

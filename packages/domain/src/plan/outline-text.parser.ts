// Parses an outline written as a Chinese government document (一、 sections, (一) groups, N. tasks) into kepu-outline/1.
import { chineseNumeralChars, parseChineseNumeral } from './chinese-numerals.ts';
import {
  type GroupKind,
  type Outline,
  type OutlineGroup,
  type OutlineTask,
  outlineSchema,
} from './outline.schema.ts';
import { readHeader } from './outline-header.ts';
import {
  formatPath,
  invalidOutline,
  issuesFromZod,
  type OutlineIssue,
  outlineIssue,
  type PathSegment,
} from './outline-issues.ts';
import { extractLiteracyTargets } from './outline-targets.ts';
import { takeLeadUnits, takeTrailingUnits } from './unit-list.ts';

export interface ParseOutlineTextOptions {
  /** Named in error messages. */
  source?: string;
  /** GB/T 2260 code of the jurisdiction; wins over resolveJurisdictionCode. */
  jurisdictionCode?: string;
  /** Looks the code up from the name read in the title (盘锦市 → 211100). */
  resolveJurisdictionCode?: (name: string) => string | undefined;
  /** Kind of the groups in a section, by the section's title; the default reads 措施/保障, 工程, else action. */
  kindOf?: (sectionTitle: string) => GroupKind;
}

interface Line {
  text: string;
  line: number;
}
interface RawTask {
  number: number;
  lines: Line[];
}
interface RawGroup {
  ordinal: number;
  heading: Line;
  body: Line[];
  tasks: RawTask[];
}
interface RawSection {
  number: number;
  title: string;
  line: number;
  all: Line[];
  pre: Line[];
  groups: RawGroup[];
}

const numeral = `[${chineseNumeralChars}]+`;
const sectionRe = new RegExp(`^(${numeral})、\\s*([^。]{1,40})$`);
const groupRe = new RegExp(`^[(\uFF08]\\s*(${numeral})\\s*[)\uFF09]\\s*(.+)$`);
const taskRe = /^(\d{1,3})\s*[.．、](?!\d)\s*(.+)$/;

export function defaultGroupKind(sectionTitle: string): GroupKind {
  if (/措施|保障/.test(sectionTitle)) return 'measure';
  if (/工程/.test(sectionTitle)) return 'project';
  return 'action';
}

function toLines(text: string): Line[] {
  return text
    .split(/\r\n|\r|\n/)
    .map((t, i) => ({ text: t.replace(/^[\s\u3000\u00a0]+|[\s\u3000\u00a0]+$/g, ''), line: i + 1 }))
    .filter((l) => l.text.length > 0);
}

function splitSections(lines: Line[]): RawSection[] {
  const sections: RawSection[] = [];
  for (const l of lines) {
    const s = sectionRe.exec(l.text);
    const n = s ? parseChineseNumeral(s[1]) : undefined;
    if (s && n !== undefined) {
      sections.push({ number: n, title: s[2].trim(), line: l.line, all: [], pre: [], groups: [] });
      continue;
    }
    const section = sections.at(-1);
    if (!section) continue; // preamble between the title and 一、
    section.all.push(l);
    const g = groupRe.exec(l.text);
    const ordinal = g ? parseChineseNumeral(g[1]) : undefined;
    const group = section.groups.at(-1);
    const t = taskRe.exec(l.text);
    if (g && ordinal !== undefined)
      section.groups.push({ ordinal, heading: { text: g[2].trim(), line: l.line }, body: [], tasks: [] });
    else if (t && group) group.tasks.push({ number: Number(t[1]), lines: [{ text: t[2], line: l.line }] });
    else if (group && group.tasks.length > 0) group.tasks[group.tasks.length - 1].lines.push(l);
    else if (group) group.body.push(l);
    else section.pre.push(l);
  }
  return sections;
}

const joined = (lines: Line[]) => lines.map((l) => l.text).join('\n');
const firstSentence = (text: string) =>
  (text.includes('。') ? text.slice(0, text.indexOf('。')) : text.split('\n')[0]).trim();

function buildTask(raw: RawTask): OutlineTask {
  const { body, units } = takeTrailingUnits(joined(raw.lines));
  return { number: raw.number, title: firstSentence(body), text: body, responsibleUnits: units ?? [] };
}

function buildGroup(raw: RawGroup, kind: GroupKind): Omit<OutlineGroup, 'taskNumbers'> {
  const inline = raw.heading.text.includes('。');
  if (inline) {
    const { body, units } = takeTrailingUnits(joined([raw.heading, ...raw.body]));
    return { number: raw.ordinal, kind, title: firstSentence(body), leadUnits: units ?? [], text: body };
  }
  const lead = takeLeadUnits(raw.heading.text);
  const trailing = lead.units || raw.tasks.length ? undefined : takeTrailingUnits(joined(raw.body));
  return {
    number: raw.ordinal,
    kind,
    title: lead.title,
    leadUnits: lead.units ?? trailing?.units ?? [],
    text: trailing?.body ?? joined(raw.body),
  };
}

/** A (一) heading is a group of the plan when it names units; otherwise it is prose, such as 二、(一)指导思想. */
function isPlanGroup(raw: RawGroup): boolean {
  if (takeLeadUnits(raw.heading.text).units) return true;
  if (raw.tasks.some((t) => takeTrailingUnits(joined(t.lines)).units)) return true;
  return takeTrailingUnits(joined([raw.heading, ...raw.body])).units !== undefined;
}

/** Parses the outline text; throws DomainError plan.invalid_outline naming the line of each problem. */
export function parseOutlineText(text: string, options: ParseOutlineTextOptions = {}): Outline {
  const source = options.source ?? 'outline text';
  const lines = toLines(text);
  const header = readHeader(lines.map((l) => l.text));
  if (!header)
    throw invalidOutline(source, [
      outlineIssue(
        'title',
        'plan.outline.no_title',
        'no title found: expected a line such as 某市全民科学素质行动规划纲要 followed by (2021—2035年)',
      ),
    ]);
  const sections = splitSections(lines.slice(header.bodyStart));
  if (sections.length === 0)
    throw invalidOutline(source, [
      outlineIssue(
        'sections',
        'plan.outline.no_sections',
        'no sections found: expected headings such as 一、发展基础',
      ),
    ]);

  const positions = new Map<string, number>([['title', lines[header.bodyStart - 1]?.line ?? 1]]);
  const kindOf = options.kindOf ?? defaultGroupKind;
  const groups: OutlineGroup[] = [];
  const tasks: OutlineTask[] = [];
  const outlineSections = sections.map((s, i) => {
    positions.set(formatPath(['sections', i]), s.line);
    const planGroups = s.groups.some(isPlanGroup) ? s.groups : [];
    for (const raw of planGroups) {
      positions.set(formatPath(['groups', groups.length]), raw.heading.line);
      const taskNumbers = raw.tasks.map((t) => {
        positions.set(formatPath(['tasks', tasks.length]), t.lines[0].line);
        tasks.push(buildTask(t));
        return t.number;
      });
      groups.push({ ...buildGroup(raw, kindOf(s.title)), taskNumbers });
    }
    return { number: s.number, title: s.title, text: joined(planGroups.length ? s.pre : s.all) };
  });

  const name = header.jurisdictionName ?? '';
  const code = options.jurisdictionCode ?? options.resolveJurisdictionCode?.(name) ?? '';
  const doc = {
    format: 'kepu-outline/1' as const,
    jurisdiction: { code, name },
    title: header.title,
    documentNumber: header.documentNumber,
    ...(header.issuedOn ? { issuedOn: header.issuedOn } : {}),
    period: header.period ?? { start: 0, end: 0 },
    sections: outlineSections,
    groups,
    tasks,
    targets: extractLiteracyTargets(text),
  };
  const extra: OutlineIssue[] = [];
  if (!code)
    extra.push(
      outlineIssue(
        'jurisdiction.code',
        'plan.outline.no_jurisdiction_code',
        `no GB/T 2260 code for "${name}": pass jurisdictionCode`,
        { name },
      ),
    );
  if (!header.period)
    extra.push(
      outlineIssue(
        'period',
        'plan.outline.no_period',
        'the title names no period such as (2021—2035年)',
        {},
        {
          line: positions.get('title'),
        },
      ),
    );
  const parsed = outlineSchema.safeParse(doc);
  const locate = (path: readonly PathSegment[]) => {
    const line = positions.get(formatPath(path));
    return line === undefined ? undefined : { line };
  };
  const issues = [...extra, ...(parsed.success ? [] : issuesFromZod(parsed.error, locate))];
  if (issues.length > 0 || !parsed.success) throw invalidOutline(source, issues);
  return parsed.data;
}

// Reads an outline as Chinese government documents write it into a kepu-outline/2 draft, with the place in the text of
// every group, task, unit and target (for the import page), and every problem of the draft at once.
import { chineseNumeralChars, parseChineseNumeral } from './chinese-numerals.ts';
import type { GroupKind } from './outline.schema.ts';
import { outlineProblems } from './outline-file.ts';
import { readHeader } from './outline-header.ts';
import { formatPath, type OutlineIssue, outlineIssue, type PathSegment } from './outline-issues.ts';
import { labelledLine, labelledTargets, sentenceTargets } from './outline-text2.targets.ts';
import { OUTLINE_V2, type OutlineV2, type OutlineV2Group, type OutlineV2Target } from './outline2.schema.ts';
import { splitUnits, takeLeadUnits, takeTrailingUnits } from './unit-list.ts';

/** Characters [start, end) of the source text, and the line (from 1) where they start. */
export interface SourceSpan {
  start: number;
  end: number;
  line: number;
}
export interface OutlineDraft {
  /** The outline as read, which may still have problems (then `issues` lists them all). */
  outline: OutlineV2;
  /** Where each part came from, by path: `groups[0]`, `groups[0].tasks[2]`, `groups[0].leadUnits[1]`, `targets[0]`. */
  spans: Record<string, SourceSpan>;
  issues: OutlineIssue[];
}
export interface ParseDraftOptions {
  jurisdictionCode?: string;
  resolveJurisdictionCode?: (name: string) => string | undefined;
}

interface Line {
  text: string;
  line: number;
  start: number;
  end: number;
}
interface RawTask {
  number?: number;
  lines: Line[];
  units?: { names: string[]; line: Line };
}
interface RawGroup {
  ordinal: number;
  heading: Line;
  body: Line[];
  tasks: RawTask[];
  leadLine?: Line;
  lead?: string[];
}
interface RawSection {
  number: number;
  title: string;
  heading: Line;
  all: Line[];
  pre: Line[];
  groups: RawGroup[];
}

const numeral = `[${chineseNumeralChars}]+`;
const sectionRe = new RegExp(`^(${numeral})、\\s*([^。]{1,40})$`);
const groupRe = new RegExp(`^[(\uFF08]\\s*(${numeral})\\s*[)\uFF09]\\s*(.+)$`);
const taskRe = /^(\d{1,3})\s*[.．、](?!\d)\s*(.+)$/;
const bulletRe = /^(?:——|--|—)\s*(.+)$/;
const unitLineRe = /^(责任|牵头)(?:单位|部门)\s*[:\uFF1A]\s*(.+?)[。;\uFF1B]?$/;

const sectionKinds: [RegExp, string][] = [
  [/组织实施/, '组织实施'],
  [/保障|措施/, '保障措施'],
  [/工程/, '重点工程'],
  [/行动|任务/, '重点任务'],
  [/目标/, '目标'],
];
const sectionKind = (title: string) => sectionKinds.find(([re]) => re.test(title))?.[1];

function groupKind(heading: string, sectionTitle: string): GroupKind {
  if (/工程/.test(heading)) return 'project';
  if (/行动|计划/.test(heading)) return 'action';
  if (/措施|保障|组织实施/.test(sectionTitle)) return 'measure';
  if (/工程/.test(sectionTitle)) return 'project';
  return 'action';
}

function toLines(text: string): Line[] {
  const out: Line[] = [];
  let offset = 0;
  text.split(/(\r\n|\r|\n)/).forEach((part, i) => {
    if (i % 2 === 0) {
      const lead = /^[\s\u3000\u00a0\uFEFF]*/.exec(part)?.[0].length ?? 0;
      const t = part.slice(lead).replace(/[\s\u3000\u00a0]+$/, '');
      if (t)
        out.push({ text: t, line: out.length ? 0 : 0, start: offset + lead, end: offset + lead + t.length });
    }
    offset += part.length;
  });
  // line numbers counted on the whole text
  let line = 1;
  let at = 0;
  for (const l of out) {
    for (; at < l.start; at++) if (text[at] === '\n' || (text[at] === '\r' && text[at + 1] !== '\n')) line++;
    l.line = line;
  }
  return out;
}

const joined = (lines: Line[]) => lines.map((l) => l.text).join('\n');
const firstSentence = (text: string) =>
  (text.includes('。') ? text.slice(0, text.indexOf('。')) : text.split('\n')[0]).trim();
const spanOf = (lines: Line[]): SourceSpan => ({
  start: lines[0].start,
  end: lines[lines.length - 1].end,
  line: lines[0].line,
});

function split(lines: Line[]): RawSection[] {
  const sections: RawSection[] = [];
  for (const l of lines) {
    const s = sectionRe.exec(l.text);
    const n = s ? parseChineseNumeral(s[1]) : undefined;
    if (s && n !== undefined) {
      sections.push({ number: n, title: s[2].trim(), heading: l, all: [], pre: [], groups: [] });
      continue;
    }
    const section = sections.at(-1);
    if (!section) continue;
    section.all.push(l);
    const g = groupRe.exec(l.text);
    const ordinal = g ? parseChineseNumeral(g[1]) : undefined;
    const group = section.groups.at(-1);
    const task = group?.tasks.at(-1);
    const t = taskRe.exec(l.text);
    const b = bulletRe.exec(l.text);
    const u = unitLineRe.exec(l.text);
    if (g && ordinal !== undefined) {
      const heading = { ...l, text: g[2].trim(), start: l.start + l.text.indexOf(g[2]) };
      section.groups.push({ ordinal, heading, body: [], tasks: [] });
    } else if (group && u && u[1] === '牵头' && !task) {
      group.lead = splitUnits(u[2]);
      group.leadLine = l;
    } else if (group && u && u[1] === '责任' && task) task.units = { names: splitUnits(u[2]), line: l };
    else if (group && u && u[1] === '责任') group.body.push(l);
    else if (group && t)
      group.tasks.push({
        number: Number(t[1]),
        lines: [{ ...l, text: t[2], start: l.start + l.text.indexOf(t[2]) }],
      });
    else if (group && b)
      group.tasks.push({ lines: [{ ...l, text: b[1], start: l.start + l.text.indexOf(b[1]) }] });
    else if (task && !labelledLine.test(l.text)) task.lines.push(l);
    else if (group) group.body.push(l);
    else section.pre.push(l);
  }
  return sections;
}

/** A (一) heading is part of the plan when it names units, has tasks, or is an action, project or measure by its words. */
function isPlanGroup(raw: RawGroup, sectionTitle: string): boolean {
  if (raw.lead || takeLeadUnits(raw.heading.text).units || raw.tasks.length) return true;
  if (takeTrailingUnits(joined([raw.heading, ...raw.body])).units) return true;
  if (/行动|工程|计划/.test(raw.heading.text)) return true;
  return /措施|保障|组织实施/.test(sectionTitle) && raw.heading.text.includes('。');
}

function unitSpans(
  names: string[],
  within: SourceSpan,
  text: string,
  path: string,
  spans: Record<string, SourceSpan>,
) {
  names.forEach((name, i) => {
    const at = text.lastIndexOf(name, within.end);
    if (at >= within.start)
      spans[`${path}[${i}]`] = {
        start: at,
        end: at + name.length,
        line: within.line + (text.slice(within.start, at).match(/\n/g)?.length ?? 0),
      };
  });
}

/** Reads the text into a draft; never throws for any input (the problems are in `issues`). */
export function parseOutlineDraft(text: string, options: ParseDraftOptions = {}): OutlineDraft {
  const lines = toLines(text);
  const spans: Record<string, SourceSpan> = {};
  const header = readHeader(lines.map((l) => l.text));
  const bodyStart = header?.bodyStart ?? 0;
  const sections = split(lines.slice(bodyStart));
  const firstSection = sections[0]?.heading;
  const preambleLines = lines.slice(bodyStart).filter((l) => !firstSection || l.start < firstSection.start);
  const groups: OutlineV2Group[] = [];
  const targets: { t: OutlineV2Target; span: SourceSpan }[] = [];
  const outlineSections = sections.map((s, si) => {
    spans[`sections[${si}]`] = spanOf([s.heading]);
    const planGroups = s.groups.filter((g) => isPlanGroup(g, s.title));
    for (const raw of planGroups) {
      const gi = groups.length;
      const path = `groups[${gi}]`;
      const inline = raw.heading.text.includes('。') && raw.tasks.length === 0;
      const all = [raw.heading, ...raw.body];
      let group: OutlineV2Group;
      if (inline) {
        const { body, units } = takeTrailingUnits(joined(all));
        group = {
          section: s.number,
          number: raw.ordinal,
          title: firstSentence(body),
          kind: groupKind(raw.heading.text, s.title),
          leadUnits: units ?? [],
          text: body,
          tasks: [],
        };
      } else {
        const lead = takeLeadUnits(raw.heading.text);
        const trailing =
          lead.units || raw.lead || raw.tasks.length ? undefined : takeTrailingUnits(joined(raw.body));
        group = {
          section: s.number,
          number: raw.ordinal,
          title: lead.title.replace(/[。.]$/, ''),
          kind: groupKind(raw.heading.text, s.title),
          leadUnits: lead.units ?? raw.lead ?? trailing?.units ?? [],
          text: trailing?.body ?? joined(raw.body.filter((l) => !labelledLine.test(l.text))),
          tasks: [],
        };
      }
      const groupSpan = spanOf(
        [...all, ...(raw.leadLine ? [raw.leadLine] : []), ...raw.tasks.flatMap((t) => t.lines)].sort(
          (a, b) => a.start - b.start,
        ),
      );
      spans[path] = groupSpan;
      unitSpans(
        group.leadUnits,
        raw.leadLine ? spanOf([raw.leadLine]) : spanOf(inline ? all : [raw.heading]),
        text,
        `${path}.leadUnits`,
        spans,
      );
      raw.tasks.forEach((rt, ti) => {
        const trailing = takeTrailingUnits(joined(rt.lines));
        const units = rt.units?.names ?? trailing.units ?? [];
        const body = rt.units ? joined(rt.lines) : trailing.body;
        group.tasks.push({
          ...(rt.number !== undefined ? { number: rt.number } : {}),
          title: firstSentence(body),
          text: body,
          responsibleUnits: units,
        });
        const taskLines = [...rt.lines, ...(rt.units ? [rt.units.line] : [])];
        spans[`${path}.tasks[${ti}]`] = spanOf(taskLines);
        unitSpans(
          units,
          spanOf(rt.units ? [rt.units.line] : rt.lines),
          text,
          `${path}.tasks[${ti}].responsibleUnits`,
          spans,
        );
      });
      groups.push(group);
    }
    const own = planGroups.length ? s.pre : s.all;
    const inTargets = /目标/.test(s.title);
    for (const l of s.all) {
      const m = labelledLine.exec(l.text);
      if (m)
        for (const t of labelledTargets(Number(m[1]), m[2], l.text)) targets.push({ t, span: spanOf([l]) });
    }
    for (const l of s.all)
      for (const f of sentenceTargets(l.text, l.start, inTargets))
        targets.push({ t: f.target, span: { start: f.start, end: f.end, line: l.line } });
    const kind = sectionKind(s.title);
    return { number: s.number, title: s.title, ...(kind ? { kind } : {}), text: joined(own) };
  });
  // preamble prose can hold the baselines and goals too
  for (const l of preambleLines)
    for (const f of sentenceTargets(l.text, l.start, false))
      targets.push({ t: f.target, span: { start: f.start, end: f.end, line: l.line } });

  const seen = new Set<string>();
  const kept = targets
    .filter(({ t }) => {
      const key = `${t.kind}:${t.year}:${t.indicator}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => a.t.year - b.t.year || (a.t.kind === 'baseline' ? -1 : 1));
  kept.forEach(({ span }, i) => {
    spans[`targets[${i}]`] = span;
  });

  const name = header?.jurisdictionName ?? '';
  const code = options.jurisdictionCode ?? options.resolveJurisdictionCode?.(name) ?? '';
  const outline: OutlineV2 = {
    format: OUTLINE_V2,
    jurisdiction: { code, name },
    title: header?.title ?? '',
    documentNumber: header?.documentNumber ?? '',
    ...(header?.issuedOn ? { issuedOn: header.issuedOn } : {}),
    period: header?.period ?? { start: 0, end: 0 },
    preamble: joined(preambleLines),
    sections: outlineSections,
    groups,
    targets: kept.map((k) => k.t),
  };
  const titleLine = lines[bodyStart - 1];
  if (titleLine) spans.title = spanOf([titleLine]);
  // the period is read from the title's line(s)
  if (titleLine) spans.period = spanOf([titleLine]);
  const locate = (path: readonly PathSegment[]) => {
    const s = spans[formatPath(path)];
    return s ? { line: s.line } : undefined;
  };
  const issues: OutlineIssue[] = [];
  if (!header)
    issues.push(
      outlineIssue(
        'title',
        'plan.outline.no_title',
        'no title found: expected a line such as 某市全民科学素质行动规划纲要 followed by (2021—2035年)',
      ),
    );
  else if (!header.period)
    issues.push(
      outlineIssue(
        'period',
        'plan.outline.no_period',
        'the title names no period such as (2021—2035年)',
        {},
        locate(['title']) ?? {},
      ),
    );
  if (header && sections.length === 0)
    issues.push(
      outlineIssue(
        'sections',
        'plan.outline.no_sections',
        'no sections found: expected headings such as 一、发展基础',
      ),
    );
  if (header && !code)
    issues.push(
      outlineIssue(
        'jurisdiction.code',
        'plan.outline.no_jurisdiction_code',
        `no GB/T 2260 code for "${name}": choose the jurisdiction`,
        { name },
      ),
    );
  const known = new Set(issues.map((i) => i.path));
  for (const i of outlineProblems(outline, locate).issues)
    if (!known.has(i.path) && !(i.path.startsWith('period') && known.has('period'))) issues.push(i);
  return { outline, spans, issues };
}

// Outlines written in the shapes the issue lists (our own prose: a national-like outline, a province, a district and a
// prefecture city), read through the text path: the draft equals the outline each was written to say.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseAnyOutlineFile } from './outline-file.ts';
import { parseOutlineDraft } from './outline-text2.parser.ts';

const dir = new URL('../../test/outlines/', import.meta.url);
const read = (name: string) => readFileSync(new URL(name, dir), 'utf8');
const shapes = {
  'national-like': '999900',
  'province-like': '999100',
  'district-like': '999105',
  'city-like': '999200',
};

describe('outline text → kepu-outline/2', () => {
  for (const [name, code] of Object.entries(shapes))
    it(`reads ${name}.txt as the outline it was written to say, with no problem`, () => {
      const d = parseOutlineDraft(read(`${name}.txt`), { jurisdictionCode: code });
      expect(d.issues).toEqual([]);
      expect(d.outline).toEqual(parseAnyOutlineFile(read(`${name}.expected.json`), `${name}.expected.json`));
    });

  it('reads "——" items as tasks without numbers or units, and 组织实施 as a free section kind of measures', () => {
    const o = parseOutlineDraft(read('national-like.txt'), { jurisdictionCode: '999900' }).outline;
    expect(o.groups[0].tasks.map((t) => [t.number, t.title, t.responsibleUnits])).toEqual([
      [undefined, '激发青少年好奇心和想象力', []],
      [undefined, '建立科学教育协同机制', []],
    ]);
    expect(o.sections.find((s) => s.number === 5)?.kind).toBe('组织实施');
    expect(o.groups.filter((g) => g.section === 5).map((g) => [g.kind, g.title, g.leadUnits])).toEqual([
      ['measure', '加强组织领导', []],
      ['measure', '完善保障机制', []],
    ]);
    expect(o.preamble).toBe('为提升全民科学素质，制定本纲要。');
  });

  it('reads 牵头单位/责任单位 lines, restarts numbers per group, and keeps 市科委、中关村管委会 as two units', () => {
    const o = parseOutlineDraft(read('province-like.txt'), { jurisdictionCode: '999100' }).outline;
    expect(o.groups[0].leadUnits).toEqual(['市教委', '市科协']);
    expect(o.groups[0].tasks[0].responsibleUnits).toEqual(['市教委', '市科委', '中关村管委会']);
    expect(o.groups.map((g) => [g.kind, g.tasks.map((t) => t.number)])).toEqual([
      ['action', [1, 2]],
      ['project', [1]],
      ['measure', []],
    ]);
    expect(o.targets.map((t) => [t.kind, t.year, t.comparator, t.value])).toEqual([
      ['baseline', 2020, '=', 24.07],
      ['target', 2025, '≈', 28],
      ['target', 2035, '>=', 36],
    ]);
    expect(o.targets[0].source).toBe('2020年，京示市公民具备科学素质的比例达到24.07%。');
  });

  it('keeps a spaced 文号 verbatim, reads （责任单位：…） and mixed actions and projects in one section', () => {
    const o = parseOutlineDraft(read('district-like.txt'), { jurisdictionCode: '999105' }).outline;
    expect(o.documentNumber).toBe('朝示政办字 〔2022〕 31号');
    expect(o.groups[0].tasks[0].responsibleUnits).toEqual(['区科委', '中关村管委会']);
    expect(o.groups.filter((g) => g.section === 2).map((g) => g.kind)).toEqual([
      'action',
      'project',
      'project',
    ]);
    expect(o.targets).toEqual([expect.objectContaining({ year: 2025, comparator: '>=', value: 30 })]);
  });

  it('reads a qualitative goal with its words, and labelled targets', () => {
    const city = parseOutlineDraft(read('city-like.txt'), { jurisdictionCode: '999200' }).outline;
    expect(city.targets.at(-1)).toEqual({
      indicator: 'overall',
      year: 2035,
      kind: 'target',
      comparator: 'qualitative',
      unit: '',
      text: '全市科学素质建设水平走在全省前列',
      source: '到2035年，全市科学素质建设水平走在全省前列。',
    });
    const national = parseOutlineDraft(read('national-like.txt'), { jurisdictionCode: '999900' }).outline;
    expect(
      national.targets.filter((t) => t.kind === 'target').map((t) => [t.year, t.comparator, t.value]),
    ).toEqual([
      [2025, '>', 15],
      [2035, '=', 25],
    ]);
  });

  it('gives the place in the text of every group, task, unit and target', () => {
    const text = read('province-like.txt');
    const d = parseOutlineDraft(text, { jurisdictionCode: '999100' });
    const at = (path: string) => {
      const s = d.spans[path];
      return s && text.slice(s.start, s.end);
    };
    expect(at('groups[0].leadUnits[1]')).toBe('市科协');
    expect(at('groups[0].tasks[0]')).toBe(
      '深化学校科学教育。开齐开足科学课程。\n责任单位：市教委、市科委、中关村管委会',
    );
    expect(at('groups[0].tasks[0].responsibleUnits[2]')).toBe('中关村管委会');
    expect(at('targets[1]')).toBe('到2025年，京示市公民具备科学素质的比例达到28%左右。');
    expect(d.spans['groups[1]'].line).toBe(21);
  });

  it('lists every problem of a text at once and never throws, whatever the input', () => {
    for (const input of ['', '\u0000\u0001\u0002', 'x'.repeat(100_000), '一、\n（一）\n1.']) {
      const d = parseOutlineDraft(input);
      expect(d.issues.length).toBeGreaterThan(0);
    }
    const d = parseOutlineDraft(
      '某县全民科学素质行动实施方案（2025—2021年）\n一、任务\n（一）农民行动\n1.培训。（县农业局按职责分工负责）\n（一）工人行动\n1.培训。（县人社局按职责分工负责）',
    );
    expect(d.issues.map((i) => i.code).sort()).toEqual(
      [
        'plan.outline.no_jurisdiction_code',
        'plan.outline.period_reversed',
        'plan.outline.group_repeated',
      ].sort(),
    );
  });
});

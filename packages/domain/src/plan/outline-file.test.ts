import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type DomainError, isDomainError } from '../errors.ts';
import { detectOutlineFormat, parseOutlineFile, validateOutline } from './outline-file.ts';

const countyYaml = readFileSync(
  new URL('../../../../docs/examples/small-county-outline.yaml', import.meta.url),
  'utf8',
);
const panjinJson = readFileSync(
  new URL('../../../../docs/examples/panjin-outline.json', import.meta.url),
  'utf8',
);

function refusal(run: () => unknown): DomainError {
  try {
    run();
  } catch (e) {
    if (isDomainError(e)) return e;
    throw e;
  }
  throw new Error('expected the outline to be refused');
}

describe('detectOutlineFormat', () => {
  it('goes by the extension, then by the content', () => {
    expect(detectOutlineFormat('a.JSON', 'x: 1')).toBe('json');
    expect(detectOutlineFormat('a.yml', '{}')).toBe('yaml');
    expect(detectOutlineFormat('upload', '  {"format": 1}')).toBe('json');
    expect(detectOutlineFormat('upload', 'format: kepu-outline/1')).toBe('yaml');
  });
});

describe('parseOutlineFile', () => {
  it('reads the documented examples in both formats', () => {
    const county = parseOutlineFile(countyYaml, 'small-county-outline.yaml');
    expect(county.jurisdiction).toEqual({ code: '999901', name: '示范县' });
    expect(county.groups.map((g) => [g.kind, g.taskNumbers])).toEqual([
      ['action', [1, 2]],
      ['project', [3]],
    ]);
    expect(county.tasks[1].text).toBe('建设田间学校。依托合作社建设田间学校。\n推广水稻新品种。');
    expect(county.groups[0].text).toBe('');
    expect(county.targets[1].unit).toBe('%');
    const panjin = parseOutlineFile(panjinJson, 'panjin-outline.json');
    expect(panjin.tasks).toHaveLength(30);
  });

  it('names the path and line of a schema problem in YAML', () => {
    const broken = countyYaml.replace('    responsibleUnits: [县科协, 县财政局]', '    responsibleUnits: []');
    const line = broken.split('\n').indexOf('    responsibleUnits: []') + 1;
    const error = refusal(() => parseOutlineFile(broken, 'county.yaml'));
    expect(error.code).toBe('plan.invalid_outline');
    expect(line).toBe(46);
    expect(error.details.issues).toEqual([
      {
        path: 'tasks[2].responsibleUnits',
        line,
        column: 5,
        code: 'zod.too_small',
        params: { minimum: 1, origin: 'array' },
        message: 'a task needs at least one responsible unit',
      },
    ]);
    expect(error.message).toContain(
      'tasks[2].responsibleUnits (line 46, column 5): a task needs at least one responsible unit',
    );
  });

  it('names the path and line of a schema problem in JSON', () => {
    const doc = JSON.parse(panjinJson);
    doc.tasks[3].responsibleUnits = [];
    doc.groups[0].taskNumbers.push(31);
    const text = JSON.stringify(doc, null, 2);
    const lineOf = (needle: string, from = 0) => text.slice(0, text.indexOf(needle, from)).split('\n').length;
    const error = refusal(() => parseOutlineFile(text, 'panjin.json'));
    expect(error.details.issues).toEqual([
      {
        path: 'tasks[3].responsibleUnits',
        line: lineOf('"responsibleUnits": []'),
        column: 7,
        code: 'zod.too_small',
        params: { minimum: 1, origin: 'array' },
        message: 'a task needs at least one responsible unit',
      },
      {
        path: 'groups[0].taskNumbers[5]',
        line: lineOf('31'),
        column: 9,
        code: 'plan.outline.task_not_in_tasks',
        params: { task: 31 },
        message: 'task 31 is not in tasks',
      },
    ]);
  });

  it('refuses a task listed in two groups or in none', () => {
    const doc = JSON.parse(panjinJson);
    doc.groups[1].taskNumbers.push(1);
    doc.groups[0].taskNumbers = doc.groups[0].taskNumbers.filter((n: number) => n !== 2);
    const issues = refusal(() => validateOutline(doc)).details.issues as { path: string; message: string }[];
    expect(issues).toEqual([
      {
        path: 'groups[1].taskNumbers[4]',
        code: 'plan.outline.task_in_two_groups',
        params: { task: 1, group: 0 },
        message: 'task 1 is already in groups[0]',
      },
      {
        path: 'tasks[1].number',
        code: 'plan.outline.task_in_no_group',
        params: { task: 2 },
        message: "task 2 is in no group's taskNumbers",
      },
    ]);
  });

  it('refuses a unit listed twice and two groups with the same kind and number', () => {
    const doc = JSON.parse(panjinJson);
    doc.tasks[0].responsibleUnits.push('市教育局');
    doc.groups[1].number = 1;
    const issues = refusal(() => validateOutline(doc)).details.issues as { path: string; message: string }[];
    expect(issues).toEqual([
      {
        path: 'groups[1].number',
        code: 'plan.outline.group_repeated',
        params: { kind: 'action', number: 1, group: 0 },
        message: 'action 1 is already groups[0]',
      },
      {
        path: 'tasks[0].responsibleUnits[5]',
        code: 'plan.outline.unit_repeated',
        params: { unit: '市教育局' },
        message: 'unit "市教育局" is listed twice',
      },
    ]);
  });

  it('refuses a section number written twice, a number too large to store and a date that does not exist', () => {
    const doc = JSON.parse(panjinJson);
    doc.sections[1].number = doc.sections[0].number;
    doc.groups[0].number = 2 ** 40;
    doc.issuedOn = '2022-02-30';
    const issues = refusal(() => validateOutline(doc)).details.issues as { path: string; message: string }[];
    expect(issues.map((i) => i.path)).toEqual(['issuedOn', 'groups[0].number', 'sections[1].number']);
    expect(issues[2].message).toBe(`section number ${doc.sections[0].number} appears twice`);
  });

  it('locates a missing field at its parent and an unknown field at itself', () => {
    const broken = countyYaml.replace(
      '  - number: 2\n    title: 建设田间学校\n',
      '  - number: 2\n    titel: 建设田间学校\n',
    );
    const issues = refusal(() => parseOutlineFile(broken, 'county.yaml')).details.issues as {
      path: string;
      line: number;
    }[];
    expect(issues.map((i) => [i.path, i.line])).toEqual([
      ['tasks[1].title', 37],
      ['tasks[1].titel', 38],
    ]);
  });

  it('names the line and column of a JSON syntax error', () => {
    const error = refusal(() =>
      parseOutlineFile('{\n  "format": "kepu-outline/1",\n  "title": "x"\n  "tasks": []\n}', 'bad.json'),
    );
    expect(error.details.issues).toEqual([
      {
        path: '',
        line: 4,
        column: 3,
        code: 'plan.outline.json_syntax',
        params: { reason: `unexpected '"', expected ',' or '}'` },
        message: `JSON: unexpected '"', expected ',' or '}'`,
      },
    ]);
  });

  it('names the line of a YAML syntax error', () => {
    const error = refusal(() =>
      parseOutlineFile('format: kepu-outline/1\ntitle: [unclosed\njurisdiction: {}\n', 'bad.yaml'),
    );
    const [issue] = error.details.issues as { path: string; line: number; message: string }[];
    expect(issue.path).toBe('');
    expect(issue.line).toBeGreaterThanOrEqual(2);
    expect(issue.message).toMatch(/^YAML: /);
  });

  it('refuses a duplicate key in either format', () => {
    expect(
      refusal(() => parseOutlineFile('{"title": "a",\n"title": "b"}', 'dup.json')).details.issues,
    ).toEqual([
      {
        path: '',
        line: 2,
        column: 1,
        code: 'plan.outline.json_syntax',
        params: { reason: 'duplicate key "title"' },
        message: 'JSON: duplicate key "title"',
      },
    ]);
    expect(
      (
        refusal(() => parseOutlineFile('title: a\ntitle: b\n', 'dup.yaml')).details.issues as {
          line: number;
        }[]
      )[0].line,
    ).toBe(2);
  });

  it('refuses an empty file', () => {
    expect(refusal(() => parseOutlineFile('', 'empty.yaml')).details.issues).toEqual([
      { path: '', line: 1, code: 'plan.outline.empty', params: {}, message: 'the file is empty' },
    ]);
    expect(refusal(() => parseOutlineFile(' \n', 'empty.json')).details.issues).toEqual([
      {
        path: '',
        line: 2,
        column: 1,
        code: 'plan.outline.json_syntax',
        params: { reason: 'the file is empty' },
        message: 'JSON: the file is empty',
      },
    ]);
  });

  it('asks for a quoted jurisdiction code', () => {
    const issues = refusal(() =>
      parseOutlineFile(countyYaml.replace('code: "999901"', 'code: 999901'), 'county.yaml'),
    ).details.issues as { path: string; line: number }[];
    expect(issues).toEqual([
      {
        path: 'jurisdiction.code',
        line: 5,
        column: 3,
        code: 'zod.invalid_type',
        params: { expected: 'string' },
        message: 'write the GB/T 2260 code as a quoted string, e.g. "211100"',
      },
    ]);
  });
});

describe('validateOutline', () => {
  it('validates an already-parsed body and names paths without lines', () => {
    const error = refusal(() => validateOutline({ format: 'kepu-outline/2' }, 'request body'));
    expect(
      (error.details.issues as { path: string; line?: number }[]).find((i) => i.path === 'format'),
    ).toEqual({
      path: 'format',
      code: 'zod.invalid_value',
      params: { values: 'kepu-outline/1' },
      message: expect.any(String),
    });
    expect(error.details.source).toBe('request body');
  });
});

import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseOutlineFile, validateOutline } from './outline-file.ts';
import { serializeOutline } from './outline-serialize.ts';
import { loadPanjinOutline } from './panjin-outline.ts';

const county = parseOutlineFile(
  readFileSync(new URL('../../../../docs/examples/small-county-outline.yaml', import.meta.url), 'utf8'),
  'county.yaml',
);
const cases = [
  ['Panjin', loadPanjinOutline()],
  ['the small county example', county],
] as const;

describe.each(cases)('serializeOutline round trip (%s)', (_name, outline) => {
  it.each(['json', 'yaml'] as const)('import → export → import gives the same outline in %s', (format) => {
    const text = serializeOutline(outline, format);
    const again = parseOutlineFile(text, `outline.${format}`);
    expect(again).toEqual(outline);
    expect(serializeOutline(again, format)).toBe(text);
  });

  it('converts between the formats without loss', () => {
    const viaYaml = parseOutlineFile(serializeOutline(outline, 'yaml'), 'x.yaml');
    expect(serializeOutline(viaYaml, 'json')).toBe(serializeOutline(outline, 'json'));
  });
});

describe('serializeOutline', () => {
  it('writes keys in the documented order whatever order they came in', () => {
    const shuffled = {
      ...county,
      targets: county.targets,
      tasks: county.tasks.map((t) => ({
        responsibleUnits: t.responsibleUnits,
        text: t.text,
        title: t.title,
        number: t.number,
      })),
    };
    const json = serializeOutline(shuffled, 'json');
    expect(json).toBe(serializeOutline(county, 'json'));
    expect(Object.keys(JSON.parse(json))).toEqual([
      'format',
      'jurisdiction',
      'title',
      'documentNumber',
      'issuedOn',
      'period',
      'sections',
      'groups',
      'tasks',
      'targets',
    ]);
    expect(Object.keys(JSON.parse(json).tasks[0])).toEqual(['number', 'title', 'text', 'responsibleUnits']);
  });

  it('writes YAML without anchors even when arrays are shared', () => {
    const units = ['县科协'];
    const shared = { ...county, tasks: county.tasks.map((t) => ({ ...t, responsibleUnits: units })) };
    expect(serializeOutline(shared, 'yaml')).not.toMatch(/[&*]a\d/);
  });

  it('matches the committed seed byte for byte', () => {
    const seed = readFileSync(new URL('../../seed/panjin-outline.json', import.meta.url), 'utf8');
    expect(serializeOutline(loadPanjinOutline(), 'json')).toBe(seed);
  });
});

describe('serializeOutline on generated outlines', () => {
  const text = (max: number) =>
    fc
      .array(
        fc.oneof(
          fc.string({ unit: 'grapheme', maxLength: 12 }),
          fc.constantFrom(
            '\n',
            '\t',
            '\r\n',
            ' ',
            '"',
            "'",
            ': ',
            ' #',
            '- ',
            '[',
            ']',
            '{',
            '}',
            ',',
            '&a',
            '*a',
            '!',
            '%',
            '|',
            '>',
            '=',
            '~',
            'null',
            'true',
            '0x1F',
            '1e3',
            '2022-01-01',
            '\\',
            '\u3000',
            '（',
            '〔',
          ),
        ),
        { maxLength: 8 },
      )
      .map((parts) => parts.join('').slice(0, max))
      .filter((s) => s.trim().length > 0);
  // a unit's name is one line (the schema refuses control characters in it)
  const unitName = text(80).filter((s) => !/[\u0000-\u001f\u007f]/.test(s));
  // Values go through `v + 0` because JSON has no -0.
  const outline = fc.record({
    format: fc.constant('kepu-outline/1'),
    jurisdiction: fc.record({ code: fc.stringMatching(/^\d{6}$/), name: text(30) }),
    title: text(200),
    documentNumber: fc.string({ unit: 'grapheme', maxLength: 10 }),
    period: fc.record({ start: fc.constant(2021), end: fc.constant(2035) }),
    sections: fc.uniqueArray(
      fc.record({
        number: fc.integer({ min: 1, max: 20 }),
        title: text(200),
        text: fc.string({ unit: 'grapheme', maxLength: 40 }),
      }),
      { maxLength: 3, selector: (s) => s.number },
    ),
    groups: fc.array(
      fc.record({
        number: fc.integer({ min: 1, max: 9 }),
        title: text(200),
        kind: fc.constantFrom('action', 'project', 'measure'),
        leadUnits: fc.uniqueArray(unitName, { maxLength: 3, selector: (s) => s.trim() }),
        taskNumbers: fc.constant<number[]>([]),
        text: fc.string({ unit: 'grapheme', maxLength: 40 }),
      }),
      { minLength: 1, maxLength: 2 },
    ),
    tasks: fc.tuple(
      fc.record({
        number: fc.constant(1),
        title: text(300),
        text: text(400),
        responsibleUnits: fc.uniqueArray(unitName, { minLength: 1, maxLength: 3, selector: (s) => s.trim() }),
      }),
    ),
    targets: fc.array(
      fc.record({
        indicator: text(60),
        year: fc.integer({ min: 1949, max: 2100 }),
        value: fc.double({ noNaN: true, noDefaultInfinity: true }).map((v) => v + 0),
        comparator: fc.constantFrom('=', '>', '>='),
        kind: fc.constantFrom('baseline', 'target'),
        unit: fc.string({ maxLength: 3 }),
      }),
      { maxLength: 3 },
    ),
  });

  it('round-trips any valid outline in both formats, byte for byte on the second export', () => {
    fc.assert(
      fc.property(outline, (raw) => {
        const x = validateOutline({
          ...raw,
          groups: raw.groups.map((g, i) => ({ ...g, number: i + 1, taskNumbers: i === 0 ? [1] : [] })),
        });
        for (const format of ['json', 'yaml'] as const) {
          const out = serializeOutline(x, format);
          const again = parseOutlineFile(out, `x.${format}`);
          expect(again).toEqual(x);
          expect(serializeOutline(again, format)).toBe(out);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('unit names', () => {
  it('refuses a unit name with a line break, naming its place', () => {
    const doc = JSON.parse(serializeOutline(loadPanjinOutline(), 'json'));
    doc.tasks[0].responsibleUnits[0] = '市教育局\n市科协';
    expect(() => validateOutline(doc)).toThrow(/tasks\.0\.responsibleUnits\.0|one line/);
  });
});

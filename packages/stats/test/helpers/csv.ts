// Minimal CSV reader for the test fixtures: Number() for unquoted fields, 'NA' missing, quoted fields are strings.
import { readFileSync } from 'node:fs';
import { type Column, type Frame, makeFrame } from '../../src/index.ts';

function splitLine(line: string): { value: string; quoted: boolean }[] {
  const out: { value: string; quoted: boolean }[] = [];
  let i = 0;
  while (i <= line.length) {
    if (line[i] === '"') {
      let v = '';
      i++;
      while (i < line.length) {
        if (line[i] === '"' && line[i + 1] === '"') {
          v += '"';
          i += 2;
        } else if (line[i] === '"') {
          i++;
          break;
        } else v += line[i++];
      }
      out.push({ value: v, quoted: true });
      i++; // comma
    } else {
      const j = line.indexOf(',', i);
      const end = j < 0 ? line.length : j;
      out.push({ value: line.slice(i, end), quoted: false });
      i = end + 1;
    }
  }
  return out;
}

/** Reads a CSV file into a Frame: a column is numeric when no field in it is quoted. */
export function readCsv(path: string): Frame {
  const lines = readFileSync(path, 'utf8')
    .split(/\r?\n/)
    .filter((l) => l.length > 0);
  const header = splitLine(lines[0]).map((f) => f.value);
  const rows = lines.slice(1).map(splitLine);
  const columns = new Map<string, Column>();
  header.forEach((name, j) => {
    const quoted = rows.some((r) => r[j].quoted);
    if (quoted) {
      columns.set(
        name,
        rows.map((r) => (r[j].value === 'NA' && !r[j].quoted ? null : r[j].value)),
      );
    } else {
      columns.set(
        name,
        Float64Array.from(rows.map((r) => (r[j].value === 'NA' ? Number.NaN : Number(r[j].value)))),
      );
    }
  });
  return makeFrame(columns);
}

/** A copy of the frame with extra columns. */
export function withColumns(frame: Frame, extra: Record<string, Column>): Frame {
  const columns = new Map(frame.columns);
  for (const [k, v] of Object.entries(extra)) columns.set(k, v);
  return makeFrame(columns);
}

// @kepu/stats is a dependency of @kepu/domain, whose types the web app imports: its main entry must load in a
// browser. Every module reachable from src/index.ts is free of node: imports; file reading lives in src/node.ts.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve(import.meta.dirname, '../src');

/** Every module specifier imported or re-exported by the modules reachable from `entry`, with the file. */
function reachableImports(entry: string): { file: string; specifier: string }[] {
  const seen = new Set<string>();
  const found: { file: string; specifier: string }[] = [];
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const m of readFileSync(file, 'utf8').matchAll(/(?:import|export)[^'";]*?from\s+'([^']+)'/g)) {
      const specifier = m[1];
      found.push({ file: file.slice(SRC.length + 1), specifier });
      if (specifier.startsWith('.')) visit(join(dirname(file), specifier));
    }
  };
  visit(entry);
  return found;
}

describe('the browser-safe entry of @kepu/stats', () => {
  it('reaches no node: module and no other package, while @kepu/stats/node reads files', () => {
    const imports = reachableImports(join(SRC, 'index.ts'));
    expect(imports.some((i) => i.specifier === './io/csv-parse.ts')).toBe(true);
    expect(imports.filter((i) => !i.specifier.startsWith('.'))).toEqual([]);
    expect(readFileSync(join(SRC, 'node.ts'), 'utf8')).toContain("from 'node:zlib'");
  });
});

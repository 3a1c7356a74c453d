// Shapes area rows into the nested tree the web app shows.
import type { Database } from '@kepu/db';
import type { Selectable } from 'kysely';

export interface AreaNode {
  code: string;
  name: string;
  level: string;
  parentCode: string | null;
  population: number | null;
  populationYear: number | null;
  populationSource: string | null;
  children: AreaNode[];
}

export function areaTree(rows: Selectable<Database['areas']>[]): AreaNode[] {
  const nodes = new Map<string, AreaNode>();
  for (const r of rows) {
    nodes.set(r.code, {
      code: r.code,
      name: r.name,
      level: r.level,
      parentCode: r.parent_code,
      population: r.population,
      populationYear: r.population_year,
      populationSource: r.population_source,
      children: [],
    });
  }
  const roots: AreaNode[] = [];
  for (const n of nodes.values()) {
    const parent = n.parentCode ? nodes.get(n.parentCode) : undefined;
    (parent ? parent.children : roots).push(n);
  }
  return roots;
}

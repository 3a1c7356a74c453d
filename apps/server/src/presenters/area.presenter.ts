// Shapes area rows into the nested tree the web app shows, each area with its latest yearly population and source.
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

type Population = { area_code: string; year: number; population: number; source: string };

export function areaTree(rows: Selectable<Database['areas']>[], latest: Population[]): AreaNode[] {
  const nodes = new Map<string, AreaNode>();
  const pop = new Map(latest.map((p) => [p.area_code, p]));
  for (const r of rows) {
    const p = pop.get(r.code);
    nodes.set(r.code, {
      code: r.code,
      name: r.name,
      level: r.level,
      parentCode: r.parent_code,
      population: p?.population ?? null,
      populationYear: p?.year ?? null,
      populationSource: p?.source ?? null,
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

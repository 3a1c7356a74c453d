// Public face of the area tree: types, the committed seed loader and pure tree helpers.
export {
  type AreaLevel,
  type AreaNode,
  type AreaSeed,
  areaLevels,
  areaNodeSchema,
  areaSeedSchema,
  isSyntheticAreaCode,
} from './area.types.ts';
export { loadAreaTree, seededAreaCodes } from './area-seed.ts';
export { buildAreaTree, findArea, flattenAreaTree } from './area-tree.ts';
export { developmentZones, zoneCode } from './development-zones.ts';
export type { DivisionRow, DivisionSource } from './division-csv.ts';

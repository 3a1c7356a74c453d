// GB/T 2260 codes as jurisdictions: their level and the jurisdiction directly above.
import { coversJurisdiction } from '../kernel/scope.ts';
import type { JurisdictionLevel } from './jur.records.ts';

export { coversJurisdiction };

export function jurisdictionLevel(code: string): JurisdictionLevel {
  if (code === '000000') return 'nation';
  if (code.endsWith('0000')) return 'province';
  if (code.endsWith('00')) return 'city';
  return 'county';
}

/** The jurisdiction directly above: a county's city, a city's province, a province's nation; null for the nation. */
export function parentJurisdiction(code: string): string | null {
  switch (jurisdictionLevel(code)) {
    case 'nation':
      return null;
    case 'province':
      return '000000';
    case 'city':
      return `${code.slice(0, 2)}0000`;
    default:
      return `${code.slice(0, 4)}00`;
  }
}

/**
 * Whether `code` is directly below `parent` in the cascade: a province's cities (and its directly administered
 * counties, whose city part is 90), a city's counties, the nation's provinces.
 */
export function isDirectlyBelow(code: string, parent: string): boolean {
  if (code === parent || !coversJurisdiction(parent, code)) return false;
  const above = parentJurisdiction(code);
  if (above === parent) return true;
  // 省直辖县级行政区划 (e.g. 429004): counties a province governs directly
  return jurisdictionLevel(parent) === 'province' && code.slice(2, 4) === '90';
}

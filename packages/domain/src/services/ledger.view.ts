// The plan's participation figures as pure functions of ledger sums: by district (the root's child areas), by
// target group, and per 10,000 residents.
import { type TargetGroup, targetGroups } from './svc.codes.ts';
import type { HeldCount, LedgerSum } from './svc.records.ts';

export interface AreaRef {
  code: string;
  name: string;
  path: string[];
}

export interface FigureRow {
  areaCode: string;
  areaName: string;
  held: number;
  participants: number;
  byGroup: Record<TargetGroup, number>;
  population: number | null;
  /** participants per 10,000 residents (one decimal), null without a population */
  per10k: number | null;
}

const emptyGroups = () => Object.fromEntries(targetGroups.map((g) => [g, 0])) as Record<TargetGroup, number>;

/** The child of `root` an area lies in (the area itself when it is a child; the root for the root's own entries). */
export function districtOf(root: string, path: string[], code: string): string {
  const full = [...path, code];
  const i = full.indexOf(root);
  return i < 0 ? code : (full[i + 1] ?? root);
}

export function figuresByDistrict(
  root: AreaRef,
  areas: AreaRef[],
  held: HeldCount[],
  sums: LedgerSum[],
  populations: Map<string, number>,
): { total: FigureRow; districts: FigureRow[] } {
  const byCode = new Map(areas.map((a) => [a.code, a]));
  const rows = new Map<string, FigureRow>();
  const row = (code: string): FigureRow => {
    let r = rows.get(code);
    if (!r) {
      r = {
        areaCode: code,
        areaName: byCode.get(code)?.name ?? code,
        held: 0,
        participants: 0,
        byGroup: emptyGroups(),
        population: populations.get(code) ?? null,
        per10k: null,
      };
      rows.set(code, r);
    }
    return r;
  };
  for (const a of areas) if (a.path.at(-1) === root.code) row(a.code);
  const total = row(root.code);
  const place = (code: string) => {
    const a = byCode.get(code);
    return a ? districtOf(root.code, a.path, code) : code;
  };
  for (const h of held) {
    const d = place(h.areaCode);
    if (d !== root.code) row(d).held += h.count;
    total.held += h.count;
  }
  for (const s of sums) {
    const d = place(s.areaCode);
    for (const r of d !== root.code ? [row(d), total] : [total]) {
      r.participants += s.count;
      r.byGroup[s.targetGroup] += s.count;
    }
  }
  for (const r of rows.values())
    r.per10k = r.population ? Math.round((r.participants / r.population) * 100_000) / 10 : null;
  rows.delete(root.code);
  return { total, districts: [...rows.values()].sort((a, b) => a.areaCode.localeCompare(b.areaCode)) };
}

// A plan against the plan it implements: which targets and groups the jurisdiction below kept, changed, dropped or
// added. Pure: two plan bundles in, rows out (the cascade page and its Excel export show the same rows).
import type { PlanBundle } from '../plan-model/plan-bundle.ts';

type Target = PlanBundle['targets'][number];

export interface TargetSide {
  /** null for a qualitative target (its words in `text`) */
  value: number | null;
  comparator: string;
  unit: string;
  text: string;
}
/** same: equal on both; higher / lower: the plan below asks more / less; added / dropped: only below / only above. */
export type TargetChange = 'same' | 'higher' | 'lower' | 'differs' | 'added' | 'dropped';
export interface TargetDiffRow {
  indicator: string;
  year: number;
  kind: string;
  own: TargetSide | null;
  above: TargetSide | null;
  change: TargetChange;
}
export type GroupChange = 'both' | 'added' | 'dropped';
export interface GroupDiffRow {
  kind: string;
  title: string;
  change: GroupChange;
  ownTasks: number | null;
  aboveTasks: number | null;
}
export interface PlanDiff {
  targets: TargetDiffRow[];
  groups: GroupDiffRow[];
}

/** A target as written: ≥15%, 28%左右, or a qualitative target's words. */
export const targetSideText = (s: TargetSide | null): string =>
  !s
    ? ''
    : s.value === null
      ? s.text
      : s.comparator === '≈'
        ? `${s.value}${s.unit}左右`
        : `${s.comparator === '=' ? '' : s.comparator}${s.value}${s.unit}`;

const side = (t: Target | undefined): TargetSide | null =>
  t ? { value: t.value, comparator: t.comparator, unit: t.unit, text: t.text } : null;

function targetChange(own: Target | undefined, above: Target | undefined): TargetChange {
  if (!own) return 'dropped';
  if (!above) return 'added';
  if (own.unit !== above.unit) return 'differs';
  if (own.value === above.value)
    return own.comparator === above.comparator && own.text === above.text ? 'same' : 'differs';
  // a qualitative target on either side is not more or less than a figure
  if (own.value === null || above.value === null) return 'differs';
  return own.value > above.value ? 'higher' : 'lower';
}

/**
 * Groups match by kind and title with the level's prefix taken away (省/市/县 units and the jurisdiction's name
 * differ between levels, the action does not): "青少年科学素质提升行动" is the same group at every level.
 */
export const groupKey = (kind: string, title: string) =>
  `${kind}|${title.replace(/^(全省|全市|全县|全区|本省|本市)/, '').replace(/\s+/g, '')}`;

export function planDiff(own: PlanBundle, above: PlanBundle): PlanDiff {
  const key = (t: Target) => `${t.indicator}|${t.year}|${t.kind}`;
  const ownTargets = new Map(own.targets.map((t) => [key(t), t]));
  const aboveTargets = new Map(above.targets.map((t) => [key(t), t]));
  const targetKeys = [...new Set([...aboveTargets.keys(), ...ownTargets.keys()])];
  const targets = targetKeys
    .map((k): TargetDiffRow => {
      const o = ownTargets.get(k);
      const a = aboveTargets.get(k);
      const t = (o ?? a) as Target;
      return {
        indicator: t.indicator,
        year: t.year,
        kind: t.kind,
        own: side(o),
        above: side(a),
        change: targetChange(o, a),
      };
    })
    .sort(
      (x, y) => x.indicator.localeCompare(y.indicator) || x.year - y.year || x.kind.localeCompare(y.kind),
    );
  const ownGroups = new Map(own.groups.map((g) => [groupKey(g.kind, g.title), g]));
  const aboveGroups = new Map(above.groups.map((g) => [groupKey(g.kind, g.title), g]));
  const groups: GroupDiffRow[] = [
    ...above.groups.map((g) => {
      const o = ownGroups.get(groupKey(g.kind, g.title));
      return {
        kind: g.kind,
        title: g.title,
        change: (o ? 'both' : 'dropped') as GroupChange,
        ownTasks: o ? o.taskNumbers.length : null,
        aboveTasks: g.taskNumbers.length,
      };
    }),
    ...own.groups
      .filter((g) => !aboveGroups.has(groupKey(g.kind, g.title)))
      .map((g) => ({
        kind: g.kind,
        title: g.title,
        change: 'added' as GroupChange,
        ownTasks: g.taskNumbers.length,
        aboveTasks: null,
      })),
  ];
  return { targets, groups };
}

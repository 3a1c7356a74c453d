// The units an import would create, each with the closest names the jurisdiction already has: by edit distance, after
// writing the common long and short forms alike (市教育委员会/市教委, 市科学技术协会/市科协 …).

const forms: [RegExp, string][] = [
  [/教育委员会|教育局|教委/g, '教'],
  [/科学技术协会|科协/g, '协'],
  [/科学技术委员会|科学技术局|科技局|科委/g, '技'],
  [/人力资源和?社会保障局|人力资源社会保障局|人力社保局|人社局/g, '社'],
  [/卫生健康委员会|卫生健康委|卫健委/g, '卫'],
  [/发展和?改革委员会|发展改革委|发改委/g, '改'],
  [/文化和旅游局|文化旅游局|文旅局/g, '旅'],
  [/农业农村委员会|农业农村局|农业农村委/g, '农'],
  [/委员会/g, '委'],
  [/管理委员会|管委会/g, '管'],
  [/人民政府/g, '政'],
];

/** A unit name with its long and short forms written alike, so 市教育局 and 市教委 compare as equal. */
export function unitKey(name: string): string {
  let k = name.replace(/[\s()（）]/g, '');
  for (const [re, short] of forms) k = k.replace(re, short);
  return k;
}

export function editDistance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const cur = [i];
    for (let j = 1; j <= y.length; j++)
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (x[i - 1] === y[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[y.length];
}

export interface UnitSuggestion {
  /** A name in the import that no unit of the jurisdiction has. */
  name: string;
  /** Existing names, closest first (at most 3): same unit written otherwise, or one or two characters apart. */
  closest: string[];
}

/** For each name of `names` that is not in `existing`: the closest existing names (none when nothing is close). */
export function suggestUnits(names: readonly string[], existing: readonly string[]): UnitSuggestion[] {
  const have = new Set(existing);
  const keyed = existing.map((e) => ({ name: e, key: unitKey(e) }));
  return [...new Set(names)]
    .filter((n) => !have.has(n))
    .map((name) => {
      const key = unitKey(name);
      const scored = keyed
        .map((e) => ({ name: e.name, d: e.key === key ? 0 : editDistance(name, e.name) }))
        .filter((e) => e.d <= Math.max(1, Math.floor([...name].length / 3)))
        .sort((p, q) => p.d - q.d || p.name.localeCompare(q.name, 'zh-CN'));
      // the same unit written otherwise wins over names that are merely close
      const same = scored.filter((e) => e.d === 0);
      return { name, closest: (same.length ? same : scored).slice(0, 3).map((e) => e.name) };
    });
}

/** Every unit name an outline (either version) uses, in the order written. */
export function outlineUnitNames(o: {
  groups: { leadUnits: string[]; tasks?: { responsibleUnits: string[] }[] }[];
  tasks?: { responsibleUnits: string[] }[];
}): string[] {
  const names = [
    ...o.groups.flatMap((g) => [...g.leadUnits, ...(g.tasks ?? []).flatMap((t) => t.responsibleUnits)]),
    ...(o.tasks ?? []).flatMap((t) => t.responsibleUnits),
  ];
  return [...new Set(names)];
}

/** The outline with names replaced as the office mapped them (name in the file → existing name). */
export function renameUnits<
  T extends {
    groups: { leadUnits: string[]; tasks?: { responsibleUnits: string[] }[] }[];
    tasks?: { responsibleUnits: string[] }[];
  },
>(o: T, map: Readonly<Record<string, string>>): T {
  const r = (names: string[]) => [...new Set(names.map((n) => map[n] ?? n))];
  return {
    ...o,
    groups: o.groups.map((g) => ({
      ...g,
      leadUnits: r(g.leadUnits),
      ...(g.tasks ? { tasks: g.tasks.map((t) => ({ ...t, responsibleUnits: r(t.responsibleUnits) })) } : {}),
    })),
    ...(o.tasks ? { tasks: o.tasks.map((t) => ({ ...t, responsibleUnits: r(t.responsibleUnits) })) } : {}),
  };
}

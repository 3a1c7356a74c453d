// Rules across fields read leniently (a field of the wrong type is skipped), so they run even when fields are wrong.

export interface CrossIssue {
  path: (string | number)[];
  code: string;
  message: string;
  params: Record<string, string | number>;
}

export const crossIssue = (
  path: (string | number)[],
  code: string,
  message: string,
  params: Record<string, string | number>,
): CrossIssue => ({ path, code, message, params });

/** The objects of an array, each position kept (a non-object is read as {}); [] when not an array. */
export const list = (x: unknown): Record<string, unknown>[] =>
  Array.isArray(x) ? x.map((v) => (v && typeof v === 'object' ? (v as Record<string, unknown>) : {})) : [];

/** A unit listed twice would be stored once, and the export would then differ from the import. */
export function onceEach(names: unknown, path: (string | number)[]): CrossIssue[] {
  if (!Array.isArray(names)) return [];
  const trimmed = names.map((n) => (typeof n === 'string' ? n.trim() : n));
  return trimmed.flatMap((name, j) =>
    typeof name === 'string' && trimmed.indexOf(name) !== j
      ? [
          crossIssue([...path, j], 'plan.outline.unit_repeated', `unit "${name}" is listed twice`, {
            unit: name,
          }),
        ]
      : [],
  );
}

/** Each number of `items` (sections, tasks) used once: `what` names them in the message (section, task). */
export function numbersOnce(items: unknown, field: string, what: 'section' | 'task'): CrossIssue[] {
  const seen = new Set<unknown>();
  return list(items).flatMap((s, i) => {
    if (typeof s.number !== 'number') return [];
    const again = seen.has(s.number);
    seen.add(s.number);
    return again
      ? [
          crossIssue(
            [field, i, 'number'],
            `plan.outline.${what}_number_repeated`,
            `${what} number ${s.number} appears twice`,
            { number: s.number },
          ),
        ]
      : [];
  });
}

/** The plan's period does not end before it starts. */
export function periodInOrder(period: unknown): CrossIssue[] {
  const p = (period ?? {}) as Record<string, unknown>;
  return typeof p.start === 'number' && typeof p.end === 'number' && p.end < p.start
    ? [
        crossIssue(['period', 'end'], 'plan.outline.period_reversed', 'the period ends before it starts', {
          start: p.start,
          end: p.end,
        }),
      ]
    : [];
}

/** A zod refinement that reports the rules of `rules` as issues with their codes (each outline version's schema). */
export const addCrossIssues =
  (rules: (doc: unknown) => CrossIssue[]) =>
  (
    doc: unknown,
    ctx: {
      addIssue(issue: {
        code: 'custom';
        path: (string | number)[];
        message: string;
        params: Record<string, unknown>;
      }): void;
    },
  ) => {
    for (const i of rules(doc))
      ctx.addIssue({
        code: 'custom',
        path: i.path,
        message: i.message,
        params: { code: i.code, ...i.params },
      });
  };

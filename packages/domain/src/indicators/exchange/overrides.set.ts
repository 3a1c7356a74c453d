// Target status overrides as an exchanged data set: (target code, target year) → status and reason; an empty status
// removes the override, and who set it is the importer.
import { z } from 'zod';
import type { IndContext } from '../ind.ports.ts';
import { overrideSchema } from '../registers.schemas.ts';
import type { DataSet } from './exchange.engine.ts';
import { targetName } from './exchange.names.ts';

const overrideRow = z.strictObject({
  code: z.string().trim().min(1).max(32),
  targetYear: z.number().int().min(2000).max(2100),
  /** Empty: no override (a stored one is deleted). */
  status: overrideSchema.shape.status.default(null),
  reason: overrideSchema.shape.reason,
  /** Who set it: exported for the record; an import names the importer for every row it changes. */
  by: z.string().max(100).optional(),
});
type OverrideRow = z.infer<typeof overrideRow>;

const who = (ctx: IndContext) => ctx.actor?.username ?? 'system';
const sameOverride = (a: OverrideRow, b: OverrideRow | undefined) =>
  !!b && a.status === b.status && a.reason === b.reason;

export const overridesSet: DataSet<OverrideRow> = {
  name: 'overrides',
  yearly: false,
  replaces: false,
  columns: { code: 'text', targetYear: 'int', status: 'ntext', reason: 'text', by: 'ntext' },
  names: [targetName('code')],
  optional: ['by'],
  row: overrideRow,
  key: (r) => `${r.code}/${r.targetYear}`,
  isEmpty: (r) => r.status === null,
  async current(ctx) {
    return (await ctx.stores.ind.listTargets()).flatMap((t) =>
      t.overrides
        .sort((a, b) => a.targetYear - b.targetYear)
        .map((o) => ({
          code: t.code,
          targetYear: o.targetYear,
          status: o.status as OverrideRow['status'],
          reason: o.reason,
          by: o.by,
        })),
    );
  },
  /** The target and its target year must exist; `by` is the stored one for an unchanged row, else the importer. */
  async check(ctx, rows, _year, bad, current) {
    const targets = new Map(
      (await ctx.stores.ind.listTargets()).map((t) => [t.code, new Set(t.targets.map((x) => x.year))]),
    );
    const stored = new Map(current.map((r) => [overridesSet.key(r), r]));
    for (const [k, r] of rows.entries()) {
      const years = targets.get(r.code);
      if (!years) bad(k, 'code', 'ind.target.unknown', `no target ${r.code}`, { target: r.code });
      else if (!years.has(r.targetYear))
        bad(k, 'targetYear', 'ind.target.unknown_year', `${r.code} has no target for ${r.targetYear}`, {
          target: r.code,
          year: r.targetYear,
        });
    }
    return rows.map((r) => {
      const old = stored.get(overridesSet.key(r));
      return { ...r, by: sameOverride(r, old) ? old?.by : who(ctx) };
    });
  },
  async apply(ctx, _year, diff) {
    for (const r of [...diff.add, ...diff.update.map((u) => u.after)])
      await ctx.stores.ind.setOverride({
        code: r.code,
        targetYear: r.targetYear,
        status: r.status,
        reason: r.reason,
        by: who(ctx),
      });
    for (const r of diff.delete)
      await ctx.stores.ind.setOverride({
        code: r.code,
        targetYear: r.targetYear,
        status: null,
        reason: r.reason,
        by: who(ctx),
      });
  },
};

// Target status overrides as their own exchanged data set (code, targetYear, status, reason, by): one row per target
// and target year, set by the office with a written reason (as `PUT /api/indicators/targets/:code/:year/override`).
// Kept apart from the targets set: a target has one row there, an override one per target year, with its own who/why.

import { listTargets, setOverride } from '@kepu/db';
import { z } from 'zod';
import { overrideSchema } from '../targets.service.ts';
import type { IndCtx } from '../tx.ts';
import { type DataSet, office } from './engine.ts';

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

const who = (ctx: IndCtx) => ctx.actor?.username ?? 'system';
const sameOverride = (a: OverrideRow, b: OverrideRow | undefined) =>
  !!b && a.status === b.status && a.reason === b.reason;

export const overridesSet: DataSet<OverrideRow> = {
  name: 'overrides',
  yearly: false,
  replaces: false,
  columns: { code: 'text', targetYear: 'int', status: 'ntext', reason: 'text', by: 'ntext' },
  optional: ['by'],
  row: overrideRow,
  key: (r) => `${r.code}/${r.targetYear}`,
  isEmpty: (r) => r.status === null,
  authorizeImport: office,
  async current(ctx) {
    return (await listTargets(ctx.db)).flatMap((t) =>
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
      (await listTargets(ctx.db)).map((t) => [t.code, new Set(t.targets.map((x) => x.year))]),
    );
    const stored = new Map(current.map((r) => [overridesSet.key(r), r]));
    for (const [k, r] of rows.entries()) {
      const years = targets.get(r.code);
      if (!years) bad(k, 'code', `no target ${r.code}`);
      else if (!years.has(r.targetYear)) bad(k, 'targetYear', `${r.code} has no target for ${r.targetYear}`);
    }
    return rows.map((r) => {
      const old = stored.get(overridesSet.key(r));
      return { ...r, by: sameOverride(r, old) ? old?.by : who(ctx) };
    });
  },
  async apply(ctx, _year, diff) {
    for (const r of [...diff.add, ...diff.update.map((u) => u.after)])
      await setOverride(ctx.db, {
        code: r.code,
        targetYear: r.targetYear,
        status: r.status,
        reason: r.reason,
        by: who(ctx),
      });
    for (const r of diff.delete)
      await setOverride(ctx.db, {
        code: r.code,
        targetYear: r.targetYear,
        status: null,
        reason: r.reason,
        by: who(ctx),
      });
  },
};

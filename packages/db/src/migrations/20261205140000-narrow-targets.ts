// "Narrow markedly" becomes a real target kind: a stored `narrow` target (kept as value 0 before) gets the share of
// the baseline gap that must go (0.3, as in seed/indicators/targets.json) and the basis of that figure.
import { type Kysely, sql } from 'kysely';

const BASIS =
  '规划未给出数值;“明显缩小”按本平台工作口径计为比基线差距至少缩小30%(办公室可在此调整) / the plan gives no number: "markedly" is taken as at least 30% below the baseline gap, a working definition the office may revise';

type Target = { year: number; comparator: string; value?: number; reduction?: number; basis?: string };

async function rewrite(db: Kysely<unknown>, change: (t: Target) => Target) {
  const rows = await sql<{ code: string; targets: Target[] | string }>`select code, targets from ind_targets`.execute(
    db,
  );
  for (const r of rows.rows) {
    const list: Target[] = typeof r.targets === 'string' ? JSON.parse(r.targets) : r.targets;
    if (!list.some((t) => t.comparator === 'narrow')) continue;
    const next = JSON.stringify(list.map((t) => (t.comparator === 'narrow' ? change(t) : t)));
    await sql`update ind_targets set targets = ${next}::jsonb where code = ${r.code}`.execute(db);
  }
}

export async function up(db: Kysely<unknown>): Promise<void> {
  await rewrite(db, (t) =>
    t.reduction === undefined ? { year: t.year, comparator: 'narrow', reduction: 0.3, basis: BASIS } : t,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await rewrite(db, (t) => ({ year: t.year, value: 0, comparator: 'narrow' }));
}

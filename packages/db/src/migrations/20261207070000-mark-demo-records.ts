// Demo records say so: a `demo` flag on the progress reports, inspections, schools and literacy values the demo seed
// writes (the web app tags them 演示). A database seeded before this keeps its data; what can be told apart is marked
// here: reports the demo account saved, literacy estimates whose instrument said "demo data". Seeded texts that mixed
// English into Chinese (a literacy instrument, population sources, the targets' basis) are rewritten in Chinese, the
// basis keeping its English beside it (`basisEn`).
import { type Kysely, sql } from 'kysely';

type Target = { basis?: string; basisEn?: string };
const tables = ['acc_reports', 'acc_inspections', 'ind_schools', 'ind_kpi_values'] as const;
const OLD_DEMO = ' · 演示数据,非真实调查结果 / demo data, not a real survey';
const OLD_BASIS =
  '规划未给出数值;“明显缩小”按本平台工作口径计为比基线差距至少缩小30%(办公室可在此调整) / the plan gives no number: "markedly" is taken as at least 30% below the baseline gap, a working definition the office may revise';
const BASIS = '规划未给出数值；“明显缩小”按本平台工作口径计为比基线差距至少缩小 30%（办公室可在此调整）。';
const BASIS_EN =
  'The plan gives no number: "markedly" is taken as at least 30% below the baseline gap, a working definition the office may revise.';

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const t of tables) {
    await db.schema
      .alterTable(t)
      .addColumn('demo', 'boolean', (c) => c.notNull().defaultTo(false))
      .execute();
  }
  await sql`update acc_reports set demo = true
    where id in (select report_id from acc_report_events where actor_username = 'demo')`.execute(db);
  await sql`update ind_kpi_values set demo = true, instrument = replace(instrument, ${OLD_DEMO}, '')
    where instrument like ${`%${OLD_DEMO}`}`.execute(db);
  await sql`update ind_kpi_values set instrument = 'CAST 2022 版（100 分制，≥70 分）'
    where instrument = 'CAST 2022 版(100 分制,≥70 分)'`.execute(db);
  await sql`update ind_populations set source = case
      when source like '%(city total minus the other three)' then '演示估计值（全市总数减去其他三区），非官方数据，请以普查公报数字替换'
      else '演示估计值，非官方数据，请以普查公报数字替换' end
    where source like '演示估计值,非官方数据,请以普查公报替换 / demo estimate%'`.execute(db);
  await sql`update ind_populations
    set source = '第七次全国人口普查常住人口（摘自 ' || substr(source, length('第七次全国人口普查 常住人口; read from ') + 1) || '）'
    where source like '第七次全国人口普查 常住人口; read from %'`.execute(db);
  // the targets' "narrow" entries are JSON; the old bilingual basis becomes the Chinese one with its English beside it
  const rows = await sql<{
    code: string;
    targets: Target[] | string;
  }>`select code, targets from ind_targets`.execute(db);
  for (const r of rows.rows) {
    const list: Target[] = typeof r.targets === 'string' ? JSON.parse(r.targets) : r.targets;
    if (!list.some((t) => t.basis === OLD_BASIS)) continue;
    const next = list.map((t) => (t.basis === OLD_BASIS ? { ...t, basis: BASIS, basisEn: BASIS_EN } : t));
    await sql`update ind_targets set targets = ${JSON.stringify(next)}::jsonb where code = ${r.code}`.execute(
      db,
    );
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of tables) await db.schema.alterTable(t).dropColumn('demo').execute();
}

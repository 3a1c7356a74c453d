// The statistics capability per jurisdiction (issue 13): each jurisdiction has its own yearly form (items, rules,
// computed indicators), its own reporting units and its own targets registry. Rows made before belonged to the one
// jurisdiction an installation served, Panjin (211100). Reports and figures follow their unit; populations, literacy
// values and schools follow their area (an area lies in one jurisdiction's subtree).
import { type Kysely, sql } from 'kysely';

const formParts = ['ind_items', 'ind_rules', 'ind_computed'] as const;

async function addCode(db: Kysely<unknown>, table: string) {
  await sql`alter table ${sql.table(table)} add column jurisdiction_code text not null default '211100'
    check (jurisdiction_code ~ '^[0-9]{6}$')`.execute(db);
  await sql`alter table ${sql.table(table)} alter column jurisdiction_code drop default`.execute(db);
}

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const t of [...formParts, 'ind_reports'])
    await sql`alter table ${sql.table(t)} drop constraint ${sql.id(`${t}_year_fkey`)}`.execute(db);
  await addCode(db, 'ind_forms');
  await sql`alter table ind_forms drop constraint ind_forms_pkey`.execute(db);
  await sql`alter table ind_forms add primary key (jurisdiction_code, year)`.execute(db);
  for (const t of formParts) {
    await addCode(db, t);
    await sql`alter table ${sql.table(t)} drop constraint ${sql.id(`${t}_pk`)}`.execute(db);
    await sql`alter table ${sql.table(t)} add constraint ${sql.id(`${t}_pk`)}
      primary key (jurisdiction_code, year, code)`.execute(db);
    await sql`alter table ${sql.table(t)} add constraint ${sql.id(`${t}_form`)} foreign key (jurisdiction_code, year)
      references ind_forms (jurisdiction_code, year) on delete cascade`.execute(db);
  }
  await addCode(db, 'ind_units');
  await sql`alter table ind_units drop constraint ind_units_code_key`.execute(db);
  await sql`alter table ind_units add constraint ind_units_code unique (jurisdiction_code, code)`.execute(db);

  await sql`alter table ind_status_overrides drop constraint ind_status_overrides_code_fkey`.execute(db);
  await sql`alter table ind_status_overrides drop constraint ind_status_overrides_pk`.execute(db);
  await addCode(db, 'ind_targets');
  await sql`alter table ind_targets drop constraint ind_targets_pkey`.execute(db);
  await sql`alter table ind_targets add primary key (jurisdiction_code, code)`.execute(db);
  await addCode(db, 'ind_status_overrides');
  await sql`alter table ind_status_overrides add constraint ind_status_overrides_pk
    primary key (jurisdiction_code, code, target_year)`.execute(db);
  await sql`alter table ind_status_overrides add constraint ind_status_overrides_target
    foreign key (jurisdiction_code, code) references ind_targets (jurisdiction_code, code) on delete cascade`.execute(
    db,
  );
}

/** Back to one jurisdiction: only Panjin's (211100) rows are kept. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`delete from ind_units where jurisdiction_code <> '211100'`.execute(db);
  await sql`delete from ind_targets where jurisdiction_code <> '211100'`.execute(db);
  await sql`delete from ind_forms where jurisdiction_code <> '211100'`.execute(db);
  await sql`alter table ind_status_overrides drop constraint ind_status_overrides_target`.execute(db);
  await sql`alter table ind_status_overrides drop constraint ind_status_overrides_pk`.execute(db);
  await sql`alter table ind_status_overrides drop column jurisdiction_code`.execute(db);
  await sql`alter table ind_targets drop column jurisdiction_code`.execute(db);
  await sql`alter table ind_targets add primary key (code)`.execute(db);
  await sql`alter table ind_status_overrides add constraint ind_status_overrides_pk primary key (code, target_year)`.execute(
    db,
  );
  await sql`alter table ind_status_overrides add foreign key (code) references ind_targets (code) on delete cascade`.execute(
    db,
  );
  await sql`alter table ind_units drop constraint ind_units_code`.execute(db);
  await sql`alter table ind_units drop column jurisdiction_code`.execute(db);
  await sql`alter table ind_units add constraint ind_units_code_key unique (code)`.execute(db);
  for (const t of formParts) {
    await sql`alter table ${sql.table(t)} drop column jurisdiction_code`.execute(db);
    await sql`alter table ${sql.table(t)} add constraint ${sql.id(`${t}_pk`)} primary key (year, code)`.execute(
      db,
    );
  }
  await sql`alter table ind_forms drop column jurisdiction_code`.execute(db);
  await sql`alter table ind_forms add primary key (year)`.execute(db);
  for (const t of [...formParts, 'ind_reports'])
    await sql`alter table ${sql.table(t)} add foreign key (year) references ind_forms (year) on delete cascade`.execute(
      db,
    );
}

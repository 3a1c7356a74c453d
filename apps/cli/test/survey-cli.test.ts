// `kepu survey purge` on one seeded database per engine: nothing while the retention runs; once it has ended the
// demo survey's answers are deleted, the survey marked purged and the purge audited as the CLI.
import { type DatabaseHandle, openTestDatabases } from '@kepu/db';
import {
  importResponses,
  loadDefaultInstrument,
  responsesCsv,
  setSurveyStatus,
  surveyRecords,
  syntheticSurvey,
} from '@kepu/domain/survey';
import { seedDemo } from '@kepu/server';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inCliUseCase } from '../src/cli-context.ts';
import { runSurveyPurge } from '../src/survey.run.ts';

const instrument = loadDefaultInstrument();
const people = surveyRecords(syntheticSurvey(instrument, { seed: 3, respondents: 40 }))
  .filter((r) => r.responded)
  .slice(0, 5);

describe.each(openTestDatabases())('kepu survey purge on $name', { timeout: 120_000 }, ({ open }) => {
  let h: DatabaseHandle;
  let id: number;
  beforeAll(async () => {
    h = await open('demo');
    await seedDemo(h.db);
    // the demo survey (in fieldwork) gets five responses and closes
    id = (await h.db.selectFrom('surveys').select('id').executeTakeFirstOrThrow()).id;
    const csv = responsesCsv(
      instrument,
      people.map((r) => ({ ...r, psu: `${r.demographics?.district}-1`, synthetic: true })),
    );
    await inCliUseCase(h.db, (ctx) => importResponses(ctx, id, csv));
    await inCliUseCase(h.db, (ctx) => setSurveyStatus(ctx, id, { status: 'closed' }));
  }, 300_000);
  afterAll(() => h?.close());
  const responses = async () =>
    Number(
      (
        await h.db
          .selectFrom('survey_responses')
          .select((e) => e.fn.countAll<number>().as('n'))
          .where('survey_id', '=', id)
          .executeTakeFirstOrThrow()
      ).n,
    );

  it('deletes nothing while the retention runs', async () => {
    expect(await runSurveyPurge(h.db)).toEqual(["no survey's retention has ended: nothing deleted"]);
    expect(await responses()).toBe(5);
  });

  it('deletes the answers once the retention has ended, audited as the CLI, and only once', async () => {
    // fieldwork closed 25 months ago (24 kept by default)
    await sql`update surveys set closed_at = now() - interval '25 months' where id = ${id}`.execute(h.db);
    expect(await runSurveyPurge(h.db)).toEqual([`survey ${id}: 5 response(s) deleted`]);
    expect(await responses()).toBe(0);
    const survey = await h.db
      .selectFrom('surveys')
      .select('purged_at')
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(survey.purged_at).not.toBeNull();
    const audit = await h.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'survey.responses.purge')
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ entity_id: String(id), actor_username: 'cli' });
    expect(await runSurveyPurge(h.db)).toEqual(["no survey's retention has ended: nothing deleted"]);
  });
});

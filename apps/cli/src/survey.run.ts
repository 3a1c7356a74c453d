// `kepu survey purge`, the work: loaded only when the command runs.
import { purgeExpiredAnswers } from '@kepu/domain/survey';
import { type CliDb, inCliUseCase } from './cli-context.ts';
import { openDatabase } from './database.ts';

/** One purge run as the CLI; answers the lines to print, one per survey purged. */
export async function runSurveyPurge(db: CliDb): Promise<string[]> {
  const done = await inCliUseCase(db, purgeExpiredAnswers);
  if (done.length === 0) return ["no survey's retention has ended: nothing deleted"];
  return done.map((d) => `survey ${d.surveyId}: ${d.deleted} response(s) deleted`);
}

export async function purgeCommand(o: { dataDir: string }): Promise<void> {
  const h = await openDatabase(o);
  try {
    for (const line of await runSurveyPurge(h.db)) process.stdout.write(`${line}\n`);
  } finally {
    await h.close();
  }
}

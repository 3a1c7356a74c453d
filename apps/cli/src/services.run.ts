// `kepu services purge`, the work: loaded only when the command runs.
import { purgeRegistrationAnswers } from '@kepu/domain/services';
import { inCliUseCase } from './cli-context.ts';
import { openDatabase } from './database.ts';

export async function purgeCommand(o: { dataDir: string }): Promise<void> {
  const h = await openDatabase(o);
  try {
    const done = await inCliUseCase(h.db, purgeRegistrationAnswers);
    if (done.length === 0) process.stdout.write("no activity's retention has ended: nothing cleared\n");
    for (const d of done)
      process.stdout.write(`activity ${d.activityId}: ${d.cleared} registration(s) cleared\n`);
  } finally {
    await h.close();
  }
}

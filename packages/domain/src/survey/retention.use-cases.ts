// Data protection: respondents' answers are kept a set number of months after fieldwork closed, then the purge job
// deletes them. What was published from them (the literacy value with its interval and provenance) stays, and so
// does the audit log, which gets one entry per purge with the number of answers deleted.
import { DomainError } from '../errors.ts';
import type { SurveyContext } from './survey.ports.ts';
import type { StoredSurvey } from './survey.records.ts';

/** The instant a closed survey's answers fall due for deletion (null while fieldwork has not closed). */
export function retentionEnds(s: StoredSurvey): Date | null {
  if (!s.closedAt) return null;
  const end = new Date(s.closedAt);
  end.setUTCMonth(end.getUTCMonth() + s.retentionMonths);
  return end;
}

/** Refuses what needs the respondent-level answers once they have been deleted. */
export function requireAnswersKept(s: StoredSurvey): void {
  if (s.purgedAt)
    throw new DomainError(
      'survey.purged_conflict',
      'the answers of this survey were deleted after retention',
      {
        purgedAt: s.purgedAt,
      },
    );
}

/**
 * The purge job (run as the system, no actor): deletes the answers of every survey whose retention has ended and
 * answers which surveys were purged and how many answers each lost.
 */
export async function purgeExpiredAnswers(
  ctx: SurveyContext,
): Promise<{ surveyId: number; deleted: number }[]> {
  const now = ctx.clock.now();
  const done = [];
  for (const s of await ctx.stores.survey.listSurveys()) {
    const end = retentionEnds(s);
    if (s.purgedAt || !end || end > now) continue;
    const deleted = await ctx.stores.survey.purgeResponses(s.id, now);
    if (deleted === null) continue; // another run got there first
    await ctx.audit.write({
      action: 'survey.responses.purge',
      entity: 'survey',
      entityId: s.id,
      before: { responses: deleted },
      after: { responses: 0, retentionMonths: s.retentionMonths, closedAt: s.closedAt },
    });
    done.push({ surveyId: s.id, deleted });
  }
  return done;
}

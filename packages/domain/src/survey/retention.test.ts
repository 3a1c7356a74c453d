import { describe, expect, it } from 'vitest';
import { retentionEnds } from './retention.use-cases.ts';
import type { StoredSurvey } from './survey.records.ts';

const survey = (closedAt: string | null, retentionMonths: number) =>
  ({ closedAt, retentionMonths, purgedAt: null }) as StoredSurvey;

describe('the retention of survey answers', () => {
  it('ends the given number of calendar months after fieldwork closed', () => {
    expect(retentionEnds(survey('2025-11-30T08:00:00.000Z', 24))?.toISOString()).toBe(
      '2027-11-30T08:00:00.000Z',
    );
    expect(retentionEnds(survey('2025-03-15T00:00:00.000Z', 6))?.toISOString()).toBe(
      '2025-09-15T00:00:00.000Z',
    );
  });

  it('does not run while fieldwork is open', () => {
    expect(retentionEnds(survey(null, 24))).toBeNull();
  });
});

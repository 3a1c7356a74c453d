// Quality flags as an analyst sees them: speeding under 3 s an item, straight-lining of the true/false items, the same
// device twice and identical answers (both responses of a pair flagged), and nothing on a careful response.
import { describe, expect, it } from 'vitest';
import { flagResponses } from './quality.view.ts';
import { loadDefaultInstrument } from './survey.instrument.ts';
import type { SurveyResponseRecord } from './survey.records.ts';

const instrument = loadDefaultInstrument();
const keyed = Object.fromEntries(
  instrument.items.map((it) => [it.code, it.key as boolean | string | string[]]),
);
const about = {
  sex: 'male',
  age: 30,
  education: 'tertiary',
  occupation: 'professional',
  urbanRural: 'urban',
};
const start = Date.parse('2026-05-01T08:00:00Z');

function response(
  id: number,
  seconds: number,
  patch: Partial<SurveyResponseRecord> = {},
): SurveyResponseRecord {
  return {
    id,
    surveyId: 1,
    invitationId: null,
    mode: 'self',
    psuCode: null,
    answers: keyed,
    demographics: { ...about, district: '211104', targetGroup: 'other', age: 20 + id },
    consentAt: new Date(start).toISOString(),
    startedAt: new Date(start).toISOString(),
    submittedAt: new Date(start + seconds * 1000).toISOString(),
    device: `device-${id}`,
    interviewerId: null,
    review: null,
    reviewReason: null,
    synthetic: false,
    ...patch,
  };
}

describe('quality flags', () => {
  it('flags speeding below 3 seconds an item, and not at it', () => {
    const items = instrument.items.length;
    const flags = flagResponses(instrument, [response(1, 3 * items - 1), response(2, 3 * items)]);
    expect(flags.get(1)).toEqual(['speeding']);
    expect(flags.has(2)).toBe(false);
  });

  it('flags straight-lining: every true/false item given the same answer', () => {
    const allTrue = Object.fromEntries(
      instrument.items.map((it) => [it.code, it.kind === 'true_false' ? true : keyed[it.code]]),
    );
    const flags = flagResponses(instrument, [response(1, 900, { answers: allTrue as typeof keyed })]);
    expect(flags.get(1)).toEqual(['straight_lining']);
  });

  it('flags both responses of a shared device and of identical answers, and leaves a draft alone', () => {
    const twin = { demographics: { ...about, district: '211104', targetGroup: 'other', age: 40 } };
    const flags = flagResponses(instrument, [
      response(1, 900, { device: 'same-device' }),
      response(2, 900, { device: 'same-device' }),
      response(3, 900, twin),
      response(4, 900, twin),
      response(5, 1, { submittedAt: null, device: 'same-device' }),
    ]);
    expect(flags.get(1)).toEqual(['duplicate_device']);
    expect(flags.get(2)).toEqual(['duplicate_device']);
    expect(flags.get(3)).toEqual(['duplicate_answers']);
    expect(flags.get(4)).toEqual(['duplicate_answers']);
    expect(flags.has(5)).toBe(false);
  });
});

// Quality flags of submitted responses, computed from the responses themselves (so a flag appears on the earlier of
// two duplicates too): speeding, straight-lining, a device seen twice, answers identical to another response's.
import type { Instrument } from './survey.instrument.ts';
import type { SurveyResponseRecord } from './survey.records.ts';

export const qualityFlags = ['speeding', 'straight_lining', 'duplicate_device', 'duplicate_answers'] as const;
export type QualityFlag = (typeof qualityFlags)[number];

/** Under this many seconds per item a response is speeding (reading an item takes longer). */
export const SECONDS_PER_ITEM_MIN = 3;
/** Straight-lining: at least this many true/false items, every one given the same answer. */
export const STRAIGHT_LINE_MIN_ITEMS = 8;

const seconds = (r: SurveyResponseRecord) =>
  r.submittedAt ? (Date.parse(r.submittedAt) - Date.parse(r.startedAt)) / 1000 : Number.POSITIVE_INFINITY;

function straightLined(instrument: Instrument, r: SurveyResponseRecord): boolean {
  const tf = instrument.items.filter((it) => it.kind === 'true_false').map((it) => r.answers[it.code]);
  if (tf.length >= STRAIGHT_LINE_MIN_ITEMS && tf.every((a) => a === tf[0])) return true;
  // single choice: the same option position every time
  const positions = instrument.items
    .filter((it) => it.kind === 'single')
    .map((it) => (it.kind === 'single' ? it.options.findIndex((o) => o.code === r.answers[it.code]) : -1));
  return positions.length >= STRAIGHT_LINE_MIN_ITEMS && positions.every((p) => p === positions[0]);
}

const answerKey = (r: SurveyResponseRecord) =>
  JSON.stringify([
    Object.entries(r.answers).sort(([a], [b]) => a.localeCompare(b)),
    Object.entries(r.demographics).sort(([a], [b]) => a.localeCompare(b)),
  ]);

/** The flags of each submitted response, by response id (a response without flags is absent). */
export function flagResponses(
  instrument: Instrument,
  responses: readonly SurveyResponseRecord[],
): Map<number, QualityFlag[]> {
  const done = responses.filter((r) => r.submittedAt);
  const count = (key: (r: SurveyResponseRecord) => string | null) => {
    const m = new Map<string, number>();
    for (const r of done) {
      const k = key(r);
      if (k !== null) m.set(k, (m.get(k) ?? 0) + 1);
    }
    return m;
  };
  const devices = count((r) => r.device);
  const answerSets = count(answerKey);
  const out = new Map<number, QualityFlag[]>();
  for (const r of done) {
    const flags: QualityFlag[] = [];
    if (r.mode !== 'import' && seconds(r) < SECONDS_PER_ITEM_MIN * instrument.items.length)
      flags.push('speeding');
    if (straightLined(instrument, r)) flags.push('straight_lining');
    if (r.device && (devices.get(r.device) ?? 0) > 1) flags.push('duplicate_device');
    if ((answerSets.get(answerKey(r)) ?? 0) > 1) flags.push('duplicate_answers');
    if (flags.length) out.set(r.id, flags);
  }
  return out;
}

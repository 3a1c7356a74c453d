// Writes fixtures/synthetic-2026.csv (run: node --import tsx packages/domain/test/survey/make-fixture.ts), then
// Rscript packages/domain/test/survey/r/survey-reference.R makes fixtures/r-survey-reference.json from it.
import { writeFileSync } from 'node:fs';
import { loadDefaultInstrument } from '../../src/survey/survey.instrument.ts';
import { syntheticSurvey } from '../../src/survey/synthetic.ts';
import { FIXTURE_RESPONDENTS, FIXTURE_SEED, syntheticCsv } from './synthetic-csv.ts';

const instrument = loadDefaultInstrument();
const survey = syntheticSurvey(instrument, { seed: FIXTURE_SEED, respondents: FIXTURE_RESPONDENTS });
writeFileSync(new URL('./fixtures/synthetic-2026.csv', import.meta.url), syntheticCsv(instrument, survey));

// Instruments as data, versioned: list, export as the JSON file they import from, import a new version; the shipped
// illustrative default is installed by the demo seed (and downloadable, to import on any instance).
import { authorize } from '../auth/policy.ts';
import { DomainError, notFound } from '../errors.ts';
import { type Instrument, loadDefaultInstrument, parseInstrument } from './survey.instrument.ts';
import type { SurveyContext } from './survey.ports.ts';
import type { SurveyInstrumentRecord } from './survey.records.ts';

export async function listSurveyInstruments(ctx: SurveyContext): Promise<SurveyInstrumentRecord[]> {
  authorize(ctx.actor, 'survey.read');
  return ctx.stores.survey.listInstruments();
}

export async function findInstrument(ctx: SurveyContext, id: number) {
  const found = await ctx.stores.survey.getInstrument(id);
  if (!found) throw notFound('survey.instrument', id);
  return { record: found, instrument: parseInstrument(found.definition) };
}

/** The instrument as its JSON file. */
export async function instrumentFile(ctx: SurveyContext, id: number): Promise<Instrument> {
  authorize(ctx.actor, 'survey.read');
  return (await findInstrument(ctx, id)).instrument;
}

/** Stores a new version of an instrument; a code and version already stored is a 409 (versions are never changed). */
export async function importSurveyInstrument(
  ctx: SurveyContext,
  data: unknown,
): Promise<SurveyInstrumentRecord> {
  authorize(ctx.actor, 'survey.manage');
  const instrument = parseInstrument(data);
  const stored = await ctx.stores.survey.listInstruments();
  if (stored.some((s) => s.code === instrument.code && s.version === instrument.version))
    throw new DomainError(
      'survey.instrument.version_exists',
      `instrument ${instrument.code} version ${instrument.version} is already stored; give it a new version`,
      { code: instrument.code, version: instrument.version },
    );
  const record = await ctx.stores.survey.insertInstrument({
    code: instrument.code,
    version: instrument.version,
    title: instrument.title,
    illustrative: instrument.illustrative,
    definition: instrument,
  });
  await ctx.audit.write({
    action: 'survey.instrument.import',
    entity: 'survey_instrument',
    entityId: record.id,
    after: {
      code: record.code,
      version: record.version,
      title: record.title,
      illustrative: record.illustrative,
    },
  });
  return record;
}

/** The shipped illustrative instrument, stored unless a version of it is (the demo seed calls this). */
export async function installDefaultInstrument(ctx: SurveyContext): Promise<SurveyInstrumentRecord> {
  const shipped = loadDefaultInstrument();
  const stored = (await ctx.stores.survey.listInstruments()).find(
    (s) => s.code === shipped.code && s.version === shipped.version,
  );
  return stored ?? importSurveyInstrument(ctx, shipped);
}

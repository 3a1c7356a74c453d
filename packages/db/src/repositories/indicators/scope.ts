// The statistics of one jurisdiction (issue 13): its form, units and targets carry its code; populations, literacy
// values and schools are its by their area (the jurisdiction's own area or one below it).
import { sql } from 'kysely';

/** The area joined as `a` is the jurisdiction's or lies below it. */
export const areaWithin = (j: string) => sql<boolean>`(a.code = ${j} or ${j} = any(a.path))`;

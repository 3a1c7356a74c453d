// svyciprop(method = 'wilson') against the Wilson interval evaluated in R from survey 4.1-1's svymean and degf
// (test/r/ciprop-wilson.R → test/fixtures/r-ciprop-wilson-expected.json; survey 4.1-1 itself has no "wilson").
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { subset, svyciprop } from '../src/index.ts';
import { taylorDesign } from './helpers/fixtures.ts';

interface Entry {
  design: string;
  subset?: string;
  level: number;
  estimate: number;
  se: number;
  lower: number;
  upper: number;
  df: number;
}
const entries = JSON.parse(
  readFileSync(join(import.meta.dirname, 'fixtures', 'r-ciprop-wilson-expected.json'), 'utf8'),
) as Entry[];
const REL = 1e-9;
const close = (got: number, want: number, what: string) =>
  expect(Math.abs(got - want) / Math.abs(want), `${what}: got ${got}, want ${want}`).toBeLessThanOrEqual(REL);

describe("svyciprop(method = 'wilson') (relative 1e-9)", () => {
  for (const e of entries) {
    it(`${e.design}${e.subset ? ` subset ${e.subset}` : ''}, level ${e.level}`, () => {
      let d = taylorDesign(e.design);
      if (e.subset !== undefined) {
        const stype = d.frame.columns.get('stype') as (string | null)[];
        d = subset(
          d,
          Uint8Array.from(stype, (s) => (s === 'E' ? 1 : 0)),
        );
      }
      const r = svyciprop(d, 'hi700', { method: 'wilson', level: e.level });
      close(r.estimate, e.estimate, 'estimate');
      close(r.se, e.se, 'se');
      close(r.ci[0], e.lower, 'lower');
      close(r.ci[1], e.upper, 'upper');
      expect(r.df).toBe(e.df);
    });
  }
});

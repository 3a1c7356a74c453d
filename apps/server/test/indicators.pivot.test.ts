// The pivot over HTTP on each engine: the city's own units apart from the city total, a totals row, and stock
// figures (headcounts) never summed over several years.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, startTestApp, type TestApp } from './harness.ts';

const YEAR = new Date().getUTCFullYear() - 1;
type Cell = { area?: string; item?: string; year?: number; value: number };

describe.each(engines)('indicator pivot on $name', ({ open }) => {
  let t: TestApp;
  const pivot = async (query: string) => {
    const res = await t.as('viewer', { method: 'GET', url: `/api/indicators/pivot?${query}` });
    expect(res.statusCode).toBe(200);
    return res.json();
  };
  const value = (cells: Cell[], area: string | undefined, item: string) =>
    cells.find((c) => c.area === area && c.item === item)?.value;
  beforeAll(async () => {
    t = await startTestApp(open);
  });
  afterAll(() => t?.close());

  it('shows the city-level units apart from the city total, with a totals row', async () => {
    const p = await pivot(`year=${YEAR - 1}&rows=area&cols=item&items=P01,A01`);
    expect(p.root).toMatchObject({ code: '211100', level: 'city' });
    expect(p.labels.area['211100'].direct).toBe(true);
    expect(p.labels.area['211104'].direct).toBe(false);
    for (const item of ['P01', 'A01']) {
      const rows = p.cells.filter((c: Cell) => c.item === item);
      const sum = rows.reduce((s: number, c: Cell) => s + c.value, 0);
      // the city total counts every unit; the city-level units' row is only part of it
      expect(value(p.totals, undefined, item)).toBe(sum);
      expect(value(p.cells, '211100', item)).toBeLessThan(sum);
    }
  });

  it('takes a headcount at its latest year over several years, sums a flow, and says so', async () => {
    const years = `years=${YEAR - 2},${YEAR - 1}`;
    const both = await pivot(`year=${YEAR - 1}&${years}&rows=area&cols=item&items=P01,A01`);
    const last = await pivot(`year=${YEAR - 1}&rows=area&cols=item&items=P01,A01`);
    const first = await pivot(`year=${YEAR - 2}&rows=area&cols=item&items=P01,A01`);
    expect(both.latestStocks).toEqual({ cells: true, totals: true });
    expect(both.years).toEqual([YEAR - 2, YEAR - 1]);
    expect(both.labels.item.P01.measure).toBe('stock');
    expect(both.labels.item.A01.measure).toBe('flow');
    // staff (a stock): the latest year's headcount, not two years' headcounts added up
    expect(value(both.totals, undefined, 'P01')).toBe(value(last.totals, undefined, 'P01'));
    expect(value(both.cells, '211104', 'P01')).toBe(value(last.cells, '211104', 'P01'));
    // lectures held (a flow): the two years summed
    expect(value(both.totals, undefined, 'A01')).toBe(
      (value(first.totals, undefined, 'A01') ?? 0) + (value(last.totals, undefined, 'A01') ?? 0),
    );
    // with the year dimension every year is shown on its own
    const byYear = await pivot(`year=${YEAR - 1}&${years}&rows=year&cols=item&items=P01`);
    expect(byYear.latestStocks.cells).toBe(false);
    expect(byYear.cells.find((c: Cell) => c.year === YEAR - 2).value).toBe(
      value(first.totals, undefined, 'P01'),
    );
    expect(last.latestStocks).toEqual({ cells: false, totals: false });
  });
});

// The names a CSV export writes beside codes so a clerk can read the file (单位名称 beside the unit code, 指标名称
// beside the item code); each looks its names up once per export. An import passes these columns over.
import { getIndForm } from '../form.use-cases.ts';
import type { IndContext } from '../ind.ports.ts';
import type { NameColumn, Row } from './exchange.engine.ts';

type Lookup = (ctx: IndContext, year: number | null) => Promise<(code: string) => string | null>;

const byCode = (list: { code: string; name: string }[]) => {
  const names = new Map(list.map((x) => [x.code, x.name]));
  return (code: string) => names.get(code) ?? null;
};

const unitNames: Lookup = async (ctx) => byCode(await ctx.stores.ind.listUnits());
const areaNames: Lookup = async (ctx) => byCode(await ctx.stores.ind.listAreas());
const targetNames: Lookup = async (ctx) =>
  byCode((await ctx.stores.ind.listTargets()).map((t) => ({ code: t.code, name: t.zh })));
const itemNames: Lookup = async (ctx, year) =>
  byCode((await getIndForm(ctx, year ?? 0)).items.map((i) => ({ code: i.code, name: i.zh })));

/** A name column beside `after`, reading the code in that column. */
function nameOf<R extends Row>(header: string, after: keyof R & string, lookup: Lookup): NameColumn<R> {
  return {
    header,
    after,
    async lookup(ctx, year) {
      const name = await lookup(ctx, year);
      return (r) => (typeof r[after] === 'string' ? name(r[after]) : null);
    },
  };
}

export const unitName = <R extends Row>(after: keyof R & string) => nameOf<R>('单位名称', after, unitNames);
export const areaName = <R extends Row>(after: keyof R & string) => nameOf<R>('地区名称', after, areaNames);
export const itemName = <R extends Row>(after: keyof R & string) => nameOf<R>('指标名称', after, itemNames);
/** The literacy figures' code (K_LITERACY) is a target's. */
export const indicatorName = <R extends Row>(after: keyof R & string) =>
  nameOf<R>('指标名称', after, targetNames);
export const targetName = <R extends Row>(after: keyof R & string) =>
  nameOf<R>('目标名称', after, targetNames);

/** A breakdown option's name (男, 城镇 …) beside the option code of a value row (item + option). */
export const optionName = <R extends Row & { item: string; option: string }>(): NameColumn<R> => ({
  header: '细分名称',
  after: 'option',
  async lookup(ctx, year) {
    const form = await getIndForm(ctx, year ?? 0);
    const options = new Map(
      form.items.flatMap((i) =>
        (form.breakdowns.find((b) => b.code === i.breakdown)?.options ?? []).map((o) => [
          `${i.code}/${o.code}`,
          o.zh,
        ]),
      ),
    );
    return (r) => options.get(`${r.item}/${r.option}`) ?? null;
  },
});

// A release's data sets as files (CSV in UTF-8 with a BOM so Excel reads the Chinese; JSON) and the DCAT-style
// catalogue that describes them, all derived from the one stored snapshot.
import { toCsv } from '../indicators/ind.csv.ts';
import { type PublicDataSet, publicSets } from './datasets.ts';
import type { PubRelease } from './pub.records.ts';

export const BOM = '\uFEFF';
export const licence = {
  name: '知识共享署名 4.0 国际许可协议（CC BY 4.0）',
  nameEn: 'Creative Commons Attribution 4.0 International (CC BY 4.0)',
  url: 'https://creativecommons.org/licenses/by/4.0/',
};

export function dataSetCsv(set: PublicDataSet, r: PubRelease): string {
  const names = set.columns.map((c) => c.name);
  return BOM + toCsv(names, set.rows(r.snapshot).map((row) => names.map((n) => row[n] ?? null)));
}

export function dataSetJson(set: PublicDataSet, r: PubRelease) {
  return {
    format: `kepu-public-${set.name}/1`,
    year: r.year,
    version: r.version,
    modified: r.publishedAt,
    columns: set.columns,
    rows: set.rows(r.snapshot),
  };
}

/** The DCAT-style catalogue of a release: publisher, licence, coverage in time and space, columns with meanings. */
export function catalogue(r: PubRelease, base: string) {
  const s = r.snapshot;
  const publisher = { name: `${s.jurisdiction.name}全民科学素质工作领导小组办公室`, nameEn: `${s.jurisdiction.name} science literacy office` };
  const years = (set: PublicDataSet) => {
    const ys = set.rows(s).map((x) => x.year ?? x.targetYear).filter((y): y is number => typeof y === 'number');
    return ys.length ? { start: `${Math.min(...ys)}-01-01`, end: `${Math.max(...ys)}-12-31` } : { start: `${s.year}-01-01`, end: `${s.year}-12-31` };
  };
  return {
    '@context': 'https://www.w3.org/ns/dcat3.jsonld',
    '@type': 'dcat:Catalog',
    title: `${s.jurisdiction.name}全民科学素质行动公开数据`,
    titleEn: `${s.jurisdiction.name} citizen science literacy open data`,
    description: `${s.plan.title}实施情况的公开数据，${s.year} 年度第 ${r.version} 版。`,
    descriptionEn: `Open data on the plan's implementation, year ${s.year}, version ${r.version}.`,
    publisher,
    license: licence.url,
    modified: r.publishedAt,
    year: r.year,
    version: r.version,
    demo: s.demo,
    dataset: publicSets.map((set) => ({
      '@type': 'dcat:Dataset',
      identifier: set.name,
      title: set.zh,
      titleEn: set.en,
      description: set.descriptionZh,
      descriptionEn: set.descriptionEn,
      publisher,
      license: licence.url,
      temporal: years(set),
      spatial: { code: s.jurisdiction.code, name: s.jurisdiction.name },
      modified: r.publishedAt,
      rows: set.rows(s).length,
      columns: set.columns,
      distribution: [
        { format: 'CSV', mediaType: 'text/csv', encoding: 'UTF-8 (BOM)', downloadURL: `${base}/api/public/data/${set.name}.csv` },
        { format: 'JSON', mediaType: 'application/json', downloadURL: `${base}/api/public/data/${set.name}.json` },
      ],
    })),
  };
}
export type PublicCatalogue = ReturnType<typeof catalogue>;

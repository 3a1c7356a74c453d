// Each portal page's content, rendered from the one published snapshot (the same rows the open data sets serve).
import { licence, type PubRelease, publicSets } from '@kepu/domain/publication';
import { districtMap } from '../map-svg.ts';
import { esc, href, type PortalPage, textOf, type View } from './layout.ts';
import { fill } from './text.ts';

const num = (v: number | null | undefined, digits = 2) =>
  v === null || v === undefined ? '—' : Number(v.toFixed(digits)).toLocaleString('en-US');
/** A table; one of four or more columns becomes one card per row on a narrow screen, each cell under its header's
 *  words (`data-label`), instead of columns a character or two wide. */
const table = (caption: string, head: string[], rows: string[][], numeric: number[] = []) =>
  `<div class="table" tabindex="0" role="region" aria-label="${esc(caption)}"><table${head.length >= 4 ? ' class="stack"' : ''}><caption>${esc(caption)}</caption><thead><tr>${head
    .map((h, k) => `<th scope="col"${numeric.includes(k) ? ' class="num"' : ''}>${esc(h)}</th>`)
    .join('')}</tr></thead><tbody>${rows
    .map(
      (r) =>
        `<tr>${r.map((c, k) => `<td data-label="${esc(head[k] ?? '')}"${numeric.includes(k) ? ' class="num"' : ''}>${c}</td>`).join('')}</tr>`,
    )
    .join('')}</tbody></table></div>`;
const bar = (v: number | null) =>
  v === null
    ? ''
    : `<span class="bar" aria-hidden="true"><span style="width:${Math.max(0, Math.min(100, v))}%"></span></span>`;

function home(r: PubRelease, v: View) {
  const t = textOf(v);
  const s = r.snapshot;
  const city = s.literacy.rows.filter(
    (k) => k.areaCode === s.jurisdiction.code && k.option === '' && k.code === 'K_LITERACY',
  );
  const last = city.at(-1);
  const target = s.targets.find((x) => x.code === 'K_LITERACY');
  const method = last
    ? s.literacy.methods.find((m) => m.year === last.year && m.areaCode === last.areaCode)
    : undefined;
  const rows = [
    ...(target?.observed ?? city.map((c) => ({ year: c.year, value: c.value }))).map((o) => [
      String(o.year),
      num(o.value),
      esc(t.home.observed),
    ]),
    ...(target?.targets ?? []).map((x) => [
      String(x.year),
      num(x.value),
      esc(`${t.home.target}（${t.statuses[x.status] ?? x.status}）`),
    ]),
  ];
  const progress = s.progress.basis
    ? fill(t.home.overall, {
        value: num(s.progress.overall, 1),
        round: s.progress.basis.round,
        n: s.progress.basis.acceptedReports,
      })
    : t.home.noProgress;
  return `<h1>${esc(t.home.title)}</h1>
${
  last
    ? `<p class="kpi" data-test="portal-kpi">${esc(fill(t.home.latest, { year: last.year, value: num(last.value) }))}</p>
${last.ciLow !== null && last.ciHigh !== null ? `<p>${esc(fill(t.home.interval, { low: num(last.ciLow), high: num(last.ciHigh), se: num(last.se) }))}</p>` : ''}
<p class="note">${esc(fill(t.home.source, { source: last.sourceKind === 'survey' ? t.home.sourceSurvey : (last.citation ?? '') }))}</p>
${method ? `<details><summary>${esc(t.home.method)}</summary><p>${esc(method.note)}</p></details>` : ''}`
    : ''
}
${table(t.home.trajectory, [t.home.colYear, t.home.colValue, t.home.colKind], rows, [1])}
<h2>${esc(t.home.targets)}</h2>
${table(
  t.home.targets,
  [t.home.colTarget, t.home.colYear, t.home.colTargetValue, t.home.colStatus],
  s.targets.flatMap((x) =>
    x.targets.map((y) => [
      esc(v.lang === 'en' ? x.en : x.zh),
      String(y.year),
      y.comparator === 'narrow' ? esc(t.home.narrow) : `${esc(y.comparator)} ${num(y.value)}${esc(x.unit)}`,
      esc(t.statuses[y.status] ?? y.status),
    ]),
  ),
  [],
)}
<h2>${esc(t.nav.progress)}</h2>
<p>${esc(progress)} <a href="${href('progress', v)}">${esc(t.home.more)}</a></p>`;
}

function plan(r: PubRelease, v: View) {
  const t = textOf(v);
  const p = r.snapshot.plan;
  const group = (kind: 'action' | 'project') =>
    `<ul class="cards">${p.groups
      .filter((g) => g.kind === kind)
      .map(
        (
          g,
        ) => `<li><h3>${esc(g.title)}</h3><p><strong>${esc(t.plan.lead)}</strong>${esc(g.leadUnits.join('、'))}</p>
<details><summary>${esc(fill(t.plan.tasks, { n: g.tasks.length }))}</summary><ul>${g.tasks
          .map(
            (x) =>
              `<li>${esc(fill(t.plan.task, { n: x.number, title: x.title }))}<br><span class="note">${esc(t.plan.units)}${esc(x.units.join('、'))}</span></li>`,
          )
          .join('')}</ul></details></li>`,
      )
      .join('')}</ul>`;
  return `<h1>${esc(p.title)}</h1>
<p>${esc(fill(t.plan.period, { start: p.period.start, end: p.period.end, number: p.documentNumber || '—' }))}</p>
<h2>${esc(t.plan.goals)}</h2>
<ul>${p.goals.map((g) => `<li>${esc(g.value === null ? `${g.year}：${g.text}` : fill(t.plan.goal, { year: g.year, indicator: g.indicator, comparator: g.comparator === '=' ? '' : g.comparator, value: g.value, unit: g.unit }))}</li>`).join('')}</ul>
<h2>${esc(t.plan.actions)}</h2>${group('action')}
<h2>${esc(t.plan.projects)}</h2>${group('project')}`;
}

function progress(r: PubRelease, v: View) {
  const t = textOf(v);
  const s = r.snapshot;
  const label = (x: number | null) => (x === null ? t.progress.none : `${num(x, 1)}%`);
  const values = new Map(s.progress.districts.map((d) => [d.areaCode, d.progress]));
  return `<h1>${esc(t.progress.title)}</h1>
<p>${esc(t.progress.intro)}</p>
${s.progress.basis ? `<p data-test="portal-progress-basis">${esc(fill(t.progress.basis, { round: s.progress.basis.round, n: s.progress.basis.acceptedReports }))}</p>` : `<p>${esc(t.home.noProgress)}</p>`}
<h2>${esc(t.progress.byGroup)}</h2>
${table(
  t.progress.byGroup,
  [t.progress.colName, t.progress.colProgress],
  s.progress.groups.map((g) => [
    `${esc(g.kind === 'action' ? t.progress.action : t.progress.project)} ${g.number}：${esc(g.title)}`,
    `${esc(label(g.progress))}${bar(g.progress)}`,
  ]),
  [1],
)}
<h2>${esc(t.progress.byArea)}</h2>
${districtMap(s.jurisdiction.code, values, label, t.progress.map)}
<p class="note">${esc(t.progress.mapNote)}</p>
${table(
  t.progress.byArea,
  [t.progress.colName, t.progress.colProgress, t.progress.colUnits],
  s.progress.districts.map((d) => [
    esc(d.areaName),
    `${esc(label(d.progress))}${bar(d.progress)}`,
    String(d.units),
  ]),
  [1, 2],
)}`;
}

function statistics(r: PubRelease, v: View) {
  const t = textOf(v);
  const s = r.snapshot;
  const items = [...new Map(s.figures.map((f) => [f.item, f])).values()];
  const sections = items
    .map((i) => {
      const rows = s.figures.filter((f) => f.item === i.item);
      const title = `${v.lang === 'en' ? i.itemEn : i.itemZh}（${i.unit}）`;
      return `<h2>${esc(title)}</h2>${table(
        `${title} · ${s.year}`,
        [t.statistics.colArea, t.statistics.colValue, t.statistics.colPer10k],
        rows.map((f) => [esc(f.areaName), num(f.value), num(f.per10k)]),
        [1, 2],
      )}`;
    })
    .join('');
  const pops = s.populations.map((p) => fill(t.statistics.population, { source: p.source, year: p.year }));
  return `<h1>${esc(t.statistics.title)}</h1>
<p>${esc(fill(t.statistics.intro, { year: s.year }))}</p>
<h2>${esc(t.statistics.completeness)}</h2>
${table(
  `${t.statistics.completeness} · ${s.year}`,
  [t.statistics.colArea, t.statistics.colExpected, t.statistics.colAccepted],
  s.completeness.map((c) => [esc(c.areaName), String(c.expected), String(c.accepted)]),
  [1, 2],
)}
${sections}
<p class="note">${esc([...new Set(pops)].join(' '))}</p>`;
}

function data(r: PubRelease, v: View) {
  const t = textOf(v);
  const items = publicSets
    .map(
      (set) => `<li><h2>${esc(v.lang === 'en' ? set.en : set.zh)}</h2>
<p>${esc(v.lang === 'en' ? set.descriptionEn : set.descriptionZh)}</p>
<p>${esc(fill(t.data.rows, { n: set.rows(r.snapshot).length }))} · <a href="/api/public/data/${set.name}.csv" data-test="portal-csv-${set.name}">CSV</a> · <a href="/api/public/data/${set.name}.json">JSON</a></p>
<details><summary>${esc(t.data.columns)}</summary>${table(
        t.data.columns,
        [t.data.colName, t.data.colMeaning],
        set.columns.map((c) => [`<code>${esc(c.name)}</code>`, esc(v.lang === 'en' ? c.en : c.zh)]),
      )}</details></li>`,
    )
    .join('');
  return `<h1>${esc(t.data.title)}</h1>
<p>${esc(fill(t.data.intro, { licence: v.lang === 'en' ? licence.nameEn : licence.name }))}</p>
<p><a href="/api/public/catalog">${esc(t.data.catalogue)}</a></p>
<ul class="cards">${items}</ul>`;
}

/** The pages rendered from the release alone; activities and venues come from the services (services-pages.ts),
 *  science reading from the content (content-pages.ts). */
export const releasePages: Record<
  Exclude<PortalPage, 'activities' | 'venues' | 'content' | 'commendations'>,
  (r: PubRelease, v: View) => string
> = {
  home,
  plan,
  progress,
  statistics,
  data,
};

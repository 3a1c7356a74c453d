// The portal's commendations page: a year's published list by category (the newest year unless the reader picks
// another), individuals' names masked unless they consented, groups' in full; links to the other years.
import {
  categoryLabels,
  type PublicCommendations,
  publicCommendations,
  publishedYears,
} from '@kepu/domain/commendations';
import type { FastifyRequest } from 'fastify';
import { readContext } from '../../context.ts';
import { esc, href, textOf, type View } from './layout.ts';
import { commendationsText, fill } from './text.ts';

function list(c: PublicCommendations, v: View) {
  const t = commendationsText[v.lang];
  const labels = categoryLabels[v.lang];
  const sections = c.categories
    .map(
      (cat) => `<h2>${esc(labels[cat.category])}</h2>
<ul class="cards" data-test="portal-commendations-${cat.category}">${cat.entries
        .map(
          (e) =>
            `<li><strong>${esc(e.name)}</strong>${e.affiliation ? `<br><span class="note">${esc(e.affiliation)}</span>` : ''}</li>`,
        )
        .join('')}</ul>`,
    )
    .join('\n');
  return `<h1>${esc(fill(t.title, { year: c.year }))}</h1>
<p>${esc(c.title)}</p>
<p>${esc(fill(t.decision, { number: c.decisionNumber, date: c.decisionDate }))}</p>
<p class="note">${esc(t.masked)}</p>
${sections}`;
}

export async function commendationsPortalPage(req: FastifyRequest, v: View, year: number | undefined) {
  const t = commendationsText[v.lang];
  const ctx = readContext(req);
  const years = await publishedYears(ctx);
  const chosen = year && years.includes(year) ? year : years[0];
  if (chosen === undefined) return `<h1>${esc(textOf(v).nav.commendations)}</h1><p>${esc(t.none)}</p>`;
  const c = await publicCommendations(ctx, chosen);
  const base = href('commendations', v);
  const others = years
    .filter((y) => y !== chosen)
    .map((y) => `<li><a href="${base}${base.includes('?') ? '&' : '?'}year=${y}">${y}</a></li>`)
    .join('');
  return `${list(c, v)}${others ? `<h2>${esc(t.years)}</h2><ul>${others}</ul>` : ''}`;
}

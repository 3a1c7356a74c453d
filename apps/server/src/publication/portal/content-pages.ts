// The portal's science reading: published works filtered by topic, audience and kind (emergency packs and rumour
// checks first), a work's own page with its share link, and the banner every page leads with while an emergency is
// under way. Only what the office published is here: the published version, never a draft or a reviewer's comment.
import { localDateTime } from '@kepu/domain';
import type { PublicContent, PublicWork, PublicWorkCard, PublicWorkFilter } from '@kepu/domain/content';
import { filterWorks, workKinds } from '@kepu/domain/content';
import { cntLabels } from '@kepu/domain/content/labels';
import { targetGroups } from '@kepu/domain/services';
import { svcLabels } from '@kepu/domain/services/labels';
import { contentText } from './content-text.ts';
import { esc, href, type View } from './layout.ts';
import { filterForm } from './services-pages.ts';
import { fill } from './text.ts';

const words = (v: View) => contentText[v.lang];

/** A work's portal address, keeping the reader's options. */
export const workHref = (id: number, v: View) =>
  href('content', v).replace('/portal/content', `/portal/content/${id}`);

function card(w: PublicWorkCard, v: View) {
  const t = words(v);
  const l = cntLabels[v.lang];
  const tags = [
    l.kinds[w.kind],
    ...(w.hazard ? [l.hazards[w.hazard]] : []),
    ...w.topics.map((x) => l.topics[x] ?? x),
  ];
  return `<li data-test="content-card"><h3><a href="${workHref(w.id, v)}" data-test="content-link-${w.id}">${esc(w.title)}</a></h3>
<p>${tags.map((x) => `<span class="tag">${esc(x)}</span>`).join(' ')}${w.demo ? ` <span class="tag">${esc(t.demo)}</span>` : ''}</p>
${w.summary ? `<p>${esc(w.summary)}</p>` : ''}
<p><a class="button" href="${workHref(w.id, v)}">${esc(fill(t.read, { title: w.title }))}</a></p></li>`;
}

const section = (title: string, test: string, works: PublicWorkCard[], v: View) =>
  works.length === 0
    ? ''
    : `<section data-test="${test}"><h2>${esc(title)}</h2><ul class="cards">${works.map((w) => card(w, v)).join('')}</ul></section>`;

/** The banner of the emergencies under way (every portal page leads with it), or nothing. */
export function emergencyBanner(c: PublicContent['emergencies'], v: View) {
  if (c.length === 0) return '';
  const t = words(v);
  const items = c
    .map(
      (e) =>
        `<p><strong>${esc(fill(t.emergencyNow, { title: e.title }))}</strong> <a class="button" href="${workHref(e.workId, v)}" data-test="emergency-link-${e.workId}">${esc(t.emergencyRead)}</a></p>`,
    )
    .join('');
  return `<section class="emergency wrap" role="alert" aria-label="${esc(t.emergency)}" data-test="emergency-banner">${items}</section>`;
}

export function contentPage(c: PublicContent, q: PublicWorkFilter, v: View) {
  const t = words(v);
  const l = cntLabels[v.lang];
  const shown = filterWorks(c.works, q);
  const form = filterForm(
    'content',
    t.filters,
    v,
    [
      { name: 'topic', any: t.anyTopic, label: t.topic, value: q.topic, options: Object.entries(l.topics) },
      {
        name: 'group',
        any: t.anyGroup,
        label: t.group,
        value: q.group,
        options: targetGroups.map((g) => [g, svcLabels[v.lang].groups[g]]),
      },
      {
        name: 'kind',
        any: t.anyKind,
        label: t.kind,
        value: q.kind,
        options: workKinds.map((k) => [k, l.kinds[k]]),
      },
    ],
    [],
  );
  const packs = shown.filter((w) => w.kind === 'emergency_pack');
  const rumours = shown.filter((w) => w.kind === 'rumour');
  const rest = shown.filter((w) => w.kind !== 'emergency_pack' && w.kind !== 'rumour');
  return `<h1>${esc(t.title)}</h1>
<p>${esc(t.intro)}</p>
${form}
<p data-test="content-found">${esc(fill(t.found, { n: shown.length }))}</p>
${shown.length === 0 ? `<p>${esc(t.none)}</p>` : ''}
${section(t.packs, 'content-packs', packs, v)}
${section(t.rumours, 'content-rumours', rumours, v)}
${section(t.works, 'content-works', rest, v)}`;
}

const paragraphs = (s: string) =>
  s
    .split(/\n+/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => `<p>${esc(p)}</p>`)
    .join('\n');

/** A work as the public reads it; `origin` makes the share link whole. */
export function workPage(w: PublicWork | undefined, v: View, origin: string) {
  const t = words(v);
  if (!w) return `<h1>${esc(t.notFound)}</h1><p><a href="${href('content', v)}">${esc(t.back)}</a></p>`;
  const l = cntLabels[v.lang];
  const line = (label: string, value: string) =>
    value ? `<p><strong>${esc(label)}</strong>${esc(value)}</p>` : '';
  const rumour = w.rumour
    ? `<section class="rumour" data-test="rumour-card"><p><strong>${esc(t.claim)}</strong>${esc(w.rumour.claim)}</p>
<p><strong>${esc(t.verdict)}</strong><span class="verdict verdict-${w.rumour.verdict}" data-test="rumour-verdict">${esc(l.verdicts[w.rumour.verdict])}</span></p></section>`
    : '';
  const sources = w.rumour?.sources.length
    ? `<p><strong>${esc(t.sources)}</strong></p><ul>${w.rumour.sources.map((s) => `<li>${esc(s)}</li>`).join('')}</ul>`
    : '';
  const link = `${origin}${workHref(w.id, { ...v, large: false, contrast: false })}`;
  return `<article data-test="content-work">
<h1>${esc(w.title)}</h1>
<p>${[l.kinds[w.kind], ...(w.hazard ? [l.hazards[w.hazard]] : [])].map((x) => `<span class="tag">${esc(x)}</span>`).join(' ')}${w.demo ? ` <span class="tag">${esc(t.demo)}</span>` : ''}</p>
${line(t.by, w.author)}${line(t.unit, w.unitName ?? '')}${line(t.published, w.publishedAt ? localDateTime(v.timeZone, w.publishedAt).slice(0, 10) : '')}
${rumour}
${w.summary ? `<p class="lead">${esc(w.summary)}</p>` : ''}
${paragraphs(w.body)}
${sources}
${w.mediaUrl ? `<p><a class="button" href="${esc(w.mediaUrl)}" rel="noopener">${esc(t.media)}</a></p>` : ''}
${line(t.source, w.source)}${line(t.licence, w.licence)}
<p><strong>${esc(t.share)}</strong><span class="share" data-test="content-share">${esc(link)}</span></p>
<p><a href="${href('content', v)}">${esc(t.back)}</a></p>
</article>`;
}

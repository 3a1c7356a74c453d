// The portal's page frame: skip link, header with the reading options (large text, high contrast, language) as plain
// links that keep each other, the section navigation, and the footer. No script: it works in any in-app browser.
import { localDateTime, zoneName } from '@kepu/domain';
import { licence, type PubRelease } from '@kepu/domain/publication';
import { portalCss } from './portal.css.ts';
import { en, fill, type PortalText, zh } from './text.ts';

export const pages = [
  'home',
  'plan',
  'progress',
  'statistics',
  'activities',
  'venues',
  'content',
  'commendations',
  'data',
] as const;
export type PortalPage = (typeof pages)[number];

export interface View {
  lang: 'zh' | 'en';
  large: boolean;
  contrast: boolean;
  /** the jurisdiction's time zone: every time shown is in it (the server's one setting, not a reader's option) */
  timeZone: string;
}

export const textOf = (v: View): PortalText => (v.lang === 'en' ? en : zh);
export const esc = (s: string | number) =>
  String(s).replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string,
  );

/** A portal URL with the reader's options kept. */
export function href(page: PortalPage, v: View, change: Partial<View> = {}) {
  const o = { ...v, ...change };
  const q = [o.lang === 'en' ? 'lang=en' : '', o.large ? 'size=large' : '', o.contrast ? 'contrast=high' : '']
    .filter(Boolean)
    .join('&');
  return `/portal${page === 'home' ? '' : `/${page}`}${q ? `?${q}` : ''}`;
}

/** The page in its frame; `banner` (the emergencies under way) comes first, above the navigation's content. */
export function layout(page: PortalPage, v: View, r: PubRelease | null, main: string, banner = '') {
  const t = textOf(v);
  const name = r?.snapshot.jurisdiction.name ?? '';
  const site = fill(t.site, { name });
  const classes = [v.large ? 'large' : '', v.contrast ? 'contrast' : ''].filter(Boolean).join(' ');
  const nav = pages
    .map(
      (p) =>
        `<li><a href="${href(p, v)}"${p === page ? ' aria-current="page"' : ''} data-test="portal-nav-${p}">${esc(t.nav[p])}</a></li>`,
    )
    .join('');
  const option = (label: string, to: Partial<View>, test: string, lang?: string) =>
    `<a href="${href(page, v, to)}" data-test="${test}"${lang ? ` lang="${lang}"` : ''}>${esc(label)}</a>`;
  const zone = zoneName(v.timeZone, v.lang);
  const date = r
    ? `${localDateTime(v.timeZone, r.publishedAt)}${v.lang === 'en' ? ` (${zone})` : `（${zone}）`}`
    : '';
  return `<!doctype html>
<html lang="${v.lang === 'en' ? 'en' : 'zh-CN'}" class="${classes}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(page === 'home' ? site : `${t.nav[page]} · ${site}`)}</title>
<style>${portalCss}</style>
</head>
<body>
<a class="skip" href="#main">${esc(t.skip)}</a>
<header>
<div class="wrap">
<p class="site"><a href="${href('home', v)}">${esc(site)}</a></p>
<nav aria-label="${esc(t.options)}" class="options">
${option(v.large ? t.normal : t.large, { large: !v.large }, 'portal-large')}
${option(v.contrast ? t.contrastOff : t.contrast, { contrast: !v.contrast }, 'portal-contrast')}
${option(t.otherLang, { lang: v.lang === 'en' ? 'zh' : 'en' }, 'portal-lang', v.lang === 'en' ? 'zh-CN' : 'en')}
</nav>
</div>
<nav aria-label="${esc(site)}" class="sections"><ul class="wrap">${nav}</ul></nav>
</header>
${banner}
${r?.snapshot.demo ? `<p class="demo wrap" role="note"><strong>${esc(t.demo)}</strong></p>` : ''}
<main id="main" class="wrap" tabindex="-1">
${main}
</main>
<footer><div class="wrap">
${r ? `<p>${esc(fill(t.published, { year: r.year, version: r.version, date }))}</p>` : ''}
<p>${esc(fill(t.footer, { publisher: `${name}全民科学素质工作领导小组办公室`, licence: v.lang === 'en' ? licence.nameEn : licence.name }))}</p>
</div></footer>
</body>
</html>`;
}

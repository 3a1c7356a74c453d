// The public pages: activities (list, activity, ticket, self check-in /e/in, the survey after /e/a/<id>/feedback), the staff's offline check-in (/e/door),
// volunteers (register /e/v, own page /e/v/<code>), experts (list /e/x, own page /e/x/<code>, a review of a science
// work by its key /e/r/<token>), the certificate
// check (/e/c/<number>), contests (/e/q) and a
// venue's booking page (/e/venues/<id>, its list being the portal's) with a group's own booking (/e/b/<token>); a
// path-based router and the language switch.

import { useEffect, useState } from 'react';
import { ActivityPage } from './activity-page.tsx';
import { BookingPage } from './booking-page.tsx';
import { CertificateCheckPage } from './certificate-check-page.tsx';
import { ContestList, ContestPlay } from './contest-page.tsx';
import { DoorIndex } from './door/door-index.tsx';
import { DoorPage } from './door/door-page.tsx';
import { ExpertListPage, ExpertMePage } from './expert-me-page.tsx';
import { FeedbackPage } from './feedback-page.tsx';
import { ListPage } from './list-page.tsx';
import { PageLink } from './page-link.tsx';
import { ReviewPage } from './review-page.tsx';
import { reviewWords } from './review-text.ts';
import { SelfCheckInPage } from './self-check-in-page.tsx';
import { type Lang, words } from './text.ts';
import { TicketPage } from './ticket-page.tsx';
import { VenuePage } from './venue-page.tsx';
import { venueWords } from './venue-text.ts';
import { VolunteerMePage } from './volunteer-me-page.tsx';
import { VolunteerRegisterPage } from './volunteer-register-page.tsx';

export interface PageProps {
  lang: Lang;
  go: (path: string) => void;
}

export function PublicApp() {
  const [path, setPath] = useState(location.pathname + location.search);
  const [lang, setLang] = useState<Lang>(localStorage.getItem('kepu-e-lang') === 'en' ? 'en' : 'zh-CN');
  const [large, setLarge] = useState(localStorage.getItem('kepu-e-large') === '1');
  useEffect(() => {
    document.documentElement.classList.toggle('large', large);
    localStorage.setItem('kepu-e-large', large ? '1' : '0');
  }, [large]);
  useEffect(() => {
    const back = () => setPath(location.pathname + location.search);
    addEventListener('popstate', back);
    return () => removeEventListener('popstate', back);
  }, []);
  const [, , kind, key, sub] = path.split('?')[0]?.split('/') ?? [];
  const section =
    kind === 'q'
      ? 'contests'
      : kind === 'v' || kind === 'c'
        ? 'volunteers'
        : kind === 'x'
          ? 'experts'
          : kind === 'r'
            ? 'review'
            : kind === 'door'
              ? 'door'
              : kind === 'venues' || kind === 'b'
                ? 'venues'
                : 'activities';
  const home = {
    activities: '/e',
    contests: '/e/q',
    volunteers: '/e/v',
    experts: '/e/x',
    door: '/e/door',
    venues: '/portal/venues',
    review: `/e/r/${key}`,
  }[section];
  const title =
    section === 'venues'
      ? venueWords[lang].section
      : section === 'review'
        ? reviewWords[lang].section
        : words[lang].sections[section];
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = title;
  }, [lang, title]);
  const go = (p: string) => {
    history.pushState(null, '', p);
    setPath(p);
    scrollTo(0, 0);
  };
  const t = words[lang];
  return (
    <main className="pub">
      <header className="pub-head">
        {home.startsWith('/e') ? (
          <PageLink to={home} go={go} className="pub-brand">
            {title}
          </PageLink>
        ) : (
          // the venues' list is the portal's page, not one of these
          <a href={home} className="pub-brand">
            {title}
          </a>
        )}
        <button
          type="button"
          className="link"
          aria-pressed={large}
          onClick={() => setLarge(!large)}
          data-test="large-text"
        >
          {t.large}
        </button>
        <button
          type="button"
          className="link"
          lang={lang === 'en' ? 'zh-CN' : 'en'}
          onClick={() => {
            const next = lang === 'en' ? 'zh-CN' : 'en';
            localStorage.setItem('kepu-e-lang', next);
            setLang(next);
          }}
        >
          {t.language}
        </button>
      </header>
      {kind === 'a' && key && sub === 'feedback' ? (
        <FeedbackPage key={key} id={Number(key)} lang={lang} go={go} />
      ) : kind === 'a' && key ? (
        <ActivityPage key={key} id={Number(key)} lang={lang} go={go} />
      ) : kind === 'q' && key ? (
        <ContestPlay key={key} id={Number(key)} lang={lang} go={go} />
      ) : kind === 'q' ? (
        <ContestList lang={lang} go={go} />
      ) : kind === 'door' ? (
        key ? (
          <DoorPage key={key} sessionId={Number(key)} lang={lang} go={go} />
        ) : (
          <DoorIndex lang={lang} go={go} />
        )
      ) : kind === 'in' && key && sub ? (
        <SelfCheckInPage key={sub} activityId={Number(key)} sessionId={Number(sub)} lang={lang} go={go} />
      ) : kind === 'b' && key ? (
        <BookingPage key={key} token={key} lang={lang} go={go} />
      ) : kind === 't' && key ? (
        <TicketPage key={key} token={key} lang={lang} go={go} />
      ) : kind === 'v' && key ? (
        <VolunteerMePage key={key} code={key} lang={lang} go={go} />
      ) : kind === 'r' && key ? (
        <ReviewPage key={key} token={key} lang={lang} go={go} />
      ) : kind === 'x' && key ? (
        <ExpertMePage key={key} code={key} lang={lang} go={go} />
      ) : kind === 'x' ? (
        <ExpertListPage lang={lang} go={go} />
      ) : kind === 'v' ? (
        <VolunteerRegisterPage lang={lang} go={go} />
      ) : kind === 'venues' && key ? (
        <VenuePage key={key} id={Number(key)} lang={lang} go={go} />
      ) : kind === 'c' ? (
        <CertificateCheckPage number={key ?? ''} lang={lang} go={go} />
      ) : (
        <ListPage lang={lang} go={go} />
      )}
    </main>
  );
}

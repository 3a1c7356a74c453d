// A venue's annual assessment for staff: the year's scorecard item by item with the values the venue filed and the
// points it claims, then the points the expert review granted, the total, the grade and the comment. The host unit's
// liaison or the office files (again, until the review); the office reviews.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAbilities } from '../../api/core/session.ts';
import {
  type Scorecard,
  usePublishVenueResults,
  useReviewVenueReport,
  useSubmitVenueReport,
  useVenueAssessment,
  type VenueReport,
} from '../../api/services/venues.ts';
import { ErrorNotice } from '../query-state.tsx';
import { VenueCheck } from './venue-check-form.tsx';

export function VenueAssessmentPanel({ venueId, year }: { venueId: number; year: number }) {
  const { t, i18n } = useTranslation();
  const abilities = useAbilities();
  const q = useVenueAssessment(year);
  if (q.error) return <ErrorNotice error={q.error} />;
  if (!q.data) return null;
  const report = q.data.reports.find((r) => r.venueId === venueId);
  const card = report?.card ?? q.data.card;
  const zh = i18n.language.startsWith('zh');
  const word = (w: { zh: string; en: string }) => (zh ? w.zh : w.en);
  return (
    <section aria-labelledby="venue-assessment" data-test="venue-assessment">
      <h2 id="venue-assessment">{t('services.venues.assessment.heading', { year })}</h2>
      <p>{t('services.venues.assessment.intro')}</p>
      {report ? (
        <ReportTable card={card} report={report} word={word} />
      ) : (
        <p data-test="venue-assessment-none">{t('services.venues.assessment.none')}</p>
      )}
      {report?.grade && (
        <p data-test="venue-assessment-result">
          {t('services.venues.assessment.result', {
            total: report.reviewTotal,
            grade: word(report.grade.label),
          })}
          {report.state === 'published' && ` ${t('services.venues.assessment.published')}`}
        </p>
      )}
      {report?.comment && <p>{t('services.venues.assessment.comment', { text: report.comment })}</p>}
      {report && <VenueCheck report={report} canCheck={abilities['svc.venues']} />}
      {abilities['svc.visits'] && (!report || report.state === 'submitted') && (
        <ReportForm venueId={venueId} year={year} card={card} word={word} before={report} />
      )}
      {abilities['svc.venues'] && report && report.state !== 'published' && (
        <ReviewForm venueId={venueId} year={year} card={card} word={word} report={report} />
      )}
    </section>
  );
}

type Word = (w: { zh: string; en: string }) => string;

function ReportTable({ card, report, word }: { card: Scorecard; report: VenueReport; word: Word }) {
  const { t } = useTranslation();
  return (
    <div className="svc-scroll">
      <table className="svc-table" data-test="venue-assessment-table">
        <thead>
          <tr>
            <th scope="col">{t('services.venues.assessment.item')}</th>
            <th scope="col">{t('services.venues.assessment.value')}</th>
            <th scope="col">{t('services.venues.assessment.claimed')}</th>
            <th scope="col">{t('services.venues.assessment.granted')}</th>
          </tr>
        </thead>
        <tbody>
          {card.items.map((it) => (
            <tr key={it.key}>
              <th scope="row">
                {word(it.label)}（{t('services.venues.assessment.max', { n: it.points })}）
              </th>
              <td>
                {report.values[it.key]} {word(it.unit)}
              </td>
              <td>{report.selfPoints[it.key]}</td>
              <td>{report.reviewPoints?.[it.key] ?? '—'}</td>
            </tr>
          ))}
          <tr>
            <th scope="row">{t('services.venues.assessment.total')}</th>
            <td />
            <td>{report.selfTotal}</td>
            <td>{report.reviewTotal ?? '—'}</td>
          </tr>
        </tbody>
      </table>
    </div>
  );
}

/** One number per scorecard item, typed as text: what the form starts with, and the numbers filled in to send. */
function useItemNumbers(card: Scorecard, start: Record<string, number> | undefined) {
  const [text, setText] = useState<Record<string, string>>(() =>
    Object.fromEntries(card.items.map((it) => [it.key, String(start?.[it.key] ?? '')])),
  );
  const numbers = () =>
    Object.fromEntries(Object.entries(text).flatMap(([k, v]) => (v.trim() === '' ? [] : [[k, Number(v)]])));
  return { text, setText, numbers };
}

function ItemInputs(p: {
  card: Scorecard;
  field: ReturnType<typeof useItemNumbers>;
  label: (it: Scorecard['items'][number]) => string;
  test: string;
}) {
  return p.card.items.map((it) => (
    <label key={it.key}>
      {p.label(it)}
      <input
        inputMode="decimal"
        value={p.field.text[it.key] ?? ''}
        data-test={`${p.test}-${it.key}`}
        onChange={(e) => p.field.setText({ ...p.field.text, [it.key]: e.target.value })}
      />
    </label>
  ));
}

function ReportForm(p: { venueId: number; year: number; card: Scorecard; word: Word; before?: VenueReport }) {
  const { t } = useTranslation();
  const submit = useSubmitVenueReport(p.venueId, p.year);
  const values = useItemNumbers(p.card, p.before?.values);
  const [note, setNote] = useState(p.before?.note ?? '');
  return (
    <details className="svc-details" data-test="venue-report-form" open={!p.before}>
      <summary>
        {t(p.before ? 'services.venues.assessment.refile' : 'services.venues.assessment.file')}
      </summary>
      <div className="svc-form">
        <ItemInputs
          card={p.card}
          field={values}
          label={(it) => `${p.word(it.label)}（${p.word(it.unit)}）`}
          test="venue-report"
        />
        <label>
          {t('services.venues.assessment.note')}
          <input value={note} onChange={(e) => setNote(e.target.value)} />
        </label>
        <button
          type="button"
          className="svc-button"
          data-test="venue-report-submit"
          onClick={() => submit.mutate({ values: values.numbers(), note })}
        >
          {t('services.venues.assessment.submit')}
        </button>
        {submit.error && <ErrorNotice error={submit.error} testId="venue-report-error" />}
      </div>
    </details>
  );
}

function ReviewForm(p: { venueId: number; year: number; card: Scorecard; word: Word; report: VenueReport }) {
  const { t } = useTranslation();
  const review = useReviewVenueReport(p.venueId, p.year);
  const points = useItemNumbers(p.card, p.report.reviewPoints ?? p.report.selfPoints);
  const [comment, setComment] = useState(p.report.comment);
  return (
    <details className="svc-details" data-test="venue-review-form">
      <summary>{t('services.venues.assessment.review')}</summary>
      <div className="svc-form">
        <ItemInputs
          card={p.card}
          field={points}
          label={(it) => `${p.word(it.label)}（${t('services.venues.assessment.max', { n: it.points })}）`}
          test="venue-review"
        />
        <label>
          {t('services.venues.assessment.reviewComment')}
          <input
            value={comment}
            data-test="venue-review-comment"
            onChange={(e) => setComment(e.target.value)}
          />
        </label>
        <button
          type="button"
          className="svc-button"
          data-test="venue-review-submit"
          onClick={() => review.mutate({ points: points.numbers(), comment })}
        >
          {t('services.venues.assessment.reviewButton')}
        </button>
        {review.error && <ErrorNotice error={review.error} testId="venue-review-error" />}
      </div>
    </details>
  );
}

/** The office's view of a year's assessment over all venues, and publishing the reviewed results. */
export function VenueResultsPublish({ year }: { year: number }) {
  const { t } = useTranslation();
  const q = useVenueAssessment(year);
  const publish = usePublishVenueResults(year);
  if (!q.data) return q.error ? <ErrorNotice error={q.error} /> : null;
  const count = (s: VenueReport['state']) => q.data.reports.filter((r) => r.state === s).length;
  return (
    <section aria-labelledby="venue-results" data-test="venue-results">
      <h2 id="venue-results">{t('services.venues.assessment.publishHeading', { year })}</h2>
      <p>
        {t('services.venues.assessment.publishIntro', {
          filed: q.data.reports.length,
          reviewed: count('reviewed'),
          published: count('published'),
        })}
      </p>
      {count('reviewed') > 0 && (
        <button
          type="button"
          className="svc-button"
          data-test="venue-results-publish"
          disabled={publish.isPending}
          onClick={() => publish.mutate(undefined)}
        >
          {t('services.venues.assessment.publish')}
        </button>
      )}
      {publish.data && (
        <output data-test="venue-results-done">
          {t('services.venues.assessment.publishedNow', { n: publish.data.published })}
        </output>
      )}
      {publish.error && <ErrorNotice error={publish.error} />}
    </section>
  );
}

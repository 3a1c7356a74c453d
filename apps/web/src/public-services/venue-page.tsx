// One venue for the public (/e/venues/<id>): where and when it is open, and for a bookable venue the slots still to
// come with their places, and the group booking form (a school class books seats in one slot, all or none).
import type { PublicVenue } from '@kepu/domain/services';
import { useEffect, useState } from 'react';
import { ApiError } from '../api/client.ts';
import { pubApi, type VenueSlot } from './api.ts';
import { PageLink } from './page-link.tsx';
import type { PageProps } from './public-app.tsx';
import { fillIn, venueLabels, venueWords } from './venue-text.ts';
import { when } from './when.ts';

type Booked = { id: number; size: number; groupName: string; slot: VenueSlot; token: string };
const blank = { day: '', slotId: 0, groupName: '', contact: '', size: '', targetGroup: 'youth' };
const dayOf = (at: string) => new Date(at).toLocaleDateString('en-CA', { timeZone: 'Asia/Shanghai' });
const dayLabel = (d: string, lang: string) =>
  new Date(`${d}T12:00:00+08:00`).toLocaleDateString(lang, {
    timeZone: 'Asia/Shanghai',
    month: 'long',
    day: 'numeric',
    weekday: 'short',
  });

export function VenuePage({ id, lang, go }: PageProps & { id: number }) {
  const t = venueWords[lang];
  const labels = venueLabels[lang];
  const [data, setData] = useState<{ venue: PublicVenue; slots: VenueSlot[] } | null>(null);
  const [missing, setMissing] = useState(false);
  const [form, setForm] = useState(blank);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [booked, setBooked] = useState<Booked | null>(null);
  const load = () =>
    pubApi
      .venue(id)
      .then(setData)
      .catch(() => setMissing(true));
  // biome-ignore lint/correctness/useExhaustiveDependencies: loaded once per venue
  useEffect(() => void load(), [id]);
  if (missing) return <p role="alert">{t.notFound}</p>;
  if (!data) return <output>{t.loading}</output>;
  const { venue: v, slots } = data;
  const open = slots.filter((s) => s.left > 0);
  // the slots by day (in Beijing time), with the places left that day: a phone shows one day's slots at a time
  const placesByDay = new Map<string, number>();
  for (const s of slots)
    placesByDay.set(dayOf(s.startsAt), (placesByDay.get(dayOf(s.startsAt)) ?? 0) + s.left);
  const days = [...placesByDay];
  const day = form.day || (days.find(([, left]) => left > 0)?.[0] ?? '');
  const submit = async () => {
    const slot = slots.find((s) => s.id === form.slotId);
    if (!slot) return setProblem(t.chooseSlot);
    setBusy(true);
    setProblem(null);
    try {
      const { day: _, ...body } = form;
      const b = await pubApi.book({ ...body, size: Number(form.size) || 0 });
      // the places left are read again before the confirmation shows, so both appear together
      await load();
      setBooked({ id: b.id, size: b.size, groupName: b.groupName, slot, token: b.token });
      setForm(blank);
    } catch (e) {
      if (!(e instanceof ApiError) || e.status === 0) setProblem(t.network);
      else if (e.code === 'svc.booking.full_conflict')
        setProblem(fillIn(t.tooMany, { n: Number(e.details.left) }));
      else if (e.code === 'svc.booking.closed_conflict') setProblem(t.closed);
      else {
        const path = (e.details.issues as { path: string }[] | undefined)?.[0]?.path ?? '';
        const field = path.endsWith('groupName')
          ? t.groupName
          : path.endsWith('contact')
            ? t.contact
            : path.endsWith('size')
              ? t.size
              : '';
        setProblem(field ? fillIn(t.problem, { field }) : t.network);
      }
    } finally {
      setBusy(false);
    }
  };
  const set = (k: keyof typeof form) => (e: { target: { value: string } }) =>
    setForm({ ...form, [k]: e.target.value });
  return (
    <article>
      <a href={lang === 'en' ? '/portal/venues?lang=en' : '/portal/venues'} className="link">
        {t.back}
      </a>
      <h1>
        {v.name}
        {v.demo && <span className="tag">示例</span>}
      </h1>
      <p>
        {labels.levels[v.level as keyof typeof labels.levels]} ·{' '}
        {labels.categories[v.category as keyof typeof labels.categories]}
      </p>
      <p>
        {t.where}：{v.address.startsWith(v.areaName) ? v.address : `${v.areaName} ${v.address}`}
      </p>
      {v.openingHours && (
        <p>
          {t.hours}：{v.openingHours}
        </p>
      )}
      {v.openNow !== null && (
        <p>
          <strong>{v.openNow ? t.openNow : t.closedNow}</strong>
        </p>
      )}
      {v.audiences.length > 0 && (
        <p>
          {t.suits}：{v.audiences.map((a) => labels.audiences[a as keyof typeof labels.audiences]).join('、')}
        </p>
      )}
      {v.assessment && (
        <p data-test="venue-assessed">
          {fillIn(t.assessed, {
            year: v.assessment.year,
            total: v.assessment.total,
            grade: lang === 'en' ? v.assessment.grade.en : v.assessment.grade.zh,
          })}
        </p>
      )}
      <h2>{t.book}</h2>
      {booked && (
        <section aria-live="polite" className="done" data-test="booking-done">
          <h3>{t.done}</h3>
          <p>
            {fillIn(t.doneText, {
              group: booked.groupName,
              n: booked.size,
              when: when(booked.slot.startsAt, booked.slot.endsAt, lang),
              id: booked.id,
            })}
          </p>
          <p>
            <PageLink to={`/e/b/${booked.token}`} go={go} data-test="booking-manage">
              {t.manage}
            </PageLink>
            <br />
            <span className="note">{t.manageNote}</span>
          </p>
        </section>
      )}
      {!v.bookable ? (
        <p>{t.notBookable}</p>
      ) : open.length === 0 ? (
        <p>{t.noSlots}</p>
      ) : (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
        >
          <p>{t.bookNote}</p>
          <label>
            {t.day}
            <select
              value={day}
              onChange={(e) => setForm({ ...form, slotId: 0, day: e.target.value })}
              data-test="booking-day"
            >
              {days.map(([d, left]) => (
                <option key={d} value={d}>
                  {dayLabel(d, lang)}（{left ? fillIn(t.left, { n: left }) : t.full}）
                </option>
              ))}
            </select>
          </label>
          <fieldset>
            <legend>{t.slots}</legend>
            {slots
              .filter((s) => dayOf(s.startsAt) === day)
              .map((s) => (
                <label key={s.id} className="choice">
                  <input
                    type="radio"
                    name="slot"
                    disabled={s.left === 0}
                    checked={form.slotId === s.id}
                    onChange={() => setForm({ ...form, slotId: s.id })}
                    data-test="booking-slot"
                  />
                  {when(s.startsAt, s.endsAt, lang)}（{s.left ? fillIn(t.left, { n: s.left }) : t.full}）
                </label>
              ))}
          </fieldset>
          <label>
            {t.groupName}
            <input
              value={form.groupName}
              required
              maxLength={100}
              placeholder={t.groupNameHint}
              data-test="booking-group"
              onChange={set('groupName')}
            />
          </label>
          <label>
            {t.contact}
            <input
              value={form.contact}
              required
              maxLength={60}
              placeholder={t.contactHint}
              autoComplete="tel"
              data-test="booking-contact"
              onChange={set('contact')}
            />
          </label>
          <label>
            {t.size}
            <input
              value={form.size}
              required
              inputMode="numeric"
              data-test="booking-size"
              onChange={(e) => setForm({ ...form, size: e.target.value.replace(/\D/g, '') })}
            />
          </label>
          <label>
            {t.group}
            <select value={form.targetGroup} onChange={set('targetGroup')} data-test="booking-target">
              {Object.entries(labels.groups).map(([k, x]) => (
                <option key={k} value={k}>
                  {x}
                </option>
              ))}
            </select>
          </label>
          {problem && <p role="alert">{problem}</p>}
          <button type="submit" className="primary" disabled={busy} data-test="booking-submit">
            {t.submit}
          </button>
        </form>
      )}
    </article>
  );
}

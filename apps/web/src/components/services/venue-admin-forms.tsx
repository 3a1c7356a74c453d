// The office's two forms on a venue's page: a status change (accreditation needs its document number; every change
// keeps its reason) and a booking slot (a day, a time span in the city's time, places).
import { venueStatuses } from '@kepu/domain/services';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAddSlots, useVenueStatus, type VenueRecord } from '../../api/services/venues.ts';
import { DateField } from '../date-field.tsx';
import { ErrorNotice } from '../query-state.tsx';
import { TimeSelect } from './time-select.tsx';

export function VenueStatusForm({ venue }: { venue: VenueRecord }) {
  const { t } = useTranslation();
  const save = useVenueStatus(venue.id);
  const [f, setF] = useState({ status: venue.status, reason: '', documentNo: '', batch: venue.batch ?? '' });
  const [until, setUntil] = useState(venue.validUntil ?? '');
  const set = (k: keyof typeof f) => (e: { target: { value: string } }) =>
    setF({ ...f, [k]: e.target.value });
  return (
    <section aria-labelledby="venue-status">
      <h2 id="venue-status">{t('services.venues.detail.setStatus')}</h2>
      <form
        className="svc-form"
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate(
            {
              status: f.status,
              reason: f.reason,
              documentNo: f.documentNo || null,
              batch: f.batch || null,
              validUntil: until || null,
            },
            { onSuccess: () => setF({ ...f, reason: '', documentNo: '' }) },
          );
        }}
      >
        <label>
          {t('services.venues.detail.newStatus')}
          <select value={f.status} onChange={set('status')} data-test="venue-status-select">
            {venueStatuses.map((s) => (
              <option key={s} value={s}>
                {t(`services.venues.statuses.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('services.venues.detail.reason')}
          <input value={f.reason} onChange={set('reason')} data-test="venue-status-reason" />
        </label>
        <label>
          {t('services.venues.detail.documentNo')}
          <input value={f.documentNo} onChange={set('documentNo')} data-test="venue-status-doc" />
        </label>
        <label>
          {t('services.venues.detail.batch')}
          <input value={f.batch} onChange={set('batch')} data-test="venue-status-batch" />
        </label>
        <label htmlFor="venue-valid-until">
          {t('services.venues.validUntil')}
          <DateField value={until} onChange={(v) => setUntil(v ?? '')} id="venue-valid-until" />
        </label>
        {save.error && <ErrorNotice error={save.error} testId="venue-status-error" />}
        <button type="submit" className="svc-button" disabled={save.isPending} data-test="venue-status-save">
          {t('services.venues.detail.save')}
        </button>
      </form>
    </section>
  );
}

/** 'YYYY-MM-DD' and 'HH:mm' in the city's time (UTC+8) as an instant. */
const instant = (day: string, time: string) =>
  day && time ? new Date(`${day}T${time}:00+08:00`).toISOString() : '';

export function SlotForm({ venueId }: { venueId: number }) {
  const { t } = useTranslation();
  const add = useAddSlots(venueId);
  const [f, setF] = useState({ day: '', from: '09:30', to: '11:00', capacity: '60' });
  const set = (k: keyof typeof f) => (e: { target: { value: string } }) =>
    setF({ ...f, [k]: e.target.value });
  return (
    <form
      className="svc-form"
      aria-label={t('services.venues.detail.addSlot')}
      onSubmit={(e) => {
        e.preventDefault();
        add.mutate([
          { startsAt: instant(f.day, f.from), endsAt: instant(f.day, f.to), capacity: Number(f.capacity) },
        ]);
      }}
    >
      <label htmlFor="slot-day">
        {t('services.venues.detail.day')}
        <DateField
          value={f.day}
          onChange={(v) => setF({ ...f, day: v ?? '' })}
          id="slot-day"
          testId="slot-day"
        />
      </label>
      <label>
        {t('services.venues.detail.from')}
        <TimeSelect value={f.from} onChange={(from) => setF({ ...f, from })} testId="slot-from" />
      </label>
      <label>
        {t('services.venues.detail.to')}
        <TimeSelect value={f.to} onChange={(to) => setF({ ...f, to })} testId="slot-to" />
      </label>
      <label>
        {t('services.venues.detail.capacity')}
        <input
          type="number"
          min={1}
          value={f.capacity}
          onChange={set('capacity')}
          data-test="slot-capacity"
        />
      </label>
      {add.error && <ErrorNotice error={add.error} testId="slot-error" />}
      <button type="submit" className="svc-button" disabled={add.isPending} data-test="slot-add">
        {t('services.venues.detail.add')}
      </button>
    </form>
  );
}

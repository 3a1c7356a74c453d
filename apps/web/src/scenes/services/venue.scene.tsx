// One venue for staff: what the public sees of it, its status history with who made each change, its booking slots
// with the places taken, and its group bookings with their contacts and status (the office and the host unit, who may
// cancel one with a reason). The office changes its status and adds slots here.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useAbilities } from '../../api/core/session.ts';
import { useVenue, useVenueBookings } from '../../api/services/venues.ts';
import { ActorName } from '../../components/demo-tag.tsx';
import { ErrorNotice, PageLoading } from '../../components/query-state.tsx';
import { CancelBookingForm } from '../../components/services/booking-cancel-form.tsx';
import { SlotForm, VenueStatusForm } from '../../components/services/venue-admin-forms.tsx';
import { VenueAssessmentPanel } from '../../components/services/venue-assessment.tsx';
import { usePageTitle } from '../../hooks/use-page-title.ts';
import '../../components/services/services.css';

/** Slots shown before "show all": two weeks of a venue open twice a day. */
const FIRST_SLOTS = 12;

export default function VenueScene() {
  const { t, i18n } = useTranslation();
  const id = Number(useParams().id);
  const abilities = useAbilities();
  const detail = useVenue(id);
  const bookings = useVenueBookings(id, abilities['svc.visits']);
  const [allSlots, setAllSlots] = useState(false);
  usePageTitle(detail.data?.venue.name ?? t('services.venues.heading'));
  if (detail.error) return <ErrorNotice error={detail.error} />;
  if (!detail.data) return <PageLoading />;
  const { venue: v, events, slots } = detail.data;
  const when = (at: string) =>
    new Date(at).toLocaleString(i18n.language, { timeZone: 'Asia/Shanghai', hour12: false });
  const slotOf = new Map(slots.map((s) => [s.id, s]));
  return (
    <div className="page page-wide svc" data-test="venue-page">
      <p>
        <Link to="/services/venues">{t('services.venues.heading')}</Link>
      </p>
      <h1>{v.name}</h1>
      <p>
        {t(`services.venues.levels.${v.level}`)} · {t(`services.venues.categories.${v.category}`)} ·{' '}
        <strong data-test="venue-status">{t(`services.venues.statuses.${v.status}`)}</strong>
      </p>
      <p>
        {t('services.venues.address')}：{v.areaName} {v.address}
      </p>
      {v.openingHours && (
        <p>
          {t('services.venues.detail.hours')}：{v.openingHours}
        </p>
      )}
      {v.batch && v.validUntil && (
        <p>{t('services.venues.detail.accredited', { batch: v.batch, until: v.validUntil })}</p>
      )}
      <h2>{t('services.venues.detail.history')}</h2>
      <div className="svc-scroll">
        <table className="svc-table svc-text" data-test="venue-history">
          <thead>
            <tr>
              <th scope="col">{t('services.venues.detail.at')}</th>
              <th scope="col">{t('services.venues.detail.change')}</th>
              <th scope="col">{t('services.venues.detail.reason')}</th>
              <th scope="col">{t('services.venues.detail.documentNo')}</th>
              <th scope="col">{t('services.venues.detail.by')}</th>
            </tr>
          </thead>
          <tbody>
            {events.map((e) => (
              <tr key={`${e.at}-${e.toStatus}`}>
                <td>{when(e.at)}</td>
                <td>
                  {e.fromStatus ? `${t(`services.venues.statuses.${e.fromStatus}`)} → ` : ''}
                  {t(`services.venues.statuses.${e.toStatus}`)}
                </td>
                <td>{e.reason}</td>
                <td>{e.documentNo ?? '—'}</td>
                <td>
                  <ActorName name={e.byName} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {abilities['svc.venues'] && <VenueStatusForm key={v.status} venue={v} />}
      <h2>{t('services.venues.detail.slots')}</h2>
      {slots.length === 0 ? (
        <p className="muted">{t('services.venues.detail.noSlots')}</p>
      ) : (
        <div className="svc-scroll">
          <table className="svc-table" data-test="venue-slots">
            <thead>
              <tr>
                <th scope="col">{t('services.venues.detail.when')}</th>
                <th scope="col">{t('services.venues.detail.capacity')}</th>
                <th scope="col">{t('services.venues.detail.taken')}</th>
              </tr>
            </thead>
            <tbody>
              {(allSlots ? slots : slots.slice(0, FIRST_SLOTS)).map((s) => (
                <tr key={s.id}>
                  <td>{when(s.startsAt)}</td>
                  <td>{s.capacity}</td>
                  <td>{s.taken}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {!allSlots && slots.length > FIRST_SLOTS && (
        <button type="button" className="link" onClick={() => setAllSlots(true)} data-test="venue-slots-all">
          {t('services.venues.detail.allSlots', { n: slots.length })}
        </button>
      )}
      {abilities['svc.venues'] && <SlotForm venueId={v.id} />}
      {bookings.data && (
        <>
          <h2>{t('services.venues.detail.bookings')}</h2>
          {bookings.data.length === 0 ? (
            <p className="muted">{t('services.venues.detail.noBookings')}</p>
          ) : (
            <div className="svc-scroll">
              <table className="svc-table svc-text" data-test="venue-bookings">
                <thead>
                  <tr>
                    <th scope="col">{t('services.venues.detail.when')}</th>
                    <th scope="col">{t('services.venues.detail.group')}</th>
                    <th scope="col">{t('services.venues.detail.contact')}</th>
                    <th scope="col">{t('services.venues.detail.size')}</th>
                    <th scope="col">{t('services.venues.detail.visitors')}</th>
                    <th scope="col">{t('services.venues.detail.status')}</th>
                  </tr>
                </thead>
                <tbody>
                  {bookings.data.map((b) => (
                    <tr key={b.id}>
                      <td>{when(slotOf.get(b.slotId)?.startsAt ?? '')}</td>
                      <td>{b.groupName}</td>
                      <td>{b.contact}</td>
                      <td>{b.size}</td>
                      <td>{t(`services.groups.${b.targetGroup}`)}</td>
                      <td>
                        {t(`services.venues.detail.statuses.${b.status}`)}
                        {b.cancelReason && `：${b.cancelReason}`}
                        {b.status === 'booked' &&
                          (slotOf.get(b.slotId)?.startsAt ?? '') > new Date().toISOString() && (
                            <CancelBookingForm bookingId={b.id} />
                          )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
      <VenueAssessmentPanel venueId={v.id} year={new Date().getFullYear() - 1} />
    </div>
  );
}

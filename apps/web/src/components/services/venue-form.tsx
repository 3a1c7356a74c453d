// The office registers a venue: what and where (coordinates with their system), its opening hours in words and as
// weekly periods (the public "open now"), who it suits, its accessibility and whether groups may book. Registered as
// "applying"; its page then takes the accreditation.
import { venueAccessibility, venueAudiences, venueCategories, venueLevels } from '@kepu/domain/services';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useCreateVenue } from '../../api/services/venues.ts';
import { AreaSelect } from '../area-select.tsx';
import { ErrorNotice } from '../query-state.tsx';
import { CoordinateFields, coordinatesOf } from './coordinate-fields.tsx';
import { TimeSelect } from './time-select.tsx';

type Period = { days: number[]; opens: string; closes: string };
/** A period row on the form: its key stays when an earlier row is removed. */
let rows = 0;
const row = (p: Period) => ({ ...p, key: ++rows });
const WEEK = [1, 2, 3, 4, 5, 6, 7];

/** Checkboxes of `options` for a list field, labelled by `label(option)`. */
function Checks<T extends string>(props: {
  legend: string;
  options: readonly T[];
  value: T[];
  label: (o: T) => string;
  onChange: (v: T[]) => void;
  test: string;
}) {
  return (
    <fieldset>
      <legend>{props.legend}</legend>
      {props.options.map((o) => (
        <label key={o} className="svc-check">
          <input
            type="checkbox"
            checked={props.value.includes(o)}
            data-test={`${props.test}-${o}`}
            onChange={(e) =>
              props.onChange(e.target.checked ? [...props.value, o] : props.value.filter((x) => x !== o))
            }
          />
          {props.label(o)}
        </label>
      ))}
    </fieldset>
  );
}

export function VenueForm() {
  const { t } = useTranslation();
  const create = useCreateVenue();
  const navigate = useNavigate();
  const [f, setF] = useState({
    name: '',
    level: 'municipal',
    category: 'science_centre',
    areaCode: '',
    address: '',
    openingHours: '',
    lng: '',
    lat: '',
    system: 'gcj02',
    bookable: false,
  });
  const [periods, setPeriods] = useState(() => [
    row({ days: [2, 3, 4, 5, 6, 7], opens: '09:00', closes: '17:00' }),
  ]);
  const [audiences, setAudiences] = useState<string[]>([]);
  const [access, setAccess] = useState<string[]>([]);
  const set = (k: keyof typeof f) => (e: { target: { value: string } }) =>
    setF({ ...f, [k]: e.target.value });
  const setPeriod = (k: number, p: Partial<Period>) =>
    setPeriods(periods.map((x, i) => (i === k ? { ...x, ...p } : x)));
  const submit = () =>
    create.mutate(
      {
        name: f.name,
        level: f.level,
        category: f.category,
        areaCode: f.areaCode,
        address: f.address,
        openingHours: f.openingHours,
        weeklyHours: periods.filter((p) => p.days.length).map(({ key: _, ...p }) => p),
        audiences,
        accessibility: access,
        bookable: f.bookable,
        coordinates: coordinatesOf(f),
      },
      { onSuccess: (v) => navigate(`/services/venues/${v.id}`) },
    );
  const select = (k: 'level' | 'category', options: readonly string[], label: string) => (
    <label>
      {label}
      <select value={f[k]} onChange={set(k)} data-test={`venue-${k}`}>
        {options.map((o) => (
          <option key={o} value={o}>
            {t(`services.venues.${k === 'level' ? 'levels' : 'categories'}.${o}`)}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <section aria-labelledby="venue-form">
      <h2 id="venue-form">{t('services.venues.form.heading')}</h2>
      <form
        className="svc-form"
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <label>
          {t('services.venues.name')}
          <input value={f.name} onChange={set('name')} data-test="venue-name" />
        </label>
        {select('level', venueLevels, t('services.venues.level'))}
        {select('category', venueCategories, t('services.venues.category'))}
        <AreaSelect
          label={t('services.venues.area')}
          value={f.areaCode}
          onChange={(areaCode) => setF({ ...f, areaCode })}
          test="venue-area"
        />
        <label>
          {t('services.venues.address')}
          <input value={f.address} onChange={set('address')} data-test="venue-address" />
        </label>
        <label>
          {t('services.venues.form.openingHours')}
          <input value={f.openingHours} onChange={set('openingHours')} data-test="venue-hours" />
        </label>
        <fieldset>
          <legend>{t('services.venues.form.periods')}</legend>
          {periods.map((p, k) => (
            <fieldset key={p.key} className="svc-period" data-test="venue-period">
              <legend>{t('services.venues.form.period', { n: k + 1 })}</legend>
              {WEEK.map((d) => (
                <label key={d} className="svc-check">
                  <input
                    type="checkbox"
                    checked={p.days.includes(d)}
                    onChange={(e) =>
                      setPeriod(k, {
                        days: e.target.checked ? [...p.days, d].sort() : p.days.filter((x) => x !== d),
                      })
                    }
                  />
                  {t(`services.venues.days.${d}`)}
                </label>
              ))}
              <label>
                {t('services.venues.form.opens')}
                <TimeSelect value={p.opens} onChange={(opens) => setPeriod(k, { opens })} />
              </label>
              <label>
                {t('services.venues.form.closes')}
                <TimeSelect
                  value={p.closes}
                  onChange={(closes) => setPeriod(k, { closes })}
                  testId={`venue-closes-${k}`}
                />
              </label>
              <button
                type="button"
                className="link"
                onClick={() => setPeriods(periods.filter((_, i) => i !== k))}
              >
                {t('services.venues.form.removePeriod')}
              </button>
            </fieldset>
          ))}
          <button
            type="button"
            className="svc-button"
            onClick={() =>
              setPeriods([...periods, row({ days: [1, 2, 3, 4, 5], opens: '09:00', closes: '17:00' })])
            }
          >
            {t('services.venues.form.addPeriod')}
          </button>
        </fieldset>
        <Checks
          legend={t('services.venues.form.suits')}
          options={venueAudiences}
          value={audiences}
          label={(o) => t(`services.venues.audiences.${o}`)}
          onChange={setAudiences}
          test="venue-audience"
        />
        <Checks
          legend={t('services.venues.form.access')}
          options={venueAccessibility}
          value={access}
          label={(o) => t(`services.venues.accessibility.${o}`)}
          onChange={setAccess}
          test="venue-access"
        />
        <label className="svc-check">
          <input
            type="checkbox"
            checked={f.bookable}
            onChange={(e) => setF({ ...f, bookable: e.target.checked })}
            data-test="venue-bookable"
          />
          {t('services.venues.form.takesBookings')}
        </label>
        <CoordinateFields value={f} onChange={(c) => setF({ ...f, ...c })} />
        {create.error && <ErrorNotice error={create.error} testId="venue-error" />}
        <button type="submit" className="svc-button" data-test="venue-submit" disabled={create.isPending}>
          {t('services.venues.form.submit')}
        </button>
      </form>
    </section>
  );
}

// The form a unit or district fills to file an activity: where (with the coordinate system said), what, for whom,
// one session with its places. Saved as a draft; the page of the activity then takes it through review.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useIndUnits } from '../../api/indicators/setup.ts';
import { useCampaigns, useFileActivity } from '../../api/services/services.ts';
import { AreaSelect } from '../area-select.tsx';
import { DateField } from '../date-field.tsx';
import { ErrorNotice } from '../query-state.tsx';
import { CoordinateFields, coordinatesOf } from './coordinate-fields.tsx';

const types = ['lecture', 'exhibition', 'contest', 'training', 'open_day', 'caravan', 'other'] as const;
const groups = ['youth', 'workers', 'farmers', 'elderly', 'officials', 'public'] as const;
/** The area tree as one list, parents first (counties, then their towns). */
/** A 'YYYY-MM-DD HH:mm' of the date field, in the city's time (UTC+8), as an instant. */
export const instant = (local: string) =>
  local ? new Date(`${local.replace(' ', 'T')}:00+08:00`).toISOString() : '';

export function FileActivityForm() {
  const { t } = useTranslation();
  const units = useIndUnits();
  const campaigns = useCampaigns();
  const file = useFileActivity();
  const navigate = useNavigate();
  const [f, setF] = useState({
    title: '',
    campaignId: '',
    organiser: '',
    unitId: '',
    areaCode: '',
    address: '',
    type: 'lecture',
    mode: 'offline',
    groups: ['public'] as string[],
    start: '',
    end: '',
    capacity: 100,
    lng: '',
    lat: '',
    system: 'gcj02',
  });
  const set = (k: keyof typeof f) => (e: { target: { value: string } }) =>
    setF({ ...f, [k]: e.target.value });
  const submit = () =>
    file.mutate(
      {
        title: f.title,
        campaignId: f.campaignId ? Number(f.campaignId) : null,
        organiser: f.organiser,
        ...(f.unitId && { organiserUnitId: Number(f.unitId) }),
        areaCode: f.areaCode,
        address: f.address,
        type: f.type,
        mode: f.mode,
        targetGroups: f.groups,
        coordinates: coordinatesOf(f),
        sessions: [{ startsAt: instant(f.start), endsAt: instant(f.end), capacity: Number(f.capacity) }],
      },
      { onSuccess: (a) => navigate(`/services/activities/${a.id}`) },
    );
  return (
    <section aria-labelledby="svc-file">
      <h2 id="svc-file">{t('services.file.heading')}</h2>
      <form
        className="svc-form"
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <label>
          {t('services.file.title')}
          <input value={f.title} onChange={set('title')} data-test="file-title" />
        </label>
        <label>
          {t('services.file.campaign')}
          <select value={f.campaignId} onChange={set('campaignId')} data-test="file-campaign">
            <option value="">{t('services.file.noCampaign')}</option>
            {campaigns.data?.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('services.file.organiser')}
          <input value={f.organiser} onChange={set('organiser')} data-test="file-organiser" />
        </label>
        <label>
          {t('services.file.unit')}
          <select
            value={f.unitId}
            data-test="file-unit"
            onChange={(e) => {
              const u = units.data?.find((x) => String(x.orgUnitId) === e.target.value);
              setF({
                ...f,
                unitId: e.target.value,
                organiser: f.organiser || (u?.name ?? ''),
                areaCode: f.areaCode || (u?.areaCode ?? ''),
              });
            }}
          >
            <option value="">—</option>
            {units.data
              ?.filter((u) => u.orgUnitId !== null)
              .map((u) => (
                <option key={u.id} value={String(u.orgUnitId)}>
                  {u.name}
                </option>
              ))}
          </select>
        </label>
        <AreaSelect
          label={t('services.file.area')}
          value={f.areaCode}
          onChange={(areaCode) => setF({ ...f, areaCode })}
          test="file-area"
        />
        <label>
          {t('services.file.address')}
          <input value={f.address} onChange={set('address')} data-test="file-address" />
        </label>
        <label>
          {t('services.file.type')}
          <select value={f.type} onChange={set('type')} data-test="file-type">
            {types.map((x) => (
              <option key={x} value={x}>
                {t(`services.types.${x}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('services.file.mode')}
          <select value={f.mode} onChange={set('mode')}>
            <option value="offline">{t('services.file.offline')}</option>
            <option value="online">{t('services.file.online')}</option>
          </select>
        </label>
        <fieldset>
          <legend>{t('services.file.groups')}</legend>
          {groups.map((g) => (
            <label key={g} className="svc-check">
              <input
                type="checkbox"
                checked={f.groups.includes(g)}
                data-test={`file-group-${g}`}
                onChange={(e) =>
                  setF({
                    ...f,
                    groups: e.target.checked ? [...f.groups, g] : f.groups.filter((x) => x !== g),
                  })
                }
              />
              {t(`services.groups.${g}`)}
            </label>
          ))}
        </fieldset>
        <label htmlFor="file-start">
          {t('services.file.start')}
          <DateField
            time
            value={f.start}
            onChange={(v) => setF({ ...f, start: v ?? '' })}
            id="file-start"
            testId="file-start"
          />
        </label>
        <label htmlFor="file-end">
          {t('services.file.end')}
          <DateField
            time
            value={f.end}
            onChange={(v) => setF({ ...f, end: v ?? '' })}
            id="file-end"
            testId="file-end"
          />
        </label>
        <label>
          {t('services.file.capacity')}
          <input
            type="number"
            min={0}
            value={f.capacity}
            onChange={set('capacity')}
            data-test="file-capacity"
          />
        </label>
        <CoordinateFields value={f} onChange={(c) => setF({ ...f, ...c })} />
        {file.error && <ErrorNotice error={file.error} testId="file-error" />}
        <button type="submit" className="svc-button" data-test="file-submit" disabled={file.isPending}>
          {t('services.file.submit')}
        </button>
      </form>
    </section>
  );
}

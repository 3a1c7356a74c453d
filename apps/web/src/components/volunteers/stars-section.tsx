// The star levels' hours (one to five stars), changed by the office; every volunteer's stars follow at once.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSetStarHours, useStarHours } from '../../api/volunteers/volunteers.ts';
import { ErrorNotice } from '../query-state.tsx';

export function StarsSection({ canEdit }: { canEdit: boolean }) {
  const { t } = useTranslation();
  const stars = useStarHours();
  const save = useSetStarHours();
  const [hours, setHours] = useState<string[]>([]);
  useEffect(() => setHours((stars.data?.hours ?? []).map(String)), [stars.data]);
  return (
    <section aria-labelledby="vol-stars">
      <h2 id="vol-stars">{t('volunteers.stars.heading')}</h2>
      <p className="muted">{t('volunteers.stars.hint')}</p>
      <form
        className="svc-inline"
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate(hours.map(Number));
        }}
      >
        {hours.map((h, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: always the five levels, in order
          <label key={i}>
            {t('volunteers.stars.level', { n: i + 1 })}
            <input
              inputMode="numeric"
              size={5}
              value={h}
              readOnly={!canEdit}
              onChange={(e) => setHours(hours.map((x, j) => (j === i ? e.target.value : x)))}
            />
          </label>
        ))}
        {canEdit && (
          <button type="submit" disabled={save.isPending}>
            {t('volunteers.stars.save')}
          </button>
        )}
      </form>
      {save.isSuccess && <output className="vol-status">{t('volunteers.stars.saved')}</output>}
      {save.error && <ErrorNotice error={save.error} />}
    </section>
  );
}

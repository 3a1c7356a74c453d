// The national volunteer platforms' CSV files (volunteers, service hours): download buttons, and for the office the
// column mapping (which of our fields goes under which header). A district admin's files leave personal fields empty.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type NationalMapping,
  useNationalMapping,
  useSetNationalMapping,
} from '../../api/volunteers/volunteers.ts';
import { ErrorNotice } from '../query-state.tsx';

const fields = {
  volunteers: [
    'volunteerId',
    'name',
    'phone',
    'birthDate',
    'team',
    'area',
    'skills',
    'registeredAt',
    'approvedHours',
    'star',
  ],
  hours: [
    'hoursId',
    'volunteerId',
    'name',
    'phone',
    'team',
    'opportunity',
    'startedAt',
    'endedAt',
    'hours',
    'note',
  ],
} as const;
type File = keyof typeof fields;

export function NationalExportSection({ canManage, canEdit }: { canManage: boolean; canEdit: boolean }) {
  const { t } = useTranslation();
  const mapping = useNationalMapping();
  const save = useSetNationalMapping();
  const [draft, setDraft] = useState<NationalMapping | null>(null);
  useEffect(() => setDraft(mapping.data ?? null), [mapping.data]);
  const change = (file: File, i: number, key: 'header' | 'field', value: string) =>
    draft &&
    setDraft({ ...draft, [file]: draft[file].map((c, j) => (j === i ? { ...c, [key]: value } : c)) });
  return (
    <section aria-labelledby="vol-national">
      <h2 id="vol-national">{t('volunteers.national.heading')}</h2>
      <p className="muted">{t(canEdit ? 'volunteers.national.hintOffice' : 'volunteers.national.hint')}</p>
      {canManage && (
        <p className="svc-inline">
          {(Object.keys(fields) as File[]).map((file) => (
            <a
              key={file}
              className="button"
              href={`/api/vol/national-export/${file}`}
              download
              data-test={`vol-national-${file}`}
            >
              {t(`volunteers.national.download.${file}`)}
            </a>
          ))}
        </p>
      )}
      {mapping.error && <ErrorNotice error={mapping.error} />}
      {draft && canEdit && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            save.mutate(draft);
          }}
        >
          {(Object.keys(fields) as File[]).map((file) => (
            <fieldset key={file} className="vol-mapping">
              <legend>{t(`volunteers.national.file.${file}`)}</legend>
              {draft[file].map((c, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: columns are edited in place, in order
                <div key={i} className="svc-inline">
                  <label>
                    {t('volunteers.national.header')}
                    <input value={c.header} onChange={(e) => change(file, i, 'header', e.target.value)} />
                  </label>
                  <label>
                    {t('volunteers.national.field')}
                    <select value={c.field} onChange={(e) => change(file, i, 'field', e.target.value)}>
                      {fields[file].map((f) => (
                        <option key={f} value={f}>
                          {t(`volunteers.national.fields.${f}`)}
                        </option>
                      ))}
                    </select>
                  </label>
                  <button
                    type="button"
                    onClick={() => setDraft({ ...draft, [file]: draft[file].filter((_, j) => j !== i) })}
                  >
                    {t('volunteers.national.remove')}
                  </button>
                </div>
              ))}
              <button
                type="button"
                onClick={() =>
                  setDraft({ ...draft, [file]: [...draft[file], { header: '', field: fields[file][0] }] })
                }
              >
                {t('volunteers.national.add')}
              </button>
            </fieldset>
          ))}
          <button type="submit" disabled={save.isPending}>
            {t('volunteers.national.save')}
          </button>
          {save.isSuccess && <output className="vol-status">{t('volunteers.national.saved')}</output>}
          {save.error && <ErrorNotice error={save.error} />}
        </form>
      )}
    </section>
  );
}

// Add or edit an expert: name, title, organisation, fields, topics, areas served, languages, availability, the mobile
// (personal), pools, and the two consents (processing, and public display apart from it).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExpertView, PoolView } from '../../api/experts/experts.ts';
import { AreaSelect } from '../area-select.tsx';
import { EXPERT_TOPICS } from './topics.ts';

const split = (s: string) =>
  s
    .split(/[,，、;；]/)
    .map((x) => x.trim())
    .filter(Boolean);

export interface ExpertFormValue {
  name: string;
  gender: '' | 'female' | 'male';
  title: string;
  organisation: string;
  fields: string;
  topics: string[];
  areaCodes: string[];
  languages: string;
  available: boolean;
  availability: string;
  phone: string;
  poolIds: number[];
  publicDisplay: boolean;
  consent: boolean;
}

export const emptyExpert: ExpertFormValue = {
  name: '',
  gender: '',
  title: '',
  organisation: '',
  fields: '',
  topics: [],
  areaCodes: [''],
  languages: '普通话',
  available: true,
  availability: '',
  phone: '',
  poolIds: [],
  publicDisplay: false,
  consent: false,
};

export const formOf = (e: ExpertView): ExpertFormValue => ({
  ...emptyExpert,
  name: e.name,
  gender: e.gender ?? '',
  title: e.title,
  organisation: e.organisation,
  fields: e.fields.join('、'),
  topics: e.topics,
  areaCodes: e.areas.map((a) => a.code),
  languages: e.languages.join('、'),
  available: e.available,
  availability: e.availability,
  phone: '',
  poolIds: e.poolIds,
  publicDisplay: e.publicDisplay,
  consent: true,
});

/** The body the API takes; an edit leaves the phone out unless a new one is typed. */
export function bodyOf(f: ExpertFormValue, edit: boolean) {
  const body = {
    name: f.name,
    gender: f.gender || null,
    title: f.title,
    organisation: f.organisation,
    fields: split(f.fields),
    topics: f.topics,
    areaCodes: f.areaCodes.filter(Boolean),
    languages: split(f.languages),
    available: f.available,
    availability: f.availability,
    poolIds: f.poolIds,
    publicDisplay: f.publicDisplay,
    ...(f.phone || !edit ? { phone: f.phone } : {}),
  };
  return edit ? body : { ...body, consent: f.consent };
}

const toggle = <T,>(list: T[], x: T) => (list.includes(x) ? list.filter((y) => y !== x) : [...list, x]);

export function ExpertForm(p: {
  initial: ExpertFormValue;
  pools: PoolView[];
  edit: boolean;
  pending: boolean;
  onSubmit: (f: ExpertFormValue) => void;
}) {
  const { t, i18n } = useTranslation();
  const [f, setF] = useState(p.initial);
  const text = (k: 'name' | 'title' | 'organisation' | 'fields' | 'languages' | 'availability' | 'phone') =>
    ({
      value: f[k],
      onChange: (e: { target: { value: string } }) => setF({ ...f, [k]: e.target.value }),
      'data-test': `exp-${k}`,
    }) as const;
  const zh = i18n.language.startsWith('zh');
  return (
    <form
      className="vol-form exp-form"
      onSubmit={(e) => {
        e.preventDefault();
        p.onSubmit(f);
      }}
    >
      <label>
        {t('experts.form.name')}
        <input {...text('name')} required maxLength={40} />
      </label>
      <label>
        {t('experts.form.gender')}
        <select
          value={f.gender}
          onChange={(e) => setF({ ...f, gender: e.target.value as ExpertFormValue['gender'] })}
        >
          <option value="">{t('experts.form.genders.none')}</option>
          <option value="female">{t('experts.form.genders.female')}</option>
          <option value="male">{t('experts.form.genders.male')}</option>
        </select>
      </label>
      <label>
        {t('experts.form.title')}
        <input {...text('title')} maxLength={60} />
      </label>
      <label>
        {t('experts.form.organisation')}
        <input {...text('organisation')} required maxLength={100} />
      </label>
      <label>
        {t('experts.form.fields')}
        <input {...text('fields')} />
      </label>
      <fieldset className="exp-checks" data-test="exp-topics">
        <legend>{t('experts.form.topics')}</legend>
        {EXPERT_TOPICS.map((x) => (
          <label key={x.code}>
            <input
              type="checkbox"
              checked={f.topics.includes(x.code)}
              onChange={() => setF({ ...f, topics: toggle(f.topics, x.code) })}
              data-test={`exp-topic-${x.code}`}
            />
            {zh ? x.zh : x.en}
          </label>
        ))}
      </fieldset>
      <fieldset className="exp-areas">
        <legend>{t('experts.form.areas')}</legend>
        {f.areaCodes.map((code, i) => (
          <AreaSelect
            // biome-ignore lint/suspicious/noArrayIndexKey: the rows are positions in the list
            key={i}
            label={`${t('experts.form.areas')} ${i + 1}`}
            value={code}
            onChange={(c) => setF({ ...f, areaCodes: f.areaCodes.map((x, j) => (j === i ? c : x)) })}
            test={`exp-area-${i}`}
            required={i === 0}
          />
        ))}
        <button type="button" onClick={() => setF({ ...f, areaCodes: [...f.areaCodes, ''] })}>
          {t('experts.form.addArea')}
        </button>
      </fieldset>
      <label>
        {t('experts.form.languages')}
        <input {...text('languages')} />
      </label>
      <label className="exp-check">
        <input
          type="checkbox"
          checked={f.available}
          onChange={(e) => setF({ ...f, available: e.target.checked })}
        />
        {t('experts.form.available')}
      </label>
      <label>
        {t('experts.form.availability')}
        <input {...text('availability')} maxLength={200} />
      </label>
      <label>
        {t('experts.form.phone')}
        <input {...text('phone')} inputMode="tel" required={!p.edit} pattern="1\d{10}" />
      </label>
      <fieldset className="exp-checks">
        <legend>{t('experts.form.pools')}</legend>
        {p.pools.map((pool) => (
          <label key={pool.id}>
            <input
              type="checkbox"
              checked={f.poolIds.includes(pool.id)}
              onChange={() => setF({ ...f, poolIds: toggle(f.poolIds, pool.id) })}
              data-test={`exp-pool-${pool.code}`}
            />
            {zh || !pool.nameEn ? pool.name : pool.nameEn}
          </label>
        ))}
      </fieldset>
      {!p.edit && (
        <label className="exp-check">
          <input
            type="checkbox"
            checked={f.consent}
            onChange={(e) => setF({ ...f, consent: e.target.checked })}
            data-test="exp-consent"
          />
          {t('experts.form.consent')}
        </label>
      )}
      <label className="exp-check">
        <input
          type="checkbox"
          checked={f.publicDisplay}
          onChange={(e) => setF({ ...f, publicDisplay: e.target.checked })}
        />
        {t('experts.form.publicDisplay')}
      </label>
      <button type="submit" disabled={p.pending} data-test="exp-save">
        {p.edit ? t('experts.form.save') : t('experts.form.create')}
      </button>
    </form>
  );
}

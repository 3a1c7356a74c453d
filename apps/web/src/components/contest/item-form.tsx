// An item's form for each kind: single choice (one answer), multiple choice (several), true or false (the two fixed
// options); topic, difficulty, target groups and the explanation. The browser checks nothing: a blank form is sent
// and the server names every missing field (in the reader's language).
import type { ItemKind } from '@kepu/domain/contest';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type QuizItem, staffImageUrl, useSaveItem, useUploadImage } from '../../api/contest/contest.ts';
import { ErrorNotice } from '../query-state.tsx';
import { difficulties, type Group, groups, kinds } from './codes.ts';

const blank = {
  kind: 'single' as ItemKind,
  stem: '',
  options: ['', '', ''],
  answer: [] as number[],
  topic: '',
  difficulty: 'medium',
  targetGroups: [] as Group[],
  explanation: '',
  image: null as { id: number; alt: string } | null,
};

export function ItemForm({ item, onDone }: { item?: QuizItem; onDone: () => void }) {
  const { t } = useTranslation();
  const save = useSaveItem();
  const upload = useUploadImage();
  const [f, setF] = useState(item ? { ...blank, ...item } : blank);
  const tf = f.kind === 'truefalse';
  const options = tf ? [t('contest.items.true'), t('contest.items.false')] : f.options;
  const setKind = (kind: ItemKind) =>
    setF({
      ...f,
      kind,
      answer: [],
      options: kind === 'truefalse' ? ['对', '错'] : f.options.length > 2 ? f.options : ['', '', ''],
    });
  const pick = (k: number, on: boolean) =>
    setF({
      ...f,
      answer: f.kind === 'multiple' ? (on ? [...f.answer, k].sort() : f.answer.filter((a) => a !== k)) : [k],
    });
  const setOption = (k: number, v: string) =>
    setF({ ...f, options: f.options.map((o, j) => (j === k ? v : o)) });
  const removeOption = (k: number) =>
    setF({
      ...f,
      options: f.options.filter((_, j) => j !== k),
      answer: f.answer.filter((a) => a !== k).map((a) => (a > k ? a - 1 : a)),
    });
  return (
    <form
      className="svc-form ct-form"
      noValidate
      data-test="ct-item-form"
      onSubmit={(e) => {
        e.preventDefault();
        const body = { ...f, options: tf ? ['对', '错'] : f.options, difficulty: f.difficulty || undefined };
        const {
          id: _id,
          review: _r,
          reports: _n,
          demo: _d,
          ...sent
        } = body as typeof body & Partial<QuizItem>;
        save.mutate({ id: item?.id, body: sent }, { onSuccess: () => (item ? onDone() : setF(blank)) });
      }}
    >
      <h3>{item ? t('contest.items.editing', { stem: item.stem }) : t('contest.items.create')}</h3>
      {item && <p className="muted ct-wide">{t('contest.items.editHint')}</p>}
      <label>
        {t('contest.items.kind')}
        <select value={f.kind} onChange={(e) => setKind(e.target.value as ItemKind)} data-test="ct-item-kind">
          {kinds.map((k) => (
            <option key={k} value={k}>
              {t(`contest.kinds.${k}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="ct-wide">
        {t('contest.items.stem')}
        <textarea
          value={f.stem}
          rows={2}
          onChange={(e) => setF({ ...f, stem: e.target.value })}
          data-test="ct-item-stem"
        />
      </label>
      <fieldset className="ct-wide">
        <legend>{t('contest.items.image')}</legend>
        {f.image && (
          <img
            className="ct-image"
            src={staffImageUrl(f.image.id)}
            alt={f.image.alt}
            data-test="ct-item-image"
          />
        )}
        <label>
          {f.image ? t('contest.items.imageReplace') : t('contest.items.imageUpload')}
          <input
            type="file"
            accept="image/png,image/jpeg"
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (file)
                upload.mutate(file, {
                  onSuccess: (img) => setF((x) => ({ ...x, image: { id: img.id, alt: x.image?.alt ?? '' } })),
                });
            }}
            data-test="ct-item-image-file"
          />
        </label>
        {f.image && (
          <>
            <label>
              {t('contest.items.imageAlt')}
              <input
                value={f.image.alt}
                onChange={(e) => setF({ ...f, image: { id: f.image?.id ?? 0, alt: e.target.value } })}
                data-test="ct-item-image-alt"
              />
            </label>
            <button
              type="button"
              className="svc-button secondary"
              onClick={() => setF({ ...f, image: null })}
            >
              {t('contest.items.imageRemove')}
            </button>
          </>
        )}
        <p className="muted">{t('contest.items.imageHint')}</p>
        {upload.error && <ErrorNotice error={upload.error} testId="ct-item-image-error" />}
      </fieldset>
      <fieldset>
        <legend>
          {t('contest.items.options')} · {t('contest.items.answer')}
        </legend>
        {options.map((o, k) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: options are edited in place, their place is their key
          <span key={k} className="ct-option">
            <input
              type={f.kind === 'multiple' ? 'checkbox' : 'radio'}
              name="ct-answer"
              checked={f.answer.includes(k)}
              onChange={(e) => pick(k, e.target.checked)}
              aria-label={`${t('contest.items.answer')}：${t('contest.items.option', { n: k + 1 })}`}
              data-test={`ct-item-answer-${k}`}
            />
            {tf ? (
              <span>{o}</span>
            ) : (
              <>
                <input
                  value={o}
                  onChange={(e) => setOption(k, e.target.value)}
                  aria-label={t('contest.items.option', { n: k + 1 })}
                  data-test={`ct-item-option-${k}`}
                />
                {f.options.length > 2 && (
                  <button type="button" className="svc-button secondary" onClick={() => removeOption(k)}>
                    {t('contest.items.removeOption', { n: k + 1 })}
                  </button>
                )}
              </>
            )}
          </span>
        ))}
        {!tf && f.options.length < 6 && (
          <button
            type="button"
            className="svc-button secondary"
            onClick={() => setF({ ...f, options: [...f.options, ''] })}
          >
            {t('contest.items.addOption')}
          </button>
        )}
      </fieldset>
      <label>
        {t('contest.items.topic')}
        <input
          value={f.topic}
          onChange={(e) => setF({ ...f, topic: e.target.value })}
          data-test="ct-item-topic"
        />
      </label>
      <label>
        {t('contest.items.difficulty')}
        <select
          value={f.difficulty}
          onChange={(e) => setF({ ...f, difficulty: e.target.value })}
          data-test="ct-item-difficulty"
        >
          {difficulties.map((d) => (
            <option key={d} value={d}>
              {t(`contest.difficulties.${d}`)}
            </option>
          ))}
        </select>
      </label>
      <fieldset>
        <legend>{t('contest.items.groups')}</legend>
        {groups.map((g) => (
          <label key={g} className="svc-check">
            <input
              type="checkbox"
              checked={f.targetGroups.includes(g)}
              onChange={(e) =>
                setF({
                  ...f,
                  targetGroups: e.target.checked
                    ? [...f.targetGroups, g]
                    : f.targetGroups.filter((x) => x !== g),
                })
              }
              data-test={`ct-item-group-${g}`}
            />
            {t(`services.groups.${g}`)}
          </label>
        ))}
      </fieldset>
      <label className="ct-wide">
        {t('contest.items.explanation')}
        <textarea
          value={f.explanation}
          rows={2}
          onChange={(e) => setF({ ...f, explanation: e.target.value })}
        />
      </label>
      <span className="svc-actions ct-wide">
        <button type="submit" className="svc-button" disabled={save.isPending} data-test="ct-item-save">
          {t('contest.save')}
        </button>
        {item && (
          <button type="button" className="svc-button secondary" onClick={onDone}>
            {t('contest.cancel')}
          </button>
        )}
      </span>
      {save.isSuccess && <output className="ct-wide">{t('contest.saved')}</output>}
      {save.error && (
        <div className="ct-wide">
          <ErrorNotice error={save.error} testId="ct-item-error" />
        </div>
      )}
    </form>
  );
}

// A new work or an edit: the kind (new only) decides the fields shown (a pack's hazard, a rumour's claim, verdict and
// sources, a media work's link); topics, audience, the unit (a liaison's own, fixed), author, source, licence, summary
// and the text. Nothing is required in the browser: a blank form is answered by the server, naming each field.
import { hazards, rumourVerdicts, type VersionRecord, type WorkKind, workKinds } from '@kepu/domain/content';
import { targetGroups } from '@kepu/domain/services';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkRecord } from '../../api/content/content.ts';
import { useSession } from '../../api/core/session.ts';
import { useUnits } from '../../api/core/units.ts';
import { EXPERT_TOPICS } from '../experts/topics.ts';
import { useCntWords } from './labels.ts';

export interface WorkFormValue {
  kind: WorkKind;
  title: string;
  hazard: string;
  claim: string;
  verdict: string;
  sources: string;
  mediaUrl: string;
  topics: string[];
  targetGroups: string[];
  unitId: string;
  author: string;
  source: string;
  licence: string;
  summary: string;
  body: string;
}

export const emptyWork = (unitId: number | null | undefined): WorkFormValue => ({
  kind: 'article',
  title: '',
  hazard: '',
  claim: '',
  verdict: '',
  sources: '',
  mediaUrl: '',
  topics: [],
  targetGroups: [],
  unitId: unitId ? String(unitId) : '',
  author: '',
  source: '',
  licence: '',
  summary: '',
  body: '',
});

export const formOf = (w: WorkRecord, v: VersionRecord | undefined): WorkFormValue => ({
  kind: w.kind,
  title: w.title,
  hazard: w.hazard ?? '',
  claim: v?.rumour?.claim ?? '',
  verdict: v?.rumour?.verdict ?? '',
  sources: v?.rumour?.sources.join('\n') ?? '',
  mediaUrl: v?.mediaUrl ?? '',
  topics: w.topics,
  targetGroups: w.targetGroups,
  unitId: w.unitId ? String(w.unitId) : '',
  author: w.author,
  source: w.source,
  licence: w.licence,
  summary: v?.summary ?? '',
  body: v?.body ?? '',
});

const linked: readonly WorkKind[] = ['video', 'audio', 'images', 'pdf'];

/** The body the API takes; the kind is sent only for a new work. */
export function bodyOf(f: WorkFormValue, edit: boolean) {
  const body = {
    title: f.title,
    topics: f.topics,
    targetGroups: f.targetGroups,
    unitId: f.unitId ? Number(f.unitId) : null,
    author: f.author,
    source: f.source,
    licence: f.licence,
    hazard: f.kind === 'emergency_pack' && f.hazard ? f.hazard : null,
    summary: f.summary,
    body: f.body,
    mediaUrl: linked.includes(f.kind) && f.mediaUrl.trim() ? f.mediaUrl.trim() : null,
    rumour:
      f.kind === 'rumour'
        ? {
            claim: f.claim,
            verdict: f.verdict,
            sources: f.sources
              .split('\n')
              .map((s) => s.trim())
              .filter(Boolean),
          }
        : null,
  };
  return edit ? body : { kind: f.kind, ...body };
}

const toggle = (list: string[], x: string) => (list.includes(x) ? list.filter((y) => y !== x) : [...list, x]);

export function WorkForm(p: {
  initial: WorkFormValue;
  edit: boolean;
  pending: boolean;
  onSubmit: (f: WorkFormValue) => void;
}) {
  const { t, i18n } = useTranslation();
  const l = useCntWords();
  const session = useSession();
  const units = useUnits();
  const own = session.data?.user?.unitId;
  const [f, setF] = useState(p.initial);
  const text = (k: 'title' | 'claim' | 'mediaUrl' | 'author' | 'source' | 'licence' | 'summary') => ({
    value: f[k],
    onChange: (e: { target: { value: string } }) => setF({ ...f, [k]: e.target.value }),
    'data-test': `cnt-${k}`,
  });
  const zh = i18n.language.startsWith('zh');
  return (
    <form
      className="svc-form cnt-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        p.onSubmit(f);
      }}
    >
      <p className="muted cnt-wide">{p.edit ? t('content.form.editNote') : t('content.form.required')}</p>
      {!p.edit && (
        <label>
          {t('content.form.kind')}
          <select
            value={f.kind}
            onChange={(e) => setF({ ...f, kind: e.target.value as WorkKind })}
            data-test="cnt-kind"
          >
            {workKinds.map((k) => (
              <option key={k} value={k}>
                {l.kinds[k]}
              </option>
            ))}
          </select>
        </label>
      )}
      <label className="cnt-wide">
        {t('content.form.title')}
        <input {...text('title')} maxLength={120} />
      </label>
      {f.kind === 'emergency_pack' && (
        <label>
          {t('content.form.hazard')}
          <select
            value={f.hazard}
            onChange={(e) => setF({ ...f, hazard: e.target.value })}
            data-test="cnt-hazard"
          >
            <option value="">{t('content.form.choose')}</option>
            {hazards.map((h) => (
              <option key={h} value={h}>
                {l.hazards[h]}
              </option>
            ))}
          </select>
        </label>
      )}
      {f.kind === 'rumour' && (
        <>
          <label className="cnt-wide">
            {t('content.form.claim')}
            <input {...text('claim')} maxLength={300} />
          </label>
          <label>
            {t('content.form.verdict')}
            <select
              value={f.verdict}
              onChange={(e) => setF({ ...f, verdict: e.target.value })}
              data-test="cnt-verdict"
            >
              <option value="">{t('content.form.choose')}</option>
              {rumourVerdicts.map((v) => (
                <option key={v} value={v}>
                  {l.verdicts[v]}
                </option>
              ))}
            </select>
          </label>
          <label className="cnt-wide">
            {t('content.form.sources')}
            <textarea
              value={f.sources}
              onChange={(e) => setF({ ...f, sources: e.target.value })}
              rows={3}
              data-test="cnt-sources"
            />
          </label>
        </>
      )}
      {linked.includes(f.kind) && (
        <label className="cnt-wide">
          {t('content.form.mediaUrl')}
          <input {...text('mediaUrl')} inputMode="url" maxLength={500} />
        </label>
      )}
      <fieldset className="exp-checks" data-test="cnt-topics">
        <legend>{t('content.form.topics')}</legend>
        {EXPERT_TOPICS.map((x) => (
          <label key={x.code} className="svc-check">
            <input
              type="checkbox"
              checked={f.topics.includes(x.code)}
              onChange={() => setF({ ...f, topics: toggle(f.topics, x.code) })}
              data-test={`cnt-topic-${x.code}`}
            />
            {zh ? x.zh : x.en}
          </label>
        ))}
      </fieldset>
      <fieldset className="exp-checks" data-test="cnt-groups">
        <legend>{t('content.form.targetGroups')}</legend>
        {targetGroups.map((g) => (
          <label key={g} className="svc-check">
            <input
              type="checkbox"
              checked={f.targetGroups.includes(g)}
              onChange={() => setF({ ...f, targetGroups: toggle(f.targetGroups, g) })}
              data-test={`cnt-group-${g}`}
            />
            {l.groups[g]}
          </label>
        ))}
      </fieldset>
      <label>
        {t('content.form.unit')}
        <select
          value={own ? String(own) : f.unitId}
          onChange={(e) => setF({ ...f, unitId: e.target.value })}
          disabled={!!own}
          data-test="cnt-unit"
        >
          <option value="">{t('content.form.office')}</option>
          {units.data?.map((u) => (
            <option key={u.id} value={u.id}>
              {u.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('content.form.author')}
        <input {...text('author')} maxLength={60} />
      </label>
      <label>
        {t('content.form.source')}
        <input {...text('source')} maxLength={200} />
      </label>
      <label>
        {t('content.form.licence')}
        <input {...text('licence')} maxLength={100} />
      </label>
      <label className="cnt-wide">
        {t('content.form.summary')}
        <input {...text('summary')} maxLength={300} />
      </label>
      <label className="cnt-wide">
        {f.kind === 'rumour' ? t('content.form.bodyRumour') : t('content.form.body')}
        <textarea
          value={f.body}
          onChange={(e) => setF({ ...f, body: e.target.value })}
          rows={10}
          data-test="cnt-body"
        />
      </label>
      <div>
        <button type="submit" className="svc-button" disabled={p.pending} data-test="cnt-save">
          {p.edit ? t('content.form.save') : t('content.form.create')}
        </button>
      </div>
    </form>
  );
}

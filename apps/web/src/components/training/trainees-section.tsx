// A course's trainees: counted by group (a table), or named (names and phones masked) with completion and certificate
// numbers; for those who record it, a trainee added with their consent and marked completed.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type CourseRecord,
  type TraineeView,
  useAddTrainee,
  useUpdateTrainee,
} from '../../api/training/training.ts';
import { ErrorNotice } from '../query-state.tsx';
import { groupCodes } from './codes.ts';

function HeadcountTable({ course }: { course: CourseRecord }) {
  const { t } = useTranslation();
  const rows = groupCodes.filter((g) => (course.headcount[g as keyof CourseRecord['headcount']] ?? 0) > 0);
  if (!rows.length) return <p>{t('training.trainees.none')}</p>;
  return (
    <table className="svc-table" data-test="trn-headcount">
      <thead>
        <tr>
          <th scope="col">{t('training.trainees.group')}</th>
          <th scope="col">{t('training.trainees.count')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((g) => (
          <tr key={g}>
            <th scope="row">{t(`training.groups.${g}`)}</th>
            <td>{course.headcount[g as keyof CourseRecord['headcount']]}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function TraineeRow({ x, canEdit }: { x: TraineeView; canEdit: boolean }) {
  const { t } = useTranslation();
  const update = useUpdateTrainee();
  const [cert, setCert] = useState(x.certificateNo);
  return (
    <tr data-test={`trn-trainee-${x.id}`}>
      <th scope="row">{x.name}</th>
      <td>{x.unit}</td>
      <td>{x.phone}</td>
      <td>{t(`training.groups.${x.targetGroup}`)}</td>
      <td>{x.sex ? t(`training.sexes.${x.sex}`) : t('training.trainees.noSex')}</td>
      <td>
        <label className="svc-check">
          <input
            type="checkbox"
            checked={x.completed}
            disabled={!canEdit || x.erased}
            onChange={(e) => update.mutate({ id: x.id, completed: e.target.checked })}
            data-test="trn-trainee-completed"
          />
          {t('training.trainees.completed')}
        </label>
      </td>
      <td>
        {canEdit && !x.erased ? (
          <span className="trn-row-form">
            <input
              aria-label={t('training.trainees.certificate')}
              value={cert}
              size={12}
              onChange={(e) => setCert(e.target.value)}
            />
            <button type="button" onClick={() => update.mutate({ id: x.id, certificateNo: cert })}>
              {t('training.trainees.save')}
            </button>
          </span>
        ) : (
          x.certificateNo
        )}
        {update.error && <ErrorNotice error={update.error} />}
      </td>
    </tr>
  );
}

function AddTrainee({ courseId }: { courseId: number }) {
  const { t } = useTranslation();
  const add = useAddTrainee(courseId);
  const blank = { name: '', unit: '', phone: '', targetGroup: '', sex: '', consent: false };
  const [f, setF] = useState(blank);
  const set = (k: 'name' | 'unit' | 'phone' | 'targetGroup' | 'sex') => (e: { target: { value: string } }) =>
    setF({ ...f, [k]: e.target.value });
  return (
    <form
      className="svc-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        add.mutate(
          {
            name: f.name,
            unit: f.unit,
            phone: f.phone,
            ...(f.targetGroup && { targetGroup: f.targetGroup }),
            sex: f.sex || null,
            ...(f.consent && { consent: true }),
          },
          { onSuccess: () => setF(blank) },
        );
      }}
    >
      <label>
        {t('training.trainees.name')}
        <input value={f.name} onChange={set('name')} data-test="trn-t-name" />
      </label>
      <label>
        {t('training.trainees.unit')}
        <input value={f.unit} onChange={set('unit')} />
      </label>
      <label>
        {t('training.trainees.phone')}
        <input inputMode="tel" value={f.phone} onChange={set('phone')} />
      </label>
      <label>
        {t('training.trainees.group')}
        <select value={f.targetGroup} onChange={set('targetGroup')} data-test="trn-t-group">
          <option value="">—</option>
          {groupCodes.map((g) => (
            <option key={g} value={g}>
              {t(`training.groups.${g}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('training.trainees.sex')}
        <select value={f.sex} onChange={set('sex')}>
          <option value="">{t('training.trainees.noSex')}</option>
          <option value="male">{t('training.sexes.male')}</option>
          <option value="female">{t('training.sexes.female')}</option>
        </select>
      </label>
      <label className="svc-check">
        <input
          type="checkbox"
          checked={f.consent}
          onChange={(e) => setF({ ...f, consent: e.target.checked })}
          data-test="trn-t-consent"
        />
        {t('training.trainees.consent')}
      </label>
      <div>
        <button type="submit" disabled={add.isPending} data-test="trn-t-add">
          {t('training.trainees.add')}
        </button>
      </div>
      {add.error && <ErrorNotice error={add.error} />}
    </form>
  );
}

export function TraineesSection(p: { course: CourseRecord; trainees: TraineeView[]; canEdit: boolean }) {
  const { t } = useTranslation();
  const named = p.course.traineeMode === 'named';
  return (
    <section aria-labelledby="trn-trainees">
      <h2 id="trn-trainees">{t('training.trainees.heading')}</h2>
      {!named && <HeadcountTable course={p.course} />}
      {named &&
        (p.trainees.length === 0 ? (
          <p>{t('training.trainees.none')}</p>
        ) : (
          <>
            <p className="muted">{t('training.trainees.masked')}</p>
            <div className="svc-scroll">
              <table className="svc-table" data-test="trn-trainees">
                <thead>
                  <tr>
                    <th scope="col">{t('training.trainees.name')}</th>
                    <th scope="col">{t('training.trainees.unit')}</th>
                    <th scope="col">{t('training.trainees.phone')}</th>
                    <th scope="col">{t('training.trainees.group')}</th>
                    <th scope="col">{t('training.trainees.sex')}</th>
                    <th scope="col">{t('training.trainees.completed')}</th>
                    <th scope="col">{t('training.trainees.certificate')}</th>
                  </tr>
                </thead>
                <tbody>
                  {p.trainees.map((x) => (
                    <TraineeRow key={x.id} x={x} canEdit={p.canEdit} />
                  ))}
                </tbody>
              </table>
            </div>
          </>
        ))}
      {named && p.canEdit && <AddTrainee courseId={p.course.id} />}
    </section>
  );
}

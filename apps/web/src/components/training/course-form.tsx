// A new course: title, programme, plan task, organiser (a liaison's own unit), area, topic, target group, how the
// trainees are recorded and, counted by group, how many of each, by sex and completed. Nothing is required in the
// browser: a blank form is answered by the server, naming each field in the reader's language.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useSession } from '../../api/core/session.ts';
import { useUnits } from '../../api/core/units.ts';
import { useCreateCourse } from '../../api/training/training.ts';
import { AreaSelect } from '../area-select.tsx';
import { ErrorNotice } from '../query-state.tsx';
import { courseGroups, groupCodes, programmeCodes } from './codes.ts';

const num = (s: string) => (s.trim() === '' ? undefined : Number(s));

export function CourseForm() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const session = useSession();
  const units = useUnits();
  const create = useCreateCourse();
  const own = session.data?.user?.unitId;
  const [f, setF] = useState({
    title: '',
    programme: 'teachers',
    taskNumber: '',
    unitId: own ? String(own) : '',
    areaCode: '',
    topic: '',
    targetGroup: 'youth',
    traineeMode: 'headcount',
    completedCount: '',
    male: '',
    female: '',
  });
  const [heads, setHeads] = useState<Record<string, string>>({});
  const set = (k: keyof typeof f) => (e: { target: { value: string } }) =>
    setF({ ...f, [k]: e.target.value });
  const submit = () => {
    const headcount = Object.fromEntries(
      Object.entries(heads)
        .map(([g, v]) => [g, num(v)])
        .filter(([, v]) => v !== undefined),
    );
    const bySex = f.male || f.female ? { male: num(f.male) ?? 0, female: num(f.female) ?? 0 } : null;
    create.mutate(
      {
        title: f.title,
        programme: f.programme,
        taskNumber: num(f.taskNumber) ?? null,
        ...(f.unitId && { organiserUnitId: Number(f.unitId) }),
        areaCode: f.areaCode,
        topic: f.topic,
        targetGroup: f.targetGroup,
        traineeMode: f.traineeMode,
        ...(f.traineeMode === 'headcount' && {
          headcount,
          bySex,
          completedCount: num(f.completedCount) ?? null,
        }),
      },
      { onSuccess: (c) => navigate(`/training/${c.id}`) },
    );
  };
  return (
    <section aria-labelledby="trn-new">
      <h2 id="trn-new">{t('training.form.heading')}</h2>
      <form
        className="svc-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <label>
          {t('training.form.title')}
          <input value={f.title} onChange={set('title')} data-test="trn-title" />
        </label>
        <label>
          {t('training.form.programme')}
          <select value={f.programme} onChange={set('programme')} data-test="trn-programme">
            {programmeCodes.map((p) => (
              <option key={p} value={p}>
                {t(`training.programmes.${p}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('training.form.task')}
          <input inputMode="numeric" value={f.taskNumber} onChange={set('taskNumber')} data-test="trn-task" />
        </label>
        <label>
          {t('training.form.unit')}
          <select value={f.unitId} onChange={set('unitId')} data-test="trn-unit" disabled={!!own}>
            <option value="">—</option>
            {units.data?.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </select>
        </label>
        <AreaSelect
          label={t('training.form.area')}
          value={f.areaCode}
          onChange={(areaCode) => setF({ ...f, areaCode })}
          test="trn-area"
        />
        <label>
          {t('training.form.topic')}
          <input value={f.topic} onChange={set('topic')} data-test="trn-topic" />
        </label>
        <label>
          {t('training.form.targetGroup')}
          <select value={f.targetGroup} onChange={set('targetGroup')} data-test="trn-target">
            {courseGroups.map((g) => (
              <option key={g} value={g}>
                {t(`training.groups.${g}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('training.form.traineeMode')}
          <select value={f.traineeMode} onChange={set('traineeMode')} data-test="trn-mode">
            <option value="headcount">{t('training.traineeModes.headcount')}</option>
            <option value="named">{t('training.traineeModes.named')}</option>
          </select>
        </label>
        {f.traineeMode === 'headcount' && (
          <>
            <fieldset>
              <legend>{t('training.form.headcount')}</legend>
              {groupCodes.map((g) => (
                <label key={g}>
                  {t(`training.groups.${g}`)}
                  <input
                    inputMode="numeric"
                    size={6}
                    value={heads[g] ?? ''}
                    onChange={(e) => setHeads({ ...heads, [g]: e.target.value })}
                    data-test={`trn-head-${g}`}
                  />
                </label>
              ))}
            </fieldset>
            <fieldset>
              <legend>{t('training.form.bySex')}</legend>
              <label>
                {t('training.sexes.male')}
                <input inputMode="numeric" size={6} value={f.male} onChange={set('male')} />
              </label>
              <label>
                {t('training.sexes.female')}
                <input inputMode="numeric" size={6} value={f.female} onChange={set('female')} />
              </label>
            </fieldset>
            <label>
              {t('training.form.completedCount')}
              <input
                inputMode="numeric"
                value={f.completedCount}
                onChange={set('completedCount')}
                data-test="trn-completed"
              />
            </label>
          </>
        )}
        <div>
          <button type="submit" disabled={create.isPending} data-test="trn-save">
            {t('training.form.submit')}
          </button>
        </div>
      </form>
      {create.error && <ErrorNotice error={create.error} />}
    </section>
  );
}

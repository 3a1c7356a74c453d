// A headcount course's completion: how many completed (named courses mark each trainee instead).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type CourseRecord, useUpdateCourse } from '../../api/training/training.ts';
import { ErrorNotice } from '../query-state.tsx';

export function CompletionForm({ course }: { course: CourseRecord }) {
  const { t } = useTranslation();
  const update = useUpdateCourse(course.id);
  const [n, setN] = useState(course.completedCount === null ? '' : String(course.completedCount));
  return (
    <form
      className="trn-row-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        update.mutate({ completedCount: n.trim() === '' ? null : Number(n) });
      }}
    >
      <label>
        {t('training.form.completedCount')}
        <input
          inputMode="numeric"
          size={8}
          value={n}
          onChange={(e) => setN(e.target.value)}
          data-test="trn-c-completed"
        />
      </label>
      <button type="submit" disabled={update.isPending} data-test="trn-c-save">
        {t('training.trainees.save')}
      </button>
      {update.isSuccess && <output>{t('training.form.saved')}</output>}
      {update.error && <ErrorNotice error={update.error} />}
    </form>
  );
}

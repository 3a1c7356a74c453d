// A training course: what it is, its sessions, trainees, completion and evidence; the forms for those who record it
// while its year is open.
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useCourse } from '../../api/training/training.ts';
import { QueryState } from '../../components/query-state.tsx';
import { CompletionForm } from '../../components/training/completion-form.tsx';
import { DemoTag } from '../../components/training/demo-tag.tsx';
import { FilesSection } from '../../components/training/files-section.tsx';
import { SessionsSection } from '../../components/training/sessions-section.tsx';
import { TraineesSection } from '../../components/training/trainees-section.tsx';
import { usePageTitle } from '../../hooks/use-page-title.ts';
import '../../components/services/services.css';
import '../../components/training/training.css';

export default function CourseScene() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const detail = useCourse(id);
  usePageTitle(detail.data?.course.title ?? t('training.heading'));
  return (
    <div className="page page-wide svc" data-test="trn-course">
      <p>
        <Link to="/training">{t('training.course.back')}</Link>
      </p>
      <QueryState query={detail}>
        {(d) => {
          const c = d.course;
          const rate = c.trainees ? `${Math.round((c.completed / c.trainees) * 1000) / 10}%` : '—';
          return (
            <>
              <h1>
                {c.title} {c.demo && <DemoTag />}
              </h1>
              {d.closed && <p role="note">{t('training.course.closed', { year: c.year })}</p>}
              <dl className="trn-facts">
                <dt>{t('training.form.programme')}</dt>
                <dd>{t(`training.programmes.${c.programme}`)}</dd>
                <dt>{t('training.course.organiser')}</dt>
                <dd>{c.organiserName}</dd>
                <dt>{t('training.course.area')}</dt>
                <dd>{c.areaName}</dd>
                {c.taskNumber !== null && (
                  <>
                    <dt>{t('training.course.task')}</dt>
                    <dd>
                      <Link to={`/tasks/${c.taskNumber}`}>
                        {t('training.course.taskN', { n: c.taskNumber })}
                      </Link>
                    </dd>
                  </>
                )}
                {c.topic && (
                  <>
                    <dt>{t('training.course.topic')}</dt>
                    <dd>{c.topic}</dd>
                  </>
                )}
                <dt>{t('training.course.targetGroup')}</dt>
                <dd>{t(`training.groups.${c.targetGroup}`)}</dd>
                <dt>{t('training.course.trainees')}</dt>
                <dd data-test="trn-c-trainees">{c.trainees}</dd>
                <dt>{t('training.course.completed')}</dt>
                <dd data-test="trn-c-done">
                  {c.completed}（{t('training.course.rate')} {rate}）
                </dd>
              </dl>
              {d.canEdit && c.traineeMode === 'headcount' && <CompletionForm course={c} />}
              <SessionsSection courseId={c.id} sessions={d.sessions} canEdit={d.canEdit} />
              <TraineesSection course={c} trainees={d.trainees} canEdit={d.canEdit} />
              <FilesSection courseId={c.id} files={d.files} canEdit={d.canEdit} />
            </>
          );
        }}
      </QueryState>
    </div>
  );
}

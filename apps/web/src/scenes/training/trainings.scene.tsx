// 培训记录: the courses in the reader's scope with filters (year, programme, organiser, area) a page at a time, the
// year's summary per programme with its downloads, and, for those who record, the form for a new course.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAbilities } from '../../api/core/session.ts';
import { useUnits } from '../../api/core/units.ts';
import { type CourseFilter, useCourses } from '../../api/training/training.ts';
import { AreaSelect } from '../../components/area-select.tsx';
import { ListPager } from '../../components/list-pager.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { programmeCodes } from '../../components/training/codes.ts';
import { CourseForm } from '../../components/training/course-form.tsx';
import { DemoTag } from '../../components/training/demo-tag.tsx';
import { SummarySection } from '../../components/training/summary-section.tsx';
import { usePageTitle } from '../../hooks/use-page-title.ts';
import '../../components/services/services.css';
import '../../components/training/training.css';

const thisYear = new Date().getFullYear();
const years = Array.from({ length: 6 }, (_, i) => String(thisYear - i));

export default function TrainingsScene() {
  const { t } = useTranslation();
  usePageTitle(t('training.heading'));
  const abilities = useAbilities();
  const units = useUnits();
  const [f, setF] = useState<CourseFilter>({ year: String(thisYear - 1), page: 1 });
  const courses = useCourses(f);
  const set = (k: keyof CourseFilter) => (v: string) => setF({ ...f, [k]: v, page: 1 });
  return (
    <div className="page page-wide svc" data-test="trn-home">
      <h1>{t('training.heading')}</h1>
      <p className="muted">{t('training.intro')}</p>
      <div className="trn-filters">
        <label>
          {t('training.filters.year')}
          <select value={f.year} onChange={(e) => set('year')(e.target.value)} data-test="trn-f-year">
            <option value="">{t('training.filters.all')}</option>
            {years.map((y) => (
              <option key={y}>{y}</option>
            ))}
          </select>
        </label>
        <label>
          {t('training.filters.programme')}
          <select
            value={f.programme ?? ''}
            onChange={(e) => set('programme')(e.target.value)}
            data-test="trn-f-programme"
          >
            <option value="">{t('training.filters.all')}</option>
            {programmeCodes.map((p) => (
              <option key={p} value={p}>
                {t(`training.programmes.${p}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('training.filters.unit')}
          <select value={f.unit ?? ''} onChange={(e) => set('unit')(e.target.value)} data-test="trn-f-unit">
            <option value="">{t('training.filters.all')}</option>
            {units.data?.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </select>
        </label>
        <AreaSelect
          label={t('training.filters.area')}
          value={f.area ?? ''}
          onChange={set('area')}
          test="trn-f-area"
          empty={t('training.filters.all')}
        />
      </div>
      <section aria-labelledby="trn-list">
        <h2 id="trn-list">{t('training.list.heading')}</h2>
        <QueryState query={courses}>
          {(p) =>
            p.total === 0 ? (
              <p data-test="trn-none">{t('training.list.none')}</p>
            ) : (
              <>
                <div className="svc-scroll">
                  <table className="svc-table" data-test="trn-courses">
                    <thead>
                      <tr>
                        <th scope="col">{t('training.list.title')}</th>
                        <th scope="col">{t('training.filters.programme')}</th>
                        <th scope="col">{t('training.filters.unit')}</th>
                        <th scope="col">{t('training.filters.area')}</th>
                        <th scope="col">{t('training.list.year')}</th>
                        <th scope="col">{t('training.list.sessions')}</th>
                        <th scope="col">{t('training.list.trainees')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {p.rows.map((c) => (
                        <tr key={c.id}>
                          <th scope="row">
                            <Link to={`/training/${c.id}`} data-test={`trn-course-${c.id}`}>
                              {c.title}
                            </Link>{' '}
                            {c.demo && <DemoTag />}
                          </th>
                          <td>{t(`training.programmes.${c.programme}`)}</td>
                          <td>{c.organiserName}</td>
                          <td>{c.areaName}</td>
                          <td>{c.year}</td>
                          <td>{c.sessionsHeld}</td>
                          <td>{c.trainees}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
                <ListPager
                  page={p.page}
                  pageSize={p.pageSize}
                  total={p.total}
                  onChange={(page) => setF({ ...f, page })}
                  label={t('training.list.heading')}
                />
              </>
            )
          }
        </QueryState>
      </section>
      <SummarySection year={f.year || String(thisYear - 1)} />
      {abilities['trn.file'] && <CourseForm />}
    </div>
  );
}

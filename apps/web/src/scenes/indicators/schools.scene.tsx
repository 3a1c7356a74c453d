// Schools and science counsellors: the registry filtered by area, the share with a counsellor by area; the office and
// the education bureau's liaison add schools, record counsellors and delete a school (after a confirmation), others read.
import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAreas } from '../../api/core/areas.ts';
import { useSession } from '../../api/core/session.ts';
import { type School, useDeleteSchool, useSchools, useSchoolsKeeper } from '../../api/indicators/data.ts';
import { useTargets } from '../../api/indicators/targets.ts';
import { areaOptions } from '../../components/area-options.ts';
import { DemoTag } from '../../components/demo-tag.tsx';
import { areaLineage } from '../../components/indicators/entry/area-access.ts';
import { CounsellorShareTable } from '../../components/indicators/entry/counsellor-share-table.tsx';
import { CounsellorsCell } from '../../components/indicators/entry/counsellors-cell.tsx';
import { DeleteButton } from '../../components/indicators/entry/delete-button.tsx';
import { SchoolForm } from '../../components/indicators/entry/school-form.tsx';
import { IndTabs } from '../../components/indicators/ind-tabs.tsx';
import { NativeSelect } from '../../components/native-select.tsx';
import { ErrorNotice, PageLoading } from '../../components/query-state.tsx';
import { usePageTitle } from '../../hooks/use-page-title.ts';
import { useSearchParamState } from '../../hooks/use-search-param.ts';
import { usePhoneScreen } from '../../hooks/use-small-screen.ts';
import '../../components/indicators/entry/ind-data.css';
import './indicators.css';

export default function IndicatorSchoolsScene() {
  const { t } = useTranslation();
  usePageTitle(t('indData.schools.heading'));
  const signedIn = Boolean(useSession().data);
  const schools = useSchools();
  const keeper = useSchoolsKeeper(signedIn).data?.canEdit === true;
  const targets = useTargets();
  const areas = useAreas();
  const remove = useDeleteSchool();
  const phone = usePhoneScreen();
  const [{ area }, setParam] = useSearchParamState(['area'] as const);
  if (schools.error) return <ErrorNotice error={schools.error} />;
  if (!schools.data) return <PageLoading />;
  const share = targets.data?.counsellorShareByArea ?? [];
  // a district's schools include those of its towns
  const lineage = areaLineage(areas.data ?? []);
  const shown = area
    ? schools.data.filter((s) => (lineage.get(s.areaCode) ?? [s.areaCode]).includes(area))
    : schools.data;
  return (
    <div className="page page-wide" data-test="ind-schools">
      <h1>{t('indData.schools.heading')}</h1>
      <p className="muted">{t('indData.schools.intro')}</p>
      <IndTabs />
      <section data-test="ind-counsellors">
        <h2>{t('indData.schools.share')}</h2>
        <CounsellorShareTable rows={share} />
      </section>
      {keeper && areas.data ? (
        <div className="ind-section">
          <SchoolForm areas={areaOptions(areas.data)} />
        </div>
      ) : (
        <p className="muted ind-section" data-test="ind-read-only">
          {t('indData.readOnly')}
        </p>
      )}
      <section className="ind-section">
        <div className="ind-filters">
          <label>
            {t('indData.area')}
            <NativeSelect
              value={area ?? ''}
              onChange={(v) => setParam('area', v || undefined)}
              emptyLabel={t('indData.allAreas')}
              options={share.map((x) => ({ value: x.area, label: x.name }))}
              data-test="ind-school-filter"
            />
          </label>
          <span className="muted">{t('indData.schools.count', { count: shown.length })}</span>
        </div>
        <Table<School>
          rowKey="id"
          size="small"
          pagination={{ pageSize: 50, hideOnSinglePage: true }}
          scroll={{ x: true }}
          dataSource={shown}
          locale={{ emptyText: t('indData.schools.empty') }}
          data-test="ind-school-table"
          onRow={(r) => ({ 'data-test': `ind-school-row-${r.id}` }) as object}
          columns={[
            ...(phone
              ? [
                  {
                    title: t('indData.schools.name'),
                    key: 'n',
                    render: (_: unknown, r: School) => (
                      <>
                        <div>
                          {r.name} <DemoTag demo={r.demo} />
                        </div>
                        <div className="muted">{`${r.areaName} · ${t(`indData.schools.levels.${r.level}`)} · ${t(`indData.schools.ur.${r.urbanRural}`)}`}</div>
                      </>
                    ),
                  },
                ]
              : [
                  {
                    title: t('indData.schools.name'),
                    key: 'n',
                    render: (_: unknown, r: School) => (
                      <>
                        {r.name} <DemoTag demo={r.demo} />
                      </>
                    ),
                  },
                  { title: t('indData.area'), dataIndex: 'areaName' },
                  {
                    title: t('indData.schools.level'),
                    key: 'l',
                    render: (_: unknown, r: School) => t(`indData.schools.levels.${r.level}`),
                  },
                  {
                    title: t('indData.schools.urbanRural'),
                    key: 'u',
                    render: (_: unknown, r: School) => t(`indData.schools.ur.${r.urbanRural}`),
                  },
                ]),
            {
              title: t('indData.schools.counsellors'),
              key: 'c',
              render: (_, r) => (
                <CounsellorsCell key={`${r.id}-${r.counsellors}`} school={r} editable={keeper} />
              ),
            },
            ...(keeper
              ? [
                  {
                    title: t('indData.delete.column'),
                    key: 'd',
                    render: (_: unknown, r: School) => (
                      <DeleteButton
                        what={`${r.areaName} ${r.name}`}
                        remove={() => remove.mutateAsync(r.id)}
                        pending={remove.isPending && remove.variables === r.id}
                        testId={`ind-school-${r.id}-delete`}
                      />
                    ),
                  },
                ]
              : []),
          ]}
        />
      </section>
    </div>
  );
}

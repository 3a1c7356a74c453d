// Plan overview: title, document number and period; the sections; actions, projects and measures; targets.
import { Collapse, Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import { usePlan } from '../api/core/plan.ts';
import type { Group, GroupKind, NumericTarget } from '../api/core/types.ts';
import { useKpi } from '../api/indicators/targets.ts';
import type { KpiValue } from '../api/indicators/types.ts';
import { GroupCard } from '../components/group-card.tsx';
import { QueryState } from '../components/query-state.tsx';
import { type SurveyedPoint, TargetsChart } from '../components/targets-chart.tsx';
import { TargetsTable, TrajectoryTable } from '../components/targets-table.tsx';
import { usePageTitle } from '../hooks/use-page-title.ts';
import { usePhoneScreen } from '../hooks/use-small-screen.ts';
import { chineseNumeral } from '../i18n/format.ts';
import { DATA_LANG } from '../i18n/index.ts';

function GroupGrid({ groups, kind }: { groups: Group[]; kind: GroupKind }) {
  const { t } = useTranslation();
  const ofKind = groups.filter((g) => g.kind === kind).sort((a, b) => a.number - b.number);
  return (
    <section className="page-section" aria-labelledby={`groups-${kind}`} data-test={`groups-${kind}`}>
      <h2 id={`groups-${kind}`}>{t(`plan.groups.${kind}`, { count: ofKind.length })}</h2>
      <div className="card-grid">
        {ofKind.map((group) => (
          <GroupCard key={group.id} group={group} />
        ))}
      </div>
    </section>
  );
}

export default function PlanScene() {
  const { t } = useTranslation();
  const query = usePlan();
  const kpi = useKpi();
  const phone = usePhoneScreen();
  usePageTitle(t('plan.pageTitle'));

  return (
    <QueryState query={query}>
      {({ plan, sections, groups, targets, trajectory }) => (
        <div className="page" data-test="plan-page">
          <h1 data-test="plan-title" lang={DATA_LANG}>
            {plan.title}
          </h1>
          <Descriptions
            className="block-gap"
            column={{ xs: 1, sm: 1, md: 3 }}
            bordered
            size="middle"
            items={[
              {
                key: 'doc',
                label: t('plan.documentNumber'),
                children: (
                  <span data-test="plan-document-number">{plan.documentNumber || t('common.none')}</span>
                ),
              },
              {
                key: 'period',
                label: t('plan.period'),
                children: <span data-test="plan-period">{t('plan.periodValue', plan.period)}</span>,
              },
              {
                key: 'jurisdiction',
                label: t('plan.jurisdiction'),
                children: `${plan.jurisdictionName}${t('common.inParens', { text: plan.jurisdictionCode })}`,
              },
            ]}
          />

          <section className="page-section" aria-labelledby="targets-heading" data-test="targets">
            <h2 id="targets-heading">{t('targets.heading')}</h2>
            <p className="muted">{t('targets.explain')}</p>
            <div className="targets-layout">
              <TargetsChart
                targets={targets.filter((x): x is NumericTarget => x.value !== null)}
                trajectory={trajectory}
                fontSize={phone ? 14 : 15}
                surveyed={surveyedPoints(kpi.data ?? [], plan.jurisdictionCode)}
              />
              <div className="targets-text">
                <TargetsTable targets={targets} />
                {trajectory.length > 0 && (
                  <Collapse
                    className="block-gap"
                    items={[
                      {
                        key: 't',
                        label: t('targets.showTrajectory'),
                        children: <TrajectoryTable trajectory={trajectory} />,
                      },
                    ]}
                  />
                )}
              </div>
            </div>
          </section>

          <GroupGrid groups={groups} kind="action" />
          <GroupGrid groups={groups} kind="project" />
          <GroupGrid groups={groups} kind="measure" />

          <section className="page-section" aria-labelledby="sections-heading" data-test="plan-sections">
            <h2 id="sections-heading">{t('plan.sections', { count: sections.length })}</h2>
            <Collapse
              items={sections.map((section) => ({
                key: String(section.number),
                label: (
                  <span data-test={`section-${section.number}`}>
                    {t('plan.sectionLabel', {
                      number: section.number,
                      cn: chineseNumeral(section.number),
                      title: section.title,
                    })}
                  </span>
                ),
                children: section.text ? (
                  <div className="prose" lang={DATA_LANG}>
                    {section.text}
                  </div>
                ) : (
                  <p>{t('plan.sectionNoText')}</p>
                ),
              }))}
            />
          </section>
        </div>
      )}
    </QueryState>
  );
}

/** The city's literacy values that a survey run published with an interval (not the demo's stand-ins). */
function surveyedPoints(values: readonly KpiValue[], city: string): SurveyedPoint[] {
  return values.flatMap((k) =>
    k.code === 'K_LITERACY' &&
    k.areaCode === city &&
    k.option === '' &&
    !k.demo &&
    k.source.kind === 'survey' &&
    k.source.ci
      ? [{ year: k.year, value: k.value, ci: [k.source.ci[0], k.source.ci[1]] as [number, number] }]
      : [],
  );
}

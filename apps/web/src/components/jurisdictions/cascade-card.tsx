// One jurisdiction on the cascade page: its plan, its reporting progress and key statistics, and for a jurisdiction
// below, its targets and task groups against ours.
import { Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CascadeChild, CascadeEntry } from '../../api/jurisdictions/jurisdictions.ts';
import { usePhoneScreen } from '../../hooks/use-small-screen.ts';
import { DATA_LANG } from '../../i18n/index.ts';
import { DemoTag } from '../demo-tag.tsx';
import { formatNumber } from '../indicators/ind-tabs.tsx';

type TargetRow = CascadeChild['diff']['targets'][number];
type GroupRow = CascadeChild['diff']['groups'][number];
const statuses = ['done', 'on_track', 'at_risk', 'delayed', 'not_started'] as const;

function Figures({ e }: { e: CascadeEntry }) {
  const { t, i18n } = useTranslation();
  const p = e.progress;
  const lit = e.statistics.literacy;
  const pop = e.statistics.population;
  return (
    <dl className="cascade-figures">
      <div className="cascade-figure" data-test={`cascade-progress-${e.code}`}>
        <dt>{t('jur.cascade.progress')}</dt>
        <dd>
          {p.progress === null
            ? t('jur.cascade.noProgress')
            : t('jur.cascade.progressValue', { value: formatNumber(i18n.language, p.progress, 1) })}
          <div className="muted">
            {p.roundTitle
              ? t('jur.cascade.basis', {
                  round: p.roundTitle,
                  accepted: p.accepted,
                  awaiting: p.awaitingReview,
                })
              : t('jur.cascade.noRound')}
          </div>
        </dd>
      </div>
      <div className="cascade-figure">
        <dt>{t('jur.cascade.tasksByStatus')}</dt>
        <dd className="muted">
          {statuses
            .map((s) => `${t(`acc.status.${s}`)} ${p.statusCounts[s] ?? 0}`)
            .join(t('error.listSeparator'))}
        </dd>
      </div>
      <div className="cascade-figure">
        <dt>{t('jur.cascade.literacy')}</dt>
        <dd>
          {lit
            ? t('jur.cascade.literacyValue', {
                value: formatNumber(i18n.language, lit.value, 1),
                year: lit.year,
              })
            : t('jur.cascade.noLiteracy')}
          {lit && <DemoTag demo={lit.demo} />}
        </dd>
      </div>
      <div className="cascade-figure">
        <dt>{t('jur.cascade.population')}</dt>
        <dd>
          {pop
            ? t('jur.cascade.populationValue', {
                value: formatNumber(i18n.language, pop.value, 0),
                year: pop.year,
              })
            : t('jur.cascade.noLiteracy')}
          <div className="muted">
            {t('jur.cascade.size', { tasks: e.statistics.tasks, units: e.statistics.units })}
          </div>
        </dd>
      </div>
    </dl>
  );
}

/** As written: ≥15%, 28%左右 (≈28% in English), or a qualitative target's words. */
const side = (s: TargetRow['own'], zh: boolean) =>
  !s
    ? '—'
    : s.value === null
      ? s.text
      : s.comparator === '≈'
        ? zh
          ? `${s.value}${s.unit}左右`
          : `≈${s.value}${s.unit}`
        : `${s.comparator === '=' ? '' : s.comparator}${s.value}${s.unit}`;

/** On a phone: one line per row, in words, instead of a five-column table. */
function DiffLines({ c }: { c: CascadeChild }) {
  const { t, i18n } = useTranslation();
  const zh = i18n.language.startsWith('zh');
  const change = (k: string) => (
    <strong className={`cascade-change-${k}`}>{t(`jur.cascade.changes.${k}`)}</strong>
  );
  return (
    <div className="cascade-lines">
      <h3>{t('jur.cascade.targets')}</h3>
      <ul data-test={`cascade-targets-${c.code}`}>
        {c.diff.targets.map((r) => (
          <li key={`${r.indicator}-${r.year}-${r.kind}`}>
            {r.indicator === 'literacy_share' ? t('jur.cascade.literacyShare') : r.indicator}
            {` ${r.year}（${t(`jur.cascade.targetKind.${r.kind}`, { defaultValue: r.kind })}）`}
            <br />
            {t('jur.cascade.line', { own: side(r.own, zh), above: side(r.above, zh) })}
            {change(r.change)}
          </li>
        ))}
      </ul>
      <h3>{t('jur.cascade.groups')}</h3>
      <ul data-test={`cascade-groups-${c.code}`}>
        {c.diff.groups.map((r) => (
          <li key={`${r.kind}-${r.title}`}>
            <span className="muted">{t(`jur.cascade.kinds.${r.kind}`, { defaultValue: r.kind })} </span>
            <span lang={DATA_LANG}>{r.title}</span>
            {t('jur.cascade.colon')}
            {change(r.change)}
          </li>
        ))}
      </ul>
    </div>
  );
}

function Diff({ c }: { c: CascadeChild }) {
  const { t, i18n } = useTranslation();
  const zh = i18n.language.startsWith('zh');
  const phone = usePhoneScreen();
  const change = (k: string) => (
    <span className={`cascade-change-${k}`}>{t(`jur.cascade.changes.${k}`)}</span>
  );
  if (phone) return <DiffLines c={c} />;
  return (
    <div className="cascade-tables">
      <section aria-labelledby={`targets-${c.code}`}>
        <h3 id={`targets-${c.code}`}>{t('jur.cascade.targets')}</h3>
        <Table<TargetRow>
          size="small"
          pagination={false}
          scroll={{ x: true }}
          rowKey={(r) => `${r.indicator}-${r.year}-${r.kind}`}
          dataSource={c.diff.targets}
          data-test={`cascade-targets-${c.code}`}
          columns={[
            {
              title: t('jur.cascade.indicator'),
              key: 'i',
              render: (_, r) =>
                r.indicator === 'literacy_share' ? t('jur.cascade.literacyShare') : r.indicator,
            },
            {
              title: t('jur.cascade.year'),
              key: 'y',
              render: (_, r) =>
                `${r.year}（${t(`jur.cascade.targetKind.${r.kind}`, { defaultValue: r.kind })}）`,
            },
            { title: t('jur.cascade.localValue'), key: 'o', render: (_, r) => side(r.own, zh) },
            { title: t('jur.cascade.aboveValue'), key: 'a', render: (_, r) => side(r.above, zh) },
            { title: t('jur.cascade.change'), key: 'c', render: (_, r) => change(r.change) },
          ]}
        />
      </section>
      <section aria-labelledby={`groups-${c.code}`}>
        <h3 id={`groups-${c.code}`}>{t('jur.cascade.groups')}</h3>
        <Table<GroupRow>
          size="small"
          pagination={false}
          scroll={{ x: true }}
          rowKey={(r) => `${r.kind}-${r.title}`}
          dataSource={c.diff.groups}
          data-test={`cascade-groups-${c.code}`}
          columns={[
            {
              title: t('jur.cascade.group'),
              key: 'g',
              render: (_, r) => (
                <span>
                  <span className="muted">{t(`jur.cascade.kinds.${r.kind}`, { defaultValue: r.kind })} </span>
                  <span lang={DATA_LANG}>{r.title}</span>
                </span>
              ),
            },
            { title: t('jur.cascade.localTasks'), key: 'o', render: (_, r) => r.ownTasks ?? '—' },
            { title: t('jur.cascade.aboveTasks'), key: 'a', render: (_, r) => r.aboveTasks ?? '—' },
            { title: t('jur.cascade.change'), key: 'c', render: (_, r) => change(r.change) },
          ]}
        />
      </section>
    </div>
  );
}

export function CascadeCard({ e, child }: { e: CascadeEntry; child?: CascadeChild }) {
  const { t } = useTranslation();
  return (
    <article
      className="cascade-card"
      data-test={`cascade-card-${e.code}`}
      aria-labelledby={`cascade-${e.code}`}
    >
      <h2 id={`cascade-${e.code}`}>
        <span lang={DATA_LANG}>{e.name}</span> {!child && <Tag>{t('jur.cascade.own')}</Tag>}
        <DemoTag demo={e.demo} />
      </h2>
      <p>
        <span className="muted">
          {t('jur.cascade.plan')}
          {t('jur.cascade.colon')}
        </span>
        <span lang={DATA_LANG}>{e.plan.title}</span>
        {child && (
          <Tag className="cascade-link" color={child.implements === 'none' ? 'warning' : 'blue'}>
            {t(`jur.cascade.implements.${child.implements}`)}
          </Tag>
        )}
      </p>
      <Figures e={e} />
      {child && <Diff c={child} />}
    </article>
  );
}

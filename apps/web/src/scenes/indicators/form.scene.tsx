// The year's form as data: items by group with type, aggregation and breakdown, the rules and the derived figures;
// the office adds, retires, restores and moves items, and edits rules and derived figures, for that year only.
import { Button, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../api/core/session.ts';
import { useForm } from '../../api/indicators/forms.ts';
import { useSetupMutation } from '../../api/indicators/setup.ts';
import type { IndItem } from '../../api/indicators/types.ts';
import { AddItemForm } from '../../components/indicators/add-item-form.tsx';
import { ComputedEditor } from '../../components/indicators/computed-editor.tsx';
import { IndTabs } from '../../components/indicators/ind-tabs.tsx';
import { NoForm } from '../../components/indicators/no-form.tsx';
import { RulesEditor } from '../../components/indicators/rules-editor.tsx';
import { YearField } from '../../components/indicators/year-field.tsx';
import { ErrorNotice, PageLoading } from '../../components/query-state.tsx';
import { usePageTitle } from '../../hooks/use-page-title.ts';
import { useIndYear } from './use-year.ts';
import './indicators.css';

export default function IndicatorFormScene() {
  const { t, i18n } = useTranslation();
  const { years, noForm, params, set } = useIndYear();
  const year = params.year ? Number(params.year) : years[0]?.year;
  usePageTitle(t('ind.form.heading', { year: year ?? '' }));
  const form = useForm(year);
  const session = useSession();
  const office = session.data?.user?.role === 'office';
  const change = useSetupMutation();
  const en = i18n.language === 'en';
  const f = form.data;
  /** Swaps the item at `index` with its neighbour `step` (−1 up, +1 down) and saves the year's new order. */
  const move = (index: number, step: -1 | 1) => {
    const codes = (f?.items ?? []).map((x) => x.code);
    [codes[index], codes[index + step]] = [codes[index + step], codes[index]];
    change.mutate({ method: 'post', path: `/indicators/forms/${year}/order`, body: { codes } });
  };
  return (
    <div className="page page-wide" data-test="ind-form">
      <h1>{t('ind.form.heading', { year: year ?? '' })}</h1>
      <p className="muted">{t('ind.form.intro')}</p>
      <IndTabs />
      {noForm ? <NoForm /> : null}
      {noForm ? null : (
        <>
          <search className="ind-filters" aria-label={t('ind.year')}>
            <YearField value={year} years={years} onChange={(v) => set('year', v)} />
          </search>
          {change.error ? <ErrorNotice error={change.error} /> : null}
          {form.error ? (
            <ErrorNotice error={form.error} />
          ) : !f ? (
            <PageLoading />
          ) : (
            <>
              {office && year ? (
                <AddItemForm
                  year={year}
                  parents={f.items.map((i) => ({
                    value: i.code,
                    code: i.code,
                    label: `${i.code} ${en ? i.en : i.zh}`,
                  }))}
                />
              ) : null}
              <h2>{t('ind.form.items')}</h2>
              <Table<IndItem>
                rowKey="code"
                size="small"
                pagination={false}
                scroll={{ x: true }}
                dataSource={f.items}
                data-test="ind-form-items"
                columns={[
                  { title: t('ind.grid.code'), dataIndex: 'code', width: 90 },
                  {
                    title: t('ind.form.items'),
                    key: 'name',
                    render: (_, i) => (
                      <span className={i.retired ? 'muted' : ''}>
                        {i.parent ? '\u3000' : ''}
                        {en ? i.en : i.zh}
                      </span>
                    ),
                  },
                  { title: t('ind.pivot.group'), key: 'group', render: (_, i) => t(`ind.group.${i.group}`) },
                  { title: t('ind.grid.unit'), dataIndex: 'unit' },
                  {
                    title: t('ind.form.type'),
                    key: 'type',
                    render: (_, i) =>
                      `${t(`ind.form.valueType.${i.valueType}`)} · ${t(`ind.form.aggregation.${i.aggregation}`)}`,
                  },
                  {
                    title: t('ind.form.breakdown'),
                    key: 'b',
                    render: (_, i) =>
                      i.breakdown
                        ? en
                          ? f.breakdowns.find((b) => b.code === i.breakdown)?.en
                          : f.breakdowns.find((b) => b.code === i.breakdown)?.zh
                        : '',
                  },
                  {
                    title: '',
                    key: 'actions',
                    render: (_, i, index) =>
                      office ? (
                        <span className="ind-actions" style={{ margin: 0 }}>
                          <Button
                            size="small"
                            onClick={() =>
                              change.mutate({
                                method: 'patch',
                                path: `/indicators/forms/${year}/items/${i.code}`,
                                body: { retired: !i.retired },
                              })
                            }
                            data-test={`ind-form-retire-${i.code}`}
                          >
                            {i.retired ? t('ind.form.restore') : t('ind.form.retire')}
                          </Button>
                          {(
                            [
                              ['up', -1],
                              ['down', 1],
                            ] as const
                          ).map(([dir, step]) =>
                            f.items[index + step] ? (
                              <Button
                                key={dir}
                                size="small"
                                aria-label={`${t(`ind.form.${dir}`)} ${i.code}`}
                                onClick={() => move(index, step)}
                                data-test={`ind-form-${dir}-${i.code}`}
                              >
                                {t(`ind.form.${dir}`)}
                              </Button>
                            ) : null,
                          )}
                        </span>
                      ) : i.retired ? (
                        <Tag>{t('ind.form.retired')}</Tag>
                      ) : null,
                  },
                ]}
              />
              {year ? <RulesEditor year={year} rules={f.rules} office={office} /> : null}
              {year ? <ComputedEditor year={year} computed={f.computed} office={office} /> : null}
            </>
          )}
        </>
      )}
    </div>
  );
}

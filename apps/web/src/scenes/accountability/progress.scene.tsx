// Roll-up with published weights: plan ← actions/projects ← tasks, each with its weight, share and progress;
// the office edits and publishes the weights.
import { Button, Card } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  accApi,
  useAccAbilities,
  useAccMutation,
  useRollUp,
  useRounds,
} from '../../api/accountability/acc.ts';
import { AccError, AccPage, pct } from '../../components/accountability/acc-ui.tsx';
import { WeightsList } from '../../components/accountability/weights-list.tsx';
import { useMessage } from '../../components/app-message.tsx';
import { FilterSelect } from '../../components/filter-select.tsx';
import { InputNumber } from '../../components/number-input.tsx';
import { EmptyNotice, QueryState } from '../../components/query-state.tsx';
import { usePageTitle } from '../../hooks/use-page-title.ts';

export default function AccProgressScene() {
  const { t } = useTranslation();
  usePageTitle(t('acc.progress.title'));
  const message = useMessage();
  const a = useAccAbilities();
  const rounds = useRounds();
  const [round, setRound] = useState<string | undefined>();
  const chosen = round ?? (rounds.data?.find((r) => r.phase === 'open') ?? rounds.data?.[0])?.id.toString();
  const roll = useRollUp(chosen ? Number(chosen) : undefined);
  const [weights, setWeights] = useState<Record<string, number>>({});
  useEffect(() => {
    if (!roll.data) return;
    const w: Record<string, number> = {};
    for (const g of roll.data.groups) {
      w[`g${g.id}`] = g.weight;
      for (const x of g.tasks) w[`t${x.number}`] = x.weight;
    }
    setWeights(w);
  }, [roll.data]);
  const save = useAccMutation(() =>
    accApi.put('/acc/weights', {
      groups: Object.entries(weights)
        .filter(([k]) => k.startsWith('g'))
        .map(([k, weight]) => ({ groupId: Number(k.slice(1)), weight })),
      tasks: Object.entries(weights)
        .filter(([k]) => k.startsWith('t'))
        .map(([k, weight]) => ({ taskNumber: Number(k.slice(1)), weight })),
    }),
  );
  const edit = a['acc.manage'];
  const weightCell = (key: string, value: number, label: string) =>
    edit ? (
      <InputNumber
        aria-label={label}
        min={0}
        max={100}
        step={0.5}
        value={weights[key] ?? value}
        onChange={(v) => setWeights((w) => ({ ...w, [key]: v ?? 0 }))}
        style={{ width: 100 }}
        data-test={`acc-weight-${key}`}
      />
    ) : (
      value
    );
  return (
    <AccPage testId="acc-progress-page">
      <h1>{t('acc.progress.title')}</h1>
      <p className="muted">{t('acc.progress.intro')}</p>
      <div className="filter-bar">
        <FilterSelect
          label={t('acc.board.round')}
          allLabel=""
          value={chosen}
          options={(rounds.data ?? []).map((r) => ({ value: String(r.id), label: r.title }))}
          onChange={setRound}
          testId="acc-progress-round"
        />
      </div>
      {/* no round yet (or the rounds failed): said at once, not a roll-up that never loads */}
      {rounds.error ? (
        <AccError error={rounds.error} />
      ) : rounds.data?.length === 0 ? (
        <EmptyNotice text={t('acc.board.noRound')} />
      ) : (
        <QueryState query={roll}>
          {(r) => (
            <>
              <p className="acc-big" data-test="acc-progress-plan">
                {t('acc.progress.plan')}
                {t('common.colon')}
                {pct(r.progress)}
              </p>
              <WeightsList
                parts={r.groups.map((g) => ({ label: g.title, weight: g.weight, share: g.share }))}
                foldAfter={12}
                testId="acc-progress-plan-weights"
              />
              {r.groups.map((g) => (
                <Card key={g.id} className="block-gap" data-test={`acc-progress-group-${g.id}`}>
                  <h2 className="card-heading">
                    {g.title} · {pct(g.progress)}
                  </h2>
                  <p>
                    {t('acc.progress.weight')}{' '}
                    {weightCell(`g${g.id}`, g.weight, `${g.title} ${t('acc.progress.weight')}`)} ·{' '}
                    {t('acc.progress.share')} {pct(g.share * 100)}
                  </p>
                  <section
                    className="acc-table-scroll"
                    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard
                    tabIndex={0}
                    aria-label={g.title}
                  >
                    <table className="data-table acc-progress-table">
                      <thead>
                        <tr>
                          <th scope="col">{t('acc.progress.task')}</th>
                          <th scope="col" className="num">
                            {t('acc.progress.weight')}
                          </th>
                          <th scope="col" className="num">
                            {t('acc.progress.share')}
                          </th>
                          <th scope="col" className="num">
                            {t('acc.progress.progressCol')}
                          </th>
                          <th scope="col" className="num">
                            {t('acc.progress.reports')}
                          </th>
                        </tr>
                      </thead>
                      <tbody>
                        {g.tasks.map((x) => (
                          <tr key={x.number} data-test={`acc-progress-task-${x.number}`}>
                            <td>
                              {x.number} {x.title}
                              <WeightsList
                                parts={x.items.map((i) => ({
                                  label: i.title,
                                  weight: i.weight,
                                  share: i.share,
                                }))}
                                empty={t('accScope.weights.byUnits')}
                                testId={`acc-progress-task-weights-${x.number}`}
                              />
                            </td>
                            <td className="num">
                              {weightCell(
                                `t${x.number}`,
                                x.weight,
                                `${x.number} ${t('acc.progress.weight')}`,
                              )}
                            </td>
                            <td className="num">{pct(x.share * 100)}</td>
                            <td className="num">{pct(x.progress)}</td>
                            <td className="num">{x.reports}</td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  </section>
                </Card>
              ))}
              {edit && (
                <div className="acc-actions">
                  {save.error ? <AccError error={save.error} /> : null}
                  <Button
                    type="primary"
                    size="large"
                    loading={save.isPending}
                    onClick={() =>
                      save.mutate(undefined, {
                        onSuccess: () => void message.success(t('acc.progress.saved')),
                      })
                    }
                    data-test="acc-weights-save"
                  >
                    {t('acc.progress.save')}
                  </Button>
                </div>
              )}
            </>
          )}
        </QueryState>
      )}
    </AccPage>
  );
}

// A contest's form: title, mode (an untimed round for elders, a timed round with its limit, a daily practice), the
// window, attempts per player, eligibility (an area and target groups), the draw rules (N items of a topic and
// difficulty) and the scoring policy. Nothing is checked in the browser: the server names each missing field.
import type { Contest, ContestMode } from '@kepu/domain/contest';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useSaveContest } from '../../api/contest/contest.ts';
import { AreaSelect } from '../area-select.tsx';
import { DateField } from '../date-field.tsx';
import { ErrorNotice } from '../query-state.tsx';
import { instant } from '../services/file-activity-form.tsx';
import { cityTime, difficulties, type Group, groups, modes } from './codes.ts';

const num = (v: string) => (v.trim() === '' ? undefined : Number(v));

interface Rule {
  topic: string;
  difficulty: string;
  count: string;
}

function initial(c?: Contest) {
  return {
    title: c?.title ?? '',
    mode: (c?.mode ?? 'untimed') as ContestMode,
    opensAt: c ? cityTime(c.opensAt) : '',
    closesAt: c ? cityTime(c.closesAt) : '',
    timeLimit: c?.timeLimit ? String(c.timeLimit) : '',
    attemptCap: String(c?.attemptCap ?? 1),
    areaCode: c?.areaCode ?? '',
    targetGroups: (c?.targetGroups ?? []) as Group[],
    rules: (c?.rules ?? [{ count: 0 }]).map(
      (r): Rule => ({
        topic: r.topic ?? '',
        difficulty: r.difficulty ?? '',
        count: r.count ? String(r.count) : '',
      }),
    ),
    points: {
      easy: String(c?.scoring.points.easy ?? 5),
      medium: String(c?.scoring.points.medium ?? 10),
      hard: String(c?.scoring.points.hard ?? 15),
    },
    partial: String(c?.scoring.partial ?? 0.5),
    teamMode: c?.teamMode ?? false,
    bonusPoints: c?.scoring.speedBonus ? String(c.scoring.speedBonus.bonusPoints) : '',
    bonusSeconds: c?.scoring.speedBonus?.bonusSeconds ? String(c.scoring.speedBonus.bonusSeconds) : '',
  };
}

export function ContestForm({ contest, topics }: { contest?: Contest; topics: string[] }) {
  const { t } = useTranslation();
  const save = useSaveContest();
  const navigate = useNavigate();
  const [f, setF] = useState(() => initial(contest));
  const text = (k: 'title' | 'timeLimit' | 'attemptCap' | 'partial' | 'bonusPoints' | 'bonusSeconds') => ({
    value: f[k],
    onChange: (e: { target: { value: string } }) => setF({ ...f, [k]: e.target.value }),
  });
  const setRule = (k: number, r: Partial<Rule>) =>
    setF({ ...f, rules: f.rules.map((x, j) => (j === k ? { ...x, ...r } : x)) });
  const body = () => ({
    title: f.title,
    mode: f.mode,
    opensAt: instant(f.opensAt),
    closesAt: instant(f.closesAt),
    timeLimit: f.mode === 'timed' ? (num(f.timeLimit) ?? null) : null,
    attemptCap: num(f.attemptCap),
    areaCode: f.areaCode,
    targetGroups: f.targetGroups,
    teamMode: f.teamMode,
    rules: f.rules.map((r) => ({
      ...(r.topic.trim() && { topic: r.topic.trim() }),
      ...(r.difficulty && { difficulty: r.difficulty }),
      count: num(r.count) ?? 0,
    })),
    scoring: {
      points: { easy: num(f.points.easy), medium: num(f.points.medium), hard: num(f.points.hard) },
      partial: num(f.partial),
      // an empty bonus field is no bonus; the server refuses one in an untimed contest, naming the field
      speedBonus:
        f.bonusPoints.trim() === ''
          ? null
          : { bonusPoints: num(f.bonusPoints), bonusSeconds: num(f.bonusSeconds) ?? null },
    },
  });
  return (
    <form
      className="svc-form ct-form"
      noValidate
      data-test="ct-contest-form"
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate(
          { id: contest?.id, body: body() },
          { onSuccess: (c) => contest || navigate(`/contest/${c.id}`) },
        );
      }}
    >
      <h3>{contest ? t('contest.contests.editing') : t('contest.contests.create')}</h3>
      {contest && <p className="muted ct-wide">{t('contest.contests.editHint')}</p>}
      <label className="ct-wide">
        {t('contest.contests.title')}
        <input {...text('title')} data-test="ct-contest-title" />
      </label>
      <label>
        {t('contest.contests.mode')}
        <select
          value={f.mode}
          onChange={(e) => setF({ ...f, mode: e.target.value as ContestMode })}
          data-test="ct-contest-mode"
        >
          {modes.map((m) => (
            <option key={m} value={m}>
              {t(`contest.modes.${m}`)}
            </option>
          ))}
        </select>
      </label>
      {f.mode === 'timed' && (
        <label>
          {t('contest.contests.timeLimit')}
          <input type="number" min={30} {...text('timeLimit')} data-test="ct-contest-limit" />
        </label>
      )}
      <label htmlFor="ct-opens">
        {t('contest.contests.opensAt')}
        <DateField
          time
          value={f.opensAt}
          onChange={(v) => setF({ ...f, opensAt: v ?? '' })}
          id="ct-opens"
          testId="ct-contest-opens"
        />
      </label>
      <label htmlFor="ct-closes">
        {t('contest.contests.closesAt')}
        <DateField
          time
          value={f.closesAt}
          onChange={(v) => setF({ ...f, closesAt: v ?? '' })}
          id="ct-closes"
          testId="ct-contest-closes"
        />
      </label>
      <label>
        {t('contest.contests.attemptCap')}
        <input type="number" min={1} {...text('attemptCap')} data-test="ct-contest-cap" />
      </label>
      <label className="svc-check">
        <input
          type="checkbox"
          checked={f.teamMode}
          onChange={(e) => setF({ ...f, teamMode: e.target.checked })}
          data-test="ct-contest-team"
        />
        {t('contest.contests.teamMode')}
      </label>
      <AreaSelect
        label={t('contest.contests.area')}
        value={f.areaCode}
        onChange={(areaCode) => setF({ ...f, areaCode })}
        test="ct-contest-area"
      />
      <fieldset>
        <legend>{t('contest.contests.groups')}</legend>
        {groups.map((g) => (
          <label key={g} className="svc-check">
            <input
              type="checkbox"
              checked={f.targetGroups.includes(g)}
              onChange={(e) =>
                setF({
                  ...f,
                  targetGroups: e.target.checked
                    ? [...f.targetGroups, g]
                    : f.targetGroups.filter((x) => x !== g),
                })
              }
              data-test={`ct-contest-group-${g}`}
            />
            {t(`services.groups.${g}`)}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('contest.contests.rules')}</legend>
        <datalist id="ct-topics">
          {topics.map((x) => (
            <option key={x} value={x} />
          ))}
        </datalist>
        {f.rules.map((r, k) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: rules are edited in place, their place is their key
          <span key={k} className="ct-option" data-test={`ct-rule-${k}`}>
            <label>
              {t('contest.contests.ruleTopic')}
              <input
                list="ct-topics"
                value={r.topic}
                onChange={(e) => setRule(k, { topic: e.target.value })}
                placeholder={t('contest.any')}
                data-test={`ct-rule-topic-${k}`}
              />
            </label>
            <label>
              {t('contest.contests.ruleDifficulty')}
              <select value={r.difficulty} onChange={(e) => setRule(k, { difficulty: e.target.value })}>
                <option value="">{t('contest.any')}</option>
                {difficulties.map((d) => (
                  <option key={d} value={d}>
                    {t(`contest.difficulties.${d}`)}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t('contest.contests.ruleCount')}
              <input
                type="number"
                min={1}
                value={r.count}
                onChange={(e) => setRule(k, { count: e.target.value })}
                data-test={`ct-rule-count-${k}`}
              />
            </label>
            {f.rules.length > 1 && (
              <button
                type="button"
                className="svc-button secondary"
                onClick={() => setF({ ...f, rules: f.rules.filter((_, j) => j !== k) })}
              >
                {t('contest.contests.removeRule', { n: k + 1 })}
              </button>
            )}
          </span>
        ))}
        <button
          type="button"
          className="svc-button secondary"
          onClick={() => setF({ ...f, rules: [...f.rules, { topic: '', difficulty: '', count: '' }] })}
          data-test="ct-rule-add"
        >
          {t('contest.contests.addRule')}
        </button>
      </fieldset>
      <fieldset>
        <legend>{t('contest.contests.scoring')}</legend>
        {difficulties.map((d) => (
          <label key={d}>
            {t('contest.contests.points', { difficulty: t(`contest.difficulties.${d}`) })}
            <input
              type="number"
              min={0}
              value={f.points[d]}
              onChange={(e) => setF({ ...f, points: { ...f.points, [d]: e.target.value } })}
            />
          </label>
        ))}
        <label>
          {t('contest.contests.partial')}
          <input type="number" min={0} max={1} step={0.1} {...text('partial')} />
        </label>
        <label>
          {t('contest.contests.bonusPoints')}
          <input type="number" min={1} max={50} {...text('bonusPoints')} data-test="ct-contest-bonus" />
        </label>
        <label>
          {t('contest.contests.bonusSeconds')}
          <input type="number" min={10} {...text('bonusSeconds')} data-test="ct-contest-bonus-seconds" />
        </label>
        <p className="muted ct-wide">{t('contest.contests.bonusHint')}</p>
      </fieldset>
      <span className="svc-actions ct-wide">
        <button type="submit" className="svc-button" disabled={save.isPending} data-test="ct-contest-save">
          {t('contest.save')}
        </button>
      </span>
      {save.isSuccess && <output className="ct-wide">{t('contest.saved')}</output>}
      {save.error && (
        <div className="ct-wide">
          <ErrorNotice error={save.error} testId="ct-contest-error" />
        </div>
      )}
    </form>
  );
}

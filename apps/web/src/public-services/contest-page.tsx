// The contest pages (/e/q, /e/q/<id>): open contests; a player's details, then one question at a time in large
// type (the untimed mode has no clock at all), the result with each answer explained, and the live leaderboard.
import { useEffect, useState } from 'react';
import { ApiError } from '../api/client.ts';
import { type BoardRow, type ContestCard, contestApi, type PaperView, type ResultView } from './api.ts';
import { contestWords } from './contest-text.ts';
import { PageLink } from './page-link.tsx';
import type { PageProps } from './public-app.tsx';
import { groups } from './text.ts';

/** '第 {i} 题' with its values */
const put = (s: string, v: Record<string, string | number>) =>
  s.replace(/\{(\w+)\}/g, (_, k) => String(v[k] ?? ''));

export function ContestList({ lang, go }: PageProps) {
  const t = contestWords[lang];
  const [list, setList] = useState<ContestCard[] | null>(null);
  const [error, setError] = useState(false);
  useEffect(() => {
    contestApi.list().then(setList, () => setError(true));
  }, []);
  return (
    <>
      <h1>{t.list}</h1>
      {error && <p role="alert">{t.network}</p>}
      {list?.length === 0 && <p className="empty">{t.none}</p>}
      <ul className="cards">
        {list?.map((c) => (
          <li key={c.id} className="card" data-test="contest-card">
            <h2>{c.title}</h2>
            {c.demo && <span className="tag">{t.demo}</span>}
            <p>
              {t.modes[c.mode]} · {put(t.items, { n: c.items })}
              {c.timeLimit ? ` · ${put(t.limit, { n: Math.round(c.timeLimit / 60) })}` : ''}
              {c.speedBonus ? ` · ${t.bonusShort}` : ''}
            </p>
            <p>{c.targetGroups.map((g) => groups[lang][g as keyof (typeof groups)['zh-CN']]).join('、')}</p>
            <PageLink to={`/e/q/${c.id}`} go={go} className="button">
              {t.play}
            </PageLink>
          </li>
        ))}
      </ul>
    </>
  );
}

const deviceId = () => {
  let d = localStorage.getItem('kepu-device');
  if (!d) {
    d = Array.from(crypto.getRandomValues(new Uint8Array(12)), (b) => b.toString(16).padStart(2, '0')).join(
      '',
    );
    localStorage.setItem('kepu-device', d);
  }
  return d;
};

export function ContestPlay({ id, lang, go }: PageProps & { id: number }) {
  const t = contestWords[lang];
  const [card, setCard] = useState<ContestCard | null>(null);
  const [form, setForm] = useState({ name: '', phone: '', unit: '', areaCode: '', targetGroup: '' });
  /** a team contest: the team chosen from the list, or a code typed instead */
  const [team, setTeam] = useState({ id: '', code: '' });
  const [teams, setTeams] = useState<{ id: number; name: string; unit: string }[]>([]);
  const [paper, setPaper] = useState<PaperView | null>(null);
  const [answers, setAnswers] = useState<number[][]>([]);
  const [at, setAt] = useState(0);
  const [result, setResult] = useState<ResultView | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    contestApi.list().then(
      (l) => {
        const c = l.find((x) => x.id === id) ?? null;
        setCard(c);
        if (c?.teamMode) contestApi.teams(id).then(setTeams, () => {});
        if (c)
          setForm((f) => ({
            ...f,
            areaCode: c.areas[1]?.code ?? c.areas[0]?.code ?? '',
            targetGroup: c.targetGroups[0] ?? '',
          }));
      },
      () => setProblem(t.network),
    );
  }, [id, t.network]);
  const fail = (e: unknown) => {
    const issue =
      e instanceof ApiError
        ? (e.details.issues as { path: string; code: string }[] | undefined)?.[0]
        : undefined;
    const field = issue?.path.split('.').pop() ?? '';
    setProblem(
      e instanceof ApiError
        ? (t.errors[issue?.code ?? ''] ??
            t.errors[e.code] ??
            (field ? put(t.problem, { field: t.fields[field] ?? field }) : t.network))
        : t.network,
    );
  };
  const run = async (fn: () => Promise<void>) => {
    setBusy(true);
    setProblem(null);
    try {
      await fn();
    } catch (e) {
      fail(e);
    } finally {
      setBusy(false);
    }
  };
  if (!card) return problem ? <p role="alert">{problem}</p> : <output>…</output>;
  if (result && paper)
    return <Result card={card} paper={paper} answers={answers} result={result} lang={lang} go={go} />;
  if (paper) {
    const item = paper.items[at];
    if (!item) return null;
    const chosen = answers[at] ?? [];
    const pick = (k: number) => {
      const next = [...answers];
      next[at] =
        item.kind === 'multiple'
          ? chosen.includes(k)
            ? chosen.filter((c) => c !== k)
            : [...chosen, k]
          : [k];
      setAnswers(next);
    };
    return (
      <article className="quiz">
        <p className="note">
          {put(t.progress, { i: at + 1, n: paper.items.length })}
          {paper.deadline && <Countdown deadline={paper.deadline} words={t.left} />}
        </p>
        {item.image && (
          <img className="quiz-image" src={item.image.url} alt={item.image.alt} data-test="quiz-image" />
        )}
        <fieldset>
          <legend className="stem">{item.stem}</legend>
          {item.options.map((o, k) => (
            <label key={o} className="choice big">
              <input
                type={item.kind === 'multiple' ? 'checkbox' : 'radio'}
                name={`q${item.id}`}
                checked={chosen.includes(k)}
                onChange={() => pick(k)}
                data-test="quiz-option"
              />
              {o}
            </label>
          ))}
        </fieldset>
        {problem && <p role="alert">{problem}</p>}
        <div className="quiz-nav">
          <button type="button" className="secondary" disabled={at === 0} onClick={() => setAt(at - 1)}>
            {t.prev}
          </button>
          {at < paper.items.length - 1 ? (
            <button type="button" className="primary" onClick={() => setAt(at + 1)} data-test="quiz-next">
              {t.next}
            </button>
          ) : (
            <button
              type="button"
              className="primary"
              disabled={busy}
              data-test="quiz-submit"
              onClick={() =>
                run(async () =>
                  setResult(
                    await contestApi.submit(
                      paper.token,
                      paper.items.map((_, k) => answers[k] ?? []),
                    ),
                  ),
                )
              }
            >
              {t.submit}
            </button>
          )}
        </div>
      </article>
    );
  }
  const set = (k: keyof typeof form) => (e: { target: { value: string } }) =>
    setForm({ ...form, [k]: e.target.value });
  return (
    <article>
      <h1>{card.title}</h1>
      {card.demo && <span className="tag">{t.demo}</span>}
      <p>{card.mode === 'untimed' ? t.untimedNote : t.modes[card.mode]}</p>
      {card.speedBonus && (
        <p data-test="quiz-bonus">
          {put(t.bonus, {
            n: card.speedBonus.bonusPoints,
            s: card.speedBonus.bonusSeconds ?? card.timeLimit ?? 0,
          })}
        </p>
      )}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void run(async () => {
            const joined = team.code.trim()
              ? { teamCode: team.code.trim() }
              : team.id
                ? { teamId: Number(team.id) }
                : {};
            setPaper(await contestApi.start(id, { ...form, ...joined, device: deviceId() }));
            setAnswers([]);
            setAt(0);
          });
        }}
        aria-label={t.join}
      >
        <label>
          {t.name}
          <input
            value={form.name}
            required
            maxLength={40}
            autoComplete="name"
            onChange={set('name')}
            data-test="quiz-name"
          />
        </label>
        <label>
          {t.phone}
          <input
            value={form.phone}
            required
            inputMode="numeric"
            autoComplete="tel"
            onChange={set('phone')}
            data-test="quiz-phone"
          />
        </label>
        <label>
          {t.unit}
          <input value={form.unit} maxLength={100} onChange={set('unit')} data-test="quiz-unit" />
        </label>
        <label>
          {t.area}
          <select value={form.areaCode} onChange={set('areaCode')} data-test="quiz-area">
            {card.areas.map((a) => (
              <option key={a.code} value={a.code}>
                {a.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t.group}
          <select value={form.targetGroup} onChange={set('targetGroup')} data-test="quiz-group">
            {card.targetGroups.map((g) => (
              <option key={g} value={g}>
                {groups[lang][g as keyof (typeof groups)['zh-CN']]}
              </option>
            ))}
          </select>
        </label>
        {card.teamMode && (
          <>
            <label>
              {t.team}
              <select
                value={team.id}
                onChange={(e) => setTeam({ ...team, id: e.target.value })}
                data-test="quiz-team"
              >
                <option value="">{t.teamPick}</option>
                {teams.map((x) => (
                  <option key={x.id} value={x.id}>
                    {x.unit ? `${x.name}（${x.unit}）` : x.name}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t.teamCode}
              <input
                value={team.code}
                maxLength={6}
                autoCapitalize="characters"
                onChange={(e) => setTeam({ ...team, code: e.target.value })}
                data-test="quiz-team-code"
              />
            </label>
          </>
        )}
        {problem && <p role="alert">{problem}</p>}
        <button type="submit" className="primary" disabled={busy} data-test="quiz-start">
          {t.start}
        </button>
      </form>
      <Board id={id} lang={lang} teams={card.teamMode} />
    </article>
  );
}

function Countdown({ deadline, words }: { deadline: string; words: string }) {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const h = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(h);
  }, []);
  return (
    <span className="countdown">
      {' '}
      · {put(words, { s: Math.max(0, Math.round((Date.parse(deadline) - now) / 1000)) })}
    </span>
  );
}

function Result(
  props: { card: ContestCard; paper: PaperView; answers: number[][]; result: ResultView } & PageProps,
) {
  const { card, paper, result, lang, go } = props;
  const t = contestWords[lang];
  const [reported, setReported] = useState<number[]>([]);
  return (
    <article>
      <h1 data-test="quiz-result">{put(t.result, { score: result.score, correct: result.correct })}</h1>
      <ol className="review">
        {paper.items.map((item, k) => {
          const r = result.items[k];
          return (
            <li key={item.id}>
              <p className="stem">{item.stem}</p>
              <p className={r?.points ? 'ok' : 'warn'}>
                {t.right}
                {r?.answer.map((a) => item.options[a]).join('、')}
              </p>
              {r?.explanation && (
                <p>
                  {t.explain}
                  {r.explanation}
                </p>
              )}
              {reported.includes(item.id) ? (
                <p className="note">{t.reported}</p>
              ) : (
                <button
                  type="button"
                  className="link"
                  onClick={() => {
                    const note = prompt(t.reportNote);
                    if (note?.trim())
                      contestApi.report(item.id, note.trim()).then(() => setReported([...reported, item.id]));
                  }}
                >
                  {t.report}
                </button>
              )}
            </li>
          );
        })}
      </ol>
      <Board id={card.id} lang={lang} teams={card.teamMode} />
      <PageLink to="/e/q" go={go} className="button secondary">
        {t.back}
      </PageLink>
    </article>
  );
}

/** The leaderboard, refreshed every five seconds while it is on screen. */
function Board({ id, lang, teams }: { id: number; lang: PageProps['lang']; teams: boolean }) {
  const t = contestWords[lang];
  const [by, setBy] = useState<'person' | 'unit' | 'district' | 'team'>('person');
  const [rows, setRows] = useState<BoardRow[]>([]);
  useEffect(() => {
    const load = () => contestApi.board(id, by).then(setRows, () => {});
    load();
    const h = setInterval(load, 5000);
    return () => clearInterval(h);
  }, [id, by]);
  return (
    <section aria-labelledby="board-title" className="board">
      <h2 id="board-title">{t.board}</h2>
      <div className="quiz-nav">
        {(teams
          ? (['person', 'team', 'unit', 'district'] as const)
          : (['person', 'unit', 'district'] as const)
        ).map((b) => (
          <button
            key={b}
            type="button"
            className={b === by ? 'primary' : 'secondary'}
            aria-pressed={b === by}
            onClick={() => setBy(b)}
          >
            {t.by[b]}
          </button>
        ))}
      </div>
      <ol data-test="quiz-board">
        {rows.map((r) => (
          <li key={`${r.rank}-${r.label}`}>
            {r.label}：{put(t.score, { n: r.score })}
          </li>
        ))}
      </ol>
    </section>
  );
}

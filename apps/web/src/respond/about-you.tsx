// The demographics block: a native select per coded question (a phone's own picker), a number for the age.
import { useState } from 'react';
import type { RespondentView } from './api.ts';
import { type RespondLang, say } from './text.ts';

interface Props {
  questions: RespondentView['demographics'];
  values: Record<string, string | number>;
  onChange: (field: string, value: string | number) => void;
  lang: RespondLang;
}

export function AboutYou({ questions, values, onChange, lang }: Props) {
  return (
    <section className="about" aria-labelledby="about-title">
      <h2 id="about-title">{say(lang, 'aboutYou')}</h2>
      <p className="hint">{say(lang, 'aboutYouNote')}</p>
      {questions.map((q) =>
        q.options ? (
          <label key={q.field} className="field">
            <span>{q.text}</span>
            <select
              data-test={`about-${q.field}`}
              value={String(values[q.field] ?? '')}
              onChange={(e) => e.target.value && onChange(q.field, e.target.value)}
            >
              <option value="">{say(lang, 'choose')}</option>
              {q.options.map((o) => (
                <option key={o.code} value={o.code}>
                  {o.text}
                </option>
              ))}
            </select>
          </label>
        ) : (
          <AgeField key={q.field} q={q} value={values[q.field]} onChange={onChange} lang={lang} />
        ),
      )}
    </section>
  );
}

function AgeField({
  q,
  value,
  onChange,
  lang,
}: {
  q: RespondentView['demographics'][number];
  value: string | number | undefined;
  onChange: Props['onChange'];
  lang: RespondLang;
}) {
  const [text, setText] = useState(value === undefined ? '' : String(value));
  const min = q.min ?? 18;
  const max = q.max ?? 69;
  const n = Number(text);
  const ok = /^\d+$/.test(text) && n >= min && n <= max;
  return (
    <label className="field">
      <span>{q.text}</span>
      <input
        data-test={`about-${q.field}`}
        inputMode="numeric"
        value={text}
        aria-invalid={text !== '' && !ok}
        onChange={(e) => setText(e.target.value.trim())}
        onBlur={() => ok && n !== value && onChange(q.field, n)}
      />
      <span className="hint">{say(lang, 'ageHint', { min, max })}</span>
    </label>
  );
}

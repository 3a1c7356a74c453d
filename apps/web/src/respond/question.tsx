// One item as a respondent answers it: true/false, single choice (radios) or multiple choice (checkboxes), each option
// a large touch target.
import type { RespondentView, SurveyAnswer } from './api.ts';
import { type RespondLang, say } from './text.ts';

type Item = RespondentView['items'][number];

interface Props {
  item: Item;
  value: SurveyAnswer | undefined;
  onChange: (value: Exclude<SurveyAnswer, null>) => void;
  lang: RespondLang;
}

export function Question({ item, value, onChange, lang }: Props) {
  const name = `q-${item.code}`;
  const choices =
    item.kind === 'true_false'
      ? [
          { code: 'true', text: say(lang, 'yes') },
          { code: 'false', text: say(lang, 'no') },
        ]
      : item.options;
  const checked = (code: string) =>
    item.kind === 'true_false'
      ? value === (code === 'true')
      : item.kind === 'single'
        ? value === code
        : Array.isArray(value) && value.includes(code);
  const pick = (code: string) => {
    if (item.kind === 'true_false') onChange(code === 'true');
    else if (item.kind === 'single') onChange(code);
    else {
      const now = Array.isArray(value) ? value : [];
      const next = now.includes(code) ? now.filter((c) => c !== code) : [...now, code];
      if (next.length) onChange(next);
    }
  };
  return (
    <fieldset className="question" data-test={`question-${item.code}`}>
      <legend>{item.text}</legend>
      {item.kind === 'multiple' && <p className="hint">{say(lang, 'multiple')}</p>}
      {choices.map((c) => (
        <label key={c.code} className={checked(c.code) ? 'choice chosen' : 'choice'}>
          <input
            type={item.kind === 'multiple' ? 'checkbox' : 'radio'}
            name={name}
            value={c.code}
            checked={checked(c.code)}
            onChange={() => pick(c.code)}
          />
          <span>{c.text}</span>
        </label>
      ))}
    </fieldset>
  );
}

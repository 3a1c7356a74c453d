// The visitor's group and the children with them: the registration form's and the self check-in's two questions.
import { groups, type Lang, words } from './text.ts';

export function WhoFields(props: {
  lang: Lang;
  targetGroups: string[];
  value: { targetGroup: string; minors: number };
  onChange: (v: { targetGroup: string; minors: number }) => void;
}) {
  const t = words[props.lang];
  const { value, onChange } = props;
  const options = props.targetGroups.concat(props.targetGroups.includes('public') ? [] : ['public']);
  return (
    <>
      <label>
        {t.group}
        <select
          value={value.targetGroup}
          data-test="reg-group"
          onChange={(e) => onChange({ ...value, targetGroup: e.target.value })}
        >
          {options.map((g) => (
            <option key={g} value={g}>
              {groups[props.lang][g as keyof (typeof groups)['en']]}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t.minors}
        <select
          value={value.minors}
          onChange={(e) => onChange({ ...value, minors: Number(e.target.value) })}
          aria-describedby="minors-note"
        >
          {[0, 1, 2, 3, 4, 5].map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </select>
      </label>
      <p id="minors-note" className="note">
        {t.minorsNote}
      </p>
    </>
  );
}

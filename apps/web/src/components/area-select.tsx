// An area picked from the jurisdiction's tree (districts indented under their city), the one select every form with an
// area uses: filing an activity, registering a venue or a mobile unit, planning a stop, a volunteer team.
import { flatAreas, useAreas } from '../api/core/areas.ts';

export function AreaSelect(p: {
  label: string;
  value: string;
  onChange: (code: string) => void;
  test: string;
  /** the words of the empty choice (default —) */
  empty?: string;
  required?: boolean;
}) {
  const areas = useAreas();
  return (
    <label>
      {p.label}
      <select
        value={p.value}
        onChange={(e) => p.onChange(e.target.value)}
        required={p.required}
        data-test={p.test}
      >
        <option value="">{p.empty ?? '—'}</option>
        {flatAreas(areas.data ?? []).map((a) => (
          <option key={a.code} value={a.code}>
            {a.name}
          </option>
        ))}
      </select>
    </label>
  );
}

// A labelled select for list filters (group or unit), with an "all" choice.
import { useId } from 'react';
import { NativeSelect, type SelectOption } from './native-select.tsx';

interface Props {
  label: string;
  allLabel: string;
  value: string | undefined;
  options: SelectOption[];
  onChange: (value: string | undefined) => void;
  testId: string;
}

export function FilterSelect({ label, allLabel, value, options, onChange, testId }: Props) {
  const id = useId();
  return (
    <div className="filter-field">
      <label htmlFor={id} className="filter-label">
        {label}
      </label>
      <NativeSelect
        id={id}
        className="filter-control"
        value={value}
        onChange={(next) => onChange(next || undefined)}
        options={options}
        emptyLabel={allLabel}
        data-test={testId}
      />
    </div>
  );
}

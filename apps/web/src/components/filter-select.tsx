// A labelled select for list filters (group or unit), with an "all" choice and type-to-search.
import { Select } from 'antd';
import { useId } from 'react';

interface Option {
  value: string;
  label: string;
}

interface Props {
  label: string;
  allLabel: string;
  value: string | undefined;
  options: Option[];
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
      <Select
        id={id}
        className="filter-control"
        value={value ?? ''}
        onChange={(next: string) => onChange(next || undefined)}
        options={[{ value: '', label: allLabel }, ...options]}
        showSearch={{ optionFilterProp: 'label' }}
        popupMatchSelectWidth={false}
        data-test={testId}
      />
    </div>
  );
}

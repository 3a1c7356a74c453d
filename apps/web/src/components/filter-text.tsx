// A labelled text box for list filters (words in a name, a username), cleared with one click.
import { Input } from 'antd';
import { useId } from 'react';

interface Props {
  label: string;
  value: string;
  onChange: (value: string) => void;
  placeholder?: string;
  testId: string;
  /** Takes the room of two fields in the filter bar. */
  wide?: boolean;
}

export function FilterText({ label, value, onChange, placeholder, testId, wide = false }: Props) {
  const id = useId();
  return (
    <div className={wide ? 'filter-field filter-field-wide' : 'filter-field'}>
      <label htmlFor={id} className="filter-label">
        {label}
      </label>
      <Input
        id={id}
        className="filter-control"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        allowClear
        placeholder={placeholder}
        data-test={testId}
      />
    </div>
  );
}

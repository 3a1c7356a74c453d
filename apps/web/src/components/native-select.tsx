// A styled native <select>: the phone's own large picker, full keyboard and screen-reader support.
// Used instead of antd's Select, whose 6.0.0 release keeps its list open after a pick (ant-design#56062).
import type { SelectHTMLAttributes } from 'react';

export interface SelectOption {
  value: string;
  label: string;
}

interface Props extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'value' | 'onChange'> {
  value?: string | number | null;
  onChange?: (value: string) => void;
  options: SelectOption[];
  /** Label of the empty choice ("all", "choose…"); leave out for no empty choice. */
  emptyLabel?: string;
}

export function NativeSelect({ value, onChange, options, emptyLabel, className, ...rest }: Props) {
  return (
    <select
      {...rest}
      className={className ? `native-select ${className}` : 'native-select'}
      value={value === undefined || value === null ? '' : String(value)}
      onChange={(e) => onChange?.(e.target.value)}
    >
      {emptyLabel !== undefined && <option value="">{emptyLabel}</option>}
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </select>
  );
}

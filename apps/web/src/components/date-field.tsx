// A day, picked and shown in the interface language whatever the browser's own locale: a native date input shows
// mm/dd/yyyy in an en-US browser. antd's DatePicker in the app's locale (年、月 in the calendar, 请选择日期), typed or
// picked as YYYY-MM-DD, read and given as the 'YYYY-MM-DD' text the API takes. Works inside a Form.Item (value,
// onChange and id come from it) and on its own.
import 'dayjs/locale/zh-cn';
import { DatePicker } from 'antd';
import dayjs from 'dayjs';

export const DAY_FORMAT = 'YYYY-MM-DD';

interface Props {
  value?: string | null;
  onChange?: (value: string | undefined) => void;
  id?: string;
  className?: string;
  disabled?: boolean;
  /** data-test of the text box, where a date can also be typed */
  testId?: string;
  'aria-label'?: string;
}

export function DateField({ value, onChange, testId, ...rest }: Props) {
  return (
    <DatePicker
      {...rest}
      format={DAY_FORMAT}
      value={value ? dayjs(value, DAY_FORMAT) : null}
      onChange={(day) => onChange?.(day ? day.format(DAY_FORMAT) : undefined)}
      data-test={testId}
    />
  );
}

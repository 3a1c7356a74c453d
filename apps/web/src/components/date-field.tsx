// A day, picked and shown in the interface language whatever the browser's own locale: a native date input shows
// mm/dd/yyyy in an en-US browser. antd's DatePicker in the app's locale (年、月 in the calendar, 请选择日期), typed or
// picked as YYYY-MM-DD, read and given as the 'YYYY-MM-DD' text the API takes. Works inside a Form.Item (value,
// onChange and id come from it) and on its own. With `time`, a day and a time of day (24-hour), as 'YYYY-MM-DD HH:mm'.
// The picker shows the day it was given at once, before its owner's value comes back: a filter kept in the address
// comes back a render later (react-router renders in a transition), and a picker that left its field in between
// fell back to the old, empty value and cleared the day just typed.
import 'dayjs/locale/zh-cn';
import { DatePicker } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';

export const DAY_FORMAT = 'YYYY-MM-DD';
export const DAY_TIME_FORMAT = 'YYYY-MM-DD HH:mm';

interface Props {
  value?: string | null;
  onChange?: (value: string | undefined) => void;
  id?: string;
  className?: string;
  disabled?: boolean;
  /** data-test of the text box, where a date can also be typed */
  testId?: string;
  'aria-label'?: string;
  /** a time of day too, kept as typed or picked without an OK button */
  time?: boolean;
}

export function DateField({ value, onChange, testId, time, ...rest }: Props) {
  const [shown, setShown] = useState(value ?? undefined);
  useEffect(() => setShown(value ?? undefined), [value]);
  const format = time ? DAY_TIME_FORMAT : DAY_FORMAT;
  return (
    <DatePicker
      {...rest}
      {...(time && { showTime: { format: 'HH:mm' }, needConfirm: false })}
      format={format}
      value={shown ? dayjs(shown, format) : null}
      onChange={(day) => {
        const next = day ? day.format(format) : undefined;
        setShown(next);
        onChange?.(next);
      }}
      data-test={testId}
    />
  );
}

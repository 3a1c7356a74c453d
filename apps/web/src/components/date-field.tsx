// A day, picked and shown in the interface language whatever the browser's own locale: a native date input shows
// mm/dd/yyyy in an en-US browser. antd's DatePicker in the app's locale (年、月 in the calendar, 请选择日期), typed or
// picked as YYYY-MM-DD, read and given as the 'YYYY-MM-DD' text the API takes. Works inside a Form.Item (value,
// onChange and id come from it) and on its own.
// The picker shows the day it was given at once, before its owner's value comes back: a filter kept in the address
// comes back a render later (react-router renders in a transition), and a picker that left its field in between
// fell back to the old, empty value and cleared the day just typed.
import 'dayjs/locale/zh-cn';
import { DatePicker } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';

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
  const [shown, setShown] = useState(value ?? undefined);
  useEffect(() => setShown(value ?? undefined), [value]);
  return (
    <DatePicker
      {...rest}
      format={DAY_FORMAT}
      value={shown ? dayjs(shown, DAY_FORMAT) : null}
      onChange={(day) => {
        const next = day ? day.format(DAY_FORMAT) : undefined;
        setShown(next);
        onChange?.(next);
      }}
      data-test={testId}
    />
  );
}

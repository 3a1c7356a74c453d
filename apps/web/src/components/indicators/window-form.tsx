// Two dates (opens on, due on) and a button: used to assign the form to chosen units and to extend one unit's window.
import type { WindowInput } from '@kepu/domain/indicators';
import { Button } from 'antd';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField } from '../date-field.tsx';
import { ErrorNotice } from '../query-state.tsx';
import { SetupField } from './setup-field.tsx';

/** The two dates: the body of PUT …/window, and with `unitIds` of POST …/assign (the schema's type: no defaults). */
type Window = WindowInput;

interface Props {
  heading: string;
  hint?: ReactNode;
  initial: Window;
  submitLabel: string;
  disabled?: boolean;
  pending: boolean;
  error: unknown;
  onSubmit: (w: Window) => void;
  onCancel?: () => void;
  test: string;
}

export function WindowForm({
  heading,
  hint,
  initial,
  submitLabel,
  disabled,
  pending,
  error,
  onSubmit,
  onCancel,
  test,
}: Props) {
  const { t } = useTranslation();
  const [w, setW] = useState(initial);
  return (
    <form
      className="ind-add-form"
      data-test={test}
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit(w);
      }}
    >
      <h3>{heading}</h3>
      {hint ? <p className="muted">{hint}</p> : null}
      {error ? <ErrorNotice error={error} /> : null}
      <div className="ind-add-grid">
        <SetupField label={t('indSetup.units.opensOn')}>
          <DateField
            value={w.opensOn}
            onChange={(v) => setW((x) => ({ ...x, opensOn: v ?? '' }))}
            testId={`${test}-opens`}
          />
        </SetupField>
        <SetupField label={t('indSetup.units.dueOn')}>
          <DateField
            value={w.dueOn}
            onChange={(v) => setW((x) => ({ ...x, dueOn: v ?? '' }))}
            testId={`${test}-due`}
          />
        </SetupField>
      </div>
      <span className="ind-actions" style={{ margin: 0 }}>
        <Button
          type="primary"
          htmlType="submit"
          loading={pending}
          disabled={disabled}
          data-test={`${test}-submit`}
        >
          {submitLabel}
        </Button>
        {onCancel ? <Button onClick={onCancel}>{t('indSetup.units.cancel')}</Button> : null}
      </span>
    </form>
  );
}

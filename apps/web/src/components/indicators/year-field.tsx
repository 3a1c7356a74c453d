// The statistics year as a labelled native select, for the pages that show one year's forms (scenes/indicators).
import { useTranslation } from 'react-i18next';
import { NativeSelect } from '../native-select.tsx';

interface Props {
  value: number | undefined;
  years: readonly { year: number }[];
  onChange: (year: string) => void;
  test?: string;
}

export function YearField({ value, years, onChange, test = 'ind-year' }: Props) {
  const { t } = useTranslation();
  return (
    <label>
      {t('ind.year')}
      <NativeSelect
        value={value}
        onChange={onChange}
        options={years.map((f) => ({ value: String(f.year), label: String(f.year) }))}
        data-test={test}
        aria-label={t('ind.year')}
      />
    </label>
  );
}

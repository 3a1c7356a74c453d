// Lists of links to unit and task pages, each a large tap target.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { UnitRef } from '../api/core/types.ts';
import { DATA_LANG } from '../i18n/index.ts';

export function UnitLinks({ units, testPrefix }: { units: UnitRef[]; testPrefix: string }) {
  return (
    <ul className="chip-list">
      {units.map((unit) => (
        <li key={unit.id}>
          <Link
            className="chip-link"
            to={`/units/${unit.id}`}
            data-test={`${testPrefix}-${unit.id}`}
            lang={DATA_LANG}
          >
            {unit.name}
          </Link>
        </li>
      ))}
    </ul>
  );
}

export function TaskNumberLinks({ numbers, testPrefix }: { numbers: number[]; testPrefix: string }) {
  const { t } = useTranslation();
  return (
    <ul className="chip-list">
      {numbers.map((n) => (
        <li key={n}>
          <Link
            className="chip-link chip-number"
            to={`/tasks/${n}`}
            data-test={`${testPrefix}-${n}`}
            aria-label={t('task.numberLabel', { number: n })}
          >
            {n}
          </Link>
        </li>
      ))}
    </ul>
  );
}

// The ledger's figures by district: activities held, participants, by the plan's target groups and per 10,000
// residents, with the total last (the services home and a campaign's report).
import type { FigureRow } from '@kepu/domain/services';
import { useTranslation } from 'react-i18next';

const groups = ['youth', 'workers', 'farmers', 'elderly', 'officials', 'public'] as const;

export function FiguresTable({ districts, total }: { districts: FigureRow[]; total: FigureRow }) {
  const { t } = useTranslation();
  return (
    <div className="svc-scroll">
      <table className="svc-table" data-test="svc-figures">
        <thead>
          <tr>
            <th scope="col">{t('services.figures.area')}</th>
            <th scope="col">{t('services.figures.held')}</th>
            <th scope="col">{t('services.figures.participants')}</th>
            {groups.map((g) => (
              <th scope="col" key={g}>
                {t(`services.groups.${g}`)}
              </th>
            ))}
            <th scope="col">{t('services.figures.per10k')}</th>
          </tr>
        </thead>
        <tbody>
          {[...districts, { ...total, areaName: t('services.figures.total') }].map((r) => (
            <tr key={r.areaName} data-test={`svc-figures-${r.areaCode}`}>
              <th scope="row">{r.areaName}</th>
              <td>{r.held}</td>
              <td>{r.participants}</td>
              {groups.map((g) => (
                <td key={g}>{r.byGroup[g]}</td>
              ))}
              <td>{r.per10k ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

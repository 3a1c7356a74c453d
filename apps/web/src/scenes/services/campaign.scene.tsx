// A campaign's report for staff: its activities and participants by district (the map and the table), by activity
// type and activity by activity, from the participation ledger under the reader's area; the same as an Excel file.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useCampaignReport } from '../../api/services/services.ts';
import { ErrorNotice, PageLoading } from '../../components/query-state.tsx';
import { FiguresTable } from '../../components/services/figures-table.tsx';
import { usePageTitle } from '../../hooks/use-page-title.ts';
import '../../components/services/services.css';

export default function CampaignScene() {
  const { t, i18n } = useTranslation();
  const id = Number(useParams().id);
  const report = useCampaignReport(id);
  const [map, setMap] = useState(true);
  usePageTitle(report.data?.campaign.name ?? t('services.campaigns.heading'));
  if (report.error) return <ErrorNotice error={report.error} />;
  if (!report.data) return <PageLoading />;
  const r = report.data;
  const when = (at: string | null) =>
    at ? new Date(at).toLocaleString(i18n.language, { timeZone: 'Asia/Shanghai', hour12: false }) : '—';
  return (
    <div className="page page-wide svc" data-test="campaign-page">
      <p>
        <Link to="/services">{t('services.heading')}</Link>
      </p>
      <h1>
        {r.campaign.name} · {r.root.name}
      </h1>
      <p className="muted">
        {t('services.campaigns.dates', { from: r.campaign.startsOn, to: r.campaign.endsOn })}
        {r.campaign.themes && ` · ${r.campaign.themes}`}
      </p>
      <p>{t('services.campaigns.intro')}</p>
      <p>
        <a
          className="svc-button"
          href={`/api/svc/campaigns/${id}/report.xlsx`}
          download
          data-test="campaign-excel"
        >
          {t('services.campaigns.excel')}
        </a>
      </p>
      {r.activities.length === 0 ? (
        <p className="muted" data-test="campaign-empty">
          {t('services.campaigns.none')}
        </p>
      ) : (
        <>
          <h2>{t('services.campaigns.byArea')}</h2>
          {map && (
            <img
              className="svc-map"
              src={`/api/svc/campaigns/${id}/map.svg`}
              alt={t('services.campaigns.mapAlt', { name: r.root.name })}
              onError={() => setMap(false)}
              data-test="campaign-map"
            />
          )}
          <FiguresTable districts={r.districts} total={r.total} />
          <h2>{t('services.campaigns.byType')}</h2>
          <div className="svc-scroll">
            <table className="svc-table" data-test="campaign-types">
              <thead>
                <tr>
                  <th scope="col">{t('services.campaigns.type')}</th>
                  <th scope="col">{t('services.campaigns.activities')}</th>
                  <th scope="col">{t('services.campaigns.held')}</th>
                  <th scope="col">{t('services.campaigns.participants')}</th>
                </tr>
              </thead>
              <tbody>
                {r.byType.map((x) => (
                  <tr key={x.type}>
                    <th scope="row">{t(`services.types.${x.type}`)}</th>
                    <td>{x.activities}</td>
                    <td>{x.held}</td>
                    <td>{x.participants}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <h2>{t('services.campaigns.list')}</h2>
          <div className="svc-scroll">
            <table className="svc-table svc-text" data-test="campaign-activities">
              <thead>
                <tr>
                  <th scope="col">{t('services.campaigns.title')}</th>
                  <th scope="col">{t('services.campaigns.organiser')}</th>
                  <th scope="col">{t('services.campaigns.area')}</th>
                  <th scope="col">{t('services.campaigns.state')}</th>
                  <th scope="col">{t('services.campaigns.when')}</th>
                  <th scope="col">{t('services.campaigns.participants')}</th>
                </tr>
              </thead>
              <tbody>
                {r.activities.map((a) => (
                  <tr key={a.id}>
                    <th scope="row">
                      <Link to={`/services/activities/${a.id}`}>{a.title}</Link>
                    </th>
                    <td>{a.organiser}</td>
                    <td>{a.areaName}</td>
                    <td>{t(`services.states.${a.state}`)}</td>
                    <td>{when(a.startsAt)}</td>
                    <td>{a.participants}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </div>
  );
}

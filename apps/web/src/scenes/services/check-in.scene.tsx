// Check-in at the door: a ticket code typed (or read from the QR code) is sent as a scan with a fresh nonce; walk-ins
// are counted by group; the list shows who is registered and who is in.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { newNonce, useDoor, useScan, useWalkIns } from '../../api/services/services.ts';
import { ErrorNotice, PageLoading } from '../../components/query-state.tsx';
import { usePageTitle } from '../../hooks/use-page-title.ts';
import '../../components/services/services.css';

const groups = ['youth', 'workers', 'farmers', 'elderly', 'officials', 'public'] as const;

export default function CheckInScene() {
  const { t } = useTranslation();
  const sessionId = Number(useParams().sessionId);
  const door = useDoor(sessionId);
  const scan = useScan(sessionId);
  const walkIns = useWalkIns(sessionId);
  const [code, setCode] = useState('');
  const [counts, setCounts] = useState<Record<string, string>>({});
  usePageTitle(t('services.detail.checkin'));
  if (door.error) return <ErrorNotice error={door.error} />;
  if (!door.data) return <PageLoading />;
  const d = door.data;
  return (
    <div className="page svc" data-test="svc-checkin">
      <p className="breadcrumb">
        <Link to={`/services/activities/${d.activity.id}`}>{d.activity.title}</Link>
      </p>
      <h1>{t('services.checkin.heading', { title: d.activity.title })}</h1>
      <form
        className="svc-actions"
        onSubmit={(e) => {
          e.preventDefault();
          scan.mutate({
            nonce: newNonce(),
            token: code.trim().toUpperCase(),
            scannedAt: new Date().toISOString(),
          });
        }}
      >
        <label className="svc-inline">
          {t('services.checkin.code')}
          <input
            value={code}
            onChange={(e) => setCode(e.target.value)}
            autoComplete="off"
            data-test="checkin-code"
          />
        </label>
        <button type="submit" className="svc-button" data-test="checkin-submit">
          {t('services.checkin.check')}
        </button>
      </form>
      {scan.data && (
        <output className="svc-result" data-test="checkin-result">
          {t(`services.checkin.results.${scan.data.result}`, { name: scan.data.name ?? '' })}
        </output>
      )}
      {scan.error && <ErrorNotice error={scan.error} testId="checkin-error" />}
      <section aria-labelledby="svc-walkins">
        <h2 id="svc-walkins">{t('services.checkin.walkIns')}</h2>
        <form
          className="svc-form"
          onSubmit={(e) => {
            e.preventDefault();
            walkIns.mutate(
              Object.fromEntries(
                Object.entries(counts)
                  .filter(([, v]) => v)
                  .map(([k, v]) => [k, Number(v)]),
              ),
              { onSuccess: () => setCounts({}) },
            );
          }}
        >
          {groups.map((g) => (
            <label key={g}>
              {t(`services.groups.${g}`)}
              <input
                type="number"
                min={0}
                value={counts[g] ?? ''}
                data-test={`walkin-${g}`}
                onChange={(e) => setCounts({ ...counts, [g]: e.target.value })}
              />
            </label>
          ))}
          <button type="submit" className="svc-button" data-test="walkin-submit">
            {t('services.checkin.record')}
          </button>
        </form>
        {walkIns.data && (
          <output data-test="walkin-result">
            {t('services.checkin.recorded', { n: walkIns.data.recorded })}
          </output>
        )}
      </section>
      <section aria-labelledby="svc-door">
        <h2 id="svc-door">{t('services.checkin.door')}</h2>
        <ul className="svc-list">
          {d.registrations.map((r) => (
            <li key={r.id}>
              {r.name} · {r.phone} · {t(`services.groups.${r.targetGroup}`)} ·{' '}
              {t(`services.checkin.status.${r.status}`)}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}

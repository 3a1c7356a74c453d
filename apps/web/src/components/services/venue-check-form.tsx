// The office's on-site check of a venue's report: the day, what was seen, and the findings (one a line) with a
// deadline. It is recorded as an inspection of the host unit, whose liaison answers each finding on the rectification
// page, where the office closes it.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useVenueCheck, type VenueReport } from '../../api/services/venues.ts';
import { DateField } from '../date-field.tsx';
import { ErrorNotice } from '../query-state.tsx';

export function VenueCheck({ report, canCheck }: { report: VenueReport; canCheck: boolean }) {
  const { t } = useTranslation();
  const check = useVenueCheck(report.venueId, report.year);
  const [f, setF] = useState({ heldOn: '', summary: '', findings: '', deadline: '' });
  const send = () =>
    check.mutate({
      heldOn: f.heldOn,
      summary: f.summary,
      findings: f.findings
        .split('\n')
        .map((x) => x.trim())
        .filter(Boolean)
        .map((finding) => ({ finding, deadline: f.deadline })),
    });
  if (report.checkInspectionId !== null)
    return (
      <p data-test="venue-checked">
        {t('services.venues.assessment.checked')}{' '}
        <Link to="/acc/inspections">{t('services.venues.assessment.rectifications')}</Link>
      </p>
    );
  if (!canCheck) return null;
  return (
    <details className="svc-details" data-test="venue-check-form">
      <summary>{t('services.venues.assessment.check')}</summary>
      <div className="svc-form">
        <label>
          {t('services.venues.assessment.checkDay')}
          <DateField
            value={f.heldOn}
            onChange={(v) => setF({ ...f, heldOn: v ?? '' })}
            testId="venue-check-day"
          />
        </label>
        <label>
          {t('services.venues.assessment.checkSummary')}
          <input value={f.summary} onChange={(e) => setF({ ...f, summary: e.target.value })} />
        </label>
        <label>
          {t('services.venues.assessment.findings')}
          <textarea
            rows={3}
            value={f.findings}
            data-test="venue-check-findings"
            onChange={(e) => setF({ ...f, findings: e.target.value })}
          />
        </label>
        <label>
          {t('services.venues.assessment.deadline')}
          <DateField
            value={f.deadline}
            onChange={(v) => setF({ ...f, deadline: v ?? '' })}
            testId="venue-check-deadline"
          />
        </label>
        <button type="button" className="svc-button" data-test="venue-check-submit" onClick={send}>
          {t('services.venues.assessment.checkButton')}
        </button>
        {check.error && <ErrorNotice error={check.error} testId="venue-check-error" />}
      </div>
    </details>
  );
}

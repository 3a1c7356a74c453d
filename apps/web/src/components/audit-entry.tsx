// One audit entry in words: the person (name and unit) and the record (its type, name and unit, linked to its page).
import { type AuditEntity, demoAuditActor } from '@kepu/domain';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AuditEntry } from '../api/core/types.ts';
import { DATA_LANG } from '../i18n/index.ts';

/** The page a record is seen on, when there is one. */
const pageOf: Record<AuditEntity, (id: string) => string | null> = {
  user: () => '/users',
  unit: (id) => (/^\d+$/.test(id) ? `/units/${id}` : '/units'),
  plan: () => '/',
  acc_round: () => '/acc/rounds',
  acc_work_item: () => '/acc/work-items',
  acc_weights: () => '/acc/progress',
  acc_report: (id) => `/acc/reports/${id}`,
  acc_inspection: () => '/acc/inspections',
  acc_rectification: () => '/acc/inspections',
  acc_email_outbox: () => '/acc/outbox',
  indicator_form: () => '/indicators/form',
  indicator_item: () => '/indicators/form',
  indicator_rule: () => '/indicators/form',
  indicator_computed: () => '/indicators/form',
  indicator_report: (id) => (/^\d{4}\/\d+$/.test(id) ? `/indicators/reports/${id}` : '/indicators/reports'),
  indicator_unit: () => '/indicators/units',
  indicator_school: () => '/indicators/schools',
  indicator_target: () => '/indicators/targets',
  indicator_kpi: () => '/indicators/targets',
  indicator_exchange: () => '/indicators/exchange',
  area_population: () => '/indicators/populations',
  survey_instrument: () => '/survey',
  survey: (id) => (/^\d+$/.test(id) ? `/survey/${id}` : '/survey'),
  survey_response: () => '/survey',
  area: () => '/areas',
  publication_release: () => '/publication',
  svc_campaign: () => '/services',
  svc_activity: (id) => `/services/activities/${id}`,
  svc_registration: () => null,
  svc_feedback: () => null,
  svc_mobile_unit: () => '/services/mobile',
  svc_tour_stop: () => '/services/mobile',
  svc_session: () => null,
  svc_ledger: () => '/services',
  svc_venue: () => '/services/venues',
  svc_booking: () => '/services/venues',
  svc_scorecard: () => '/services/venues',
  vol_settings: () => '/volunteers',
  vol_team: () => '/volunteers',
  vol_volunteer: () => '/volunteers',
  vol_opportunity: (id) => `/volunteers/opportunities/${id}`,
  vol_signup: () => null,
  vol_hours: () => '/volunteers',
  vol_certificate: () => '/volunteers',
  contest_item: () => '/contest/items',
  contest: (id) => `/contest/${id}`,
  contest_flag: () => '/contest',
  contest_image: () => '/contest/items',
  contest_team: () => '/contest',
  exp_pool: () => '/experts',
  exp_expert: (id) => `/experts/${id}`,
  exp_invitation: () => null,
  exp_service: () => null,
  cnt_work: (id) => `/content/${id}`,
  cnt_emergency: () => '/content/emergency',
  trn_course: (id) => (/^\d+$/.test(id) ? `/training/${id}` : '/training'),
  trn_session: () => null,
  trn_trainee: () => null,
  cmd_round: () => '/commendations',
  cmd_nomination: () => '/commendations',
};

/** The person: name over unit, or on one line (`inline`, a phone's row). */
export function AuditActor({ entry, inline }: { entry: AuditEntry; inline?: boolean }) {
  const { t } = useTranslation();
  const { username, name, unit } = entry.actor;
  if (username === demoAuditActor) return <span className="muted">{t('audit.demo')}</span>;
  if (!name) return <span>{username === 'system' ? t('audit.system') : username}</span>;
  return (
    <span className={inline ? undefined : 'audit-person'}>
      <span lang={DATA_LANG}>{name}</span>
      {unit && !name.startsWith(unit) && (
        <span className="muted" lang={DATA_LANG}>
          {inline ? `（${unit}）` : unit}
        </span>
      )}
    </span>
  );
}

export function AuditSubject({ entry }: { entry: AuditEntry }) {
  const { t } = useTranslation();
  const type = t(`audit.entities.${entry.entity}`);
  const { name, unit } = entry.subject;
  const text = name
    ? t('audit.subject', { type, name })
    : t('audit.subjectGone', { type, id: entry.entityId });
  const to = pageOf[entry.entity]?.(entry.entityId);
  return (
    <span data-test={`audit-subject-${entry.id}`}>
      {to ? <Link to={to}>{text}</Link> : <span>{text}</span>}
      {unit && (
        <span className="muted" lang={DATA_LANG}>
          {t('audit.subjectUnit', { unit })}
        </span>
      )}
    </span>
  );
}

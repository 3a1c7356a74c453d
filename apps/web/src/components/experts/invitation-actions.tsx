// One invitation with the moves staff may make: record the expert's answer for them, cancel, or confirm delivery
// once the activity has taken place (with the hours served); a decline or cancellation takes a reason.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type InvitationView, useMoveInvitation } from '../../api/experts/experts.ts';
import { ErrorNotice } from '../query-state.tsx';
import { topicLabel } from './topics.ts';

const movesFrom: Record<string, string[]> = {
  requested: ['accept', 'decline', 'cancel'],
  accepted: ['deliver', 'cancel'],
};

export function InvitationActions(p: {
  invitation: InvitationView;
  held: boolean;
  canAct: boolean;
  title: string;
}) {
  const { t, i18n } = useTranslation();
  const move = useMoveInvitation();
  const [reason, setReason] = useState('');
  const [hours, setHours] = useState('2');
  const i = p.invitation;
  const moves = p.canAct ? (movesFrom[i.state] ?? []).filter((m) => m !== 'deliver' || p.held) : [];
  return (
    <div className="exp-invitation" data-test={`exp-invitation-${i.id}`}>
      <p>
        <strong>{p.title}</strong> · {i.topic && `${topicLabel(i.topic, i18n.language)} · `}
        <span data-test="exp-invitation-state">{t(`experts.states.${i.state}`)}</span>
        {i.answeredBy &&
          ` · ${t('experts.invite.answeredBy', { who: i.answeredBy === 'expert' ? t('experts.invite.byExpert') : i.answeredBy })}`}
        {i.reason && ` · ${i.reason}`}
      </p>
      {i.note && <p className="muted">{i.note}</p>}
      {i.state === 'accepted' && !p.held && p.canAct && (
        <p className="muted">{t('experts.invite.notHeld')}</p>
      )}
      {moves.length > 0 && (
        <div className="svc-actions">
          {moves.some((m) => m === 'decline' || m === 'cancel') && (
            <label className="svc-inline">
              {t('experts.invite.reason')}
              <input value={reason} onChange={(e) => setReason(e.target.value)} />
            </label>
          )}
          {moves.includes('deliver') && (
            <label className="svc-inline">
              {t('experts.invite.hours')}
              <input
                type="number"
                min="0.5"
                max="24"
                step="0.5"
                value={hours}
                onChange={(e) => setHours(e.target.value)}
                data-test="exp-deliver-hours"
              />
            </label>
          )}
          {moves.map((m) => (
            <button
              key={m}
              type="button"
              className="svc-button"
              disabled={move.isPending}
              data-test={`exp-move-${m}`}
              onClick={() =>
                move.mutate({ id: i.id, move: m, reason, ...(m === 'deliver' && { hours: Number(hours) }) })
              }
            >
              {t(`experts.invite.${m}`)}
            </button>
          ))}
        </div>
      )}
      {move.error && <ErrorNotice error={move.error} />}
    </div>
  );
}

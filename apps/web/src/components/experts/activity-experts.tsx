// On an activity's page, for those who file it: the experts invited (their answers, delivery once the activity has
// taken place) and the form to invite one, the choice filtered by topic.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.ts';
import { useActivityExperts, useExperts, useInvite } from '../../api/experts/experts.ts';
import { ErrorNotice } from '../query-state.tsx';
import { InvitationActions } from './invitation-actions.tsx';
import { EXPERT_TOPICS } from './topics.ts';
import './experts.css';

export function ActivityExperts({ activityId, enabled }: { activityId: number; enabled: boolean }) {
  const { t, i18n } = useTranslation();
  const list = useActivityExperts(activityId, enabled);
  const [topic, setTopic] = useState('');
  const [expertId, setExpertId] = useState('');
  const [note, setNote] = useState('');
  const experts = useExperts(topic ? { topic } : {});
  const invite = useInvite(activityId);
  // a reader who does not file this activity sees nothing here
  if (!enabled || (list.error instanceof ApiError && list.error.status === 403)) return null;
  if (list.error) return <ErrorNotice error={list.error} />;
  if (!list.data) return null;
  const zh = i18n.language.startsWith('zh');
  const choices = (experts.data ?? []).filter((e) => e.available);
  return (
    <section aria-labelledby="exp-activity" data-test="exp-activity">
      <h2 id="exp-activity">{t('experts.invite.heading')}</h2>
      {list.data.invitations.length === 0 && <p className="muted">{t('experts.none')}</p>}
      {list.data.invitations.map((i) => (
        <InvitationActions key={i.id} invitation={i} held={list.data.held} canAct title={i.expertName} />
      ))}
      <form
        className="vol-form"
        onSubmit={(e) => {
          e.preventDefault();
          invite.mutate(
            { expertId: Number(expertId), topic: topic || null, note },
            { onSuccess: () => setNote('') },
          );
        }}
      >
        <label>
          {t('experts.invite.topic')}
          <select value={topic} onChange={(e) => setTopic(e.target.value)} data-test="exp-invite-topic">
            <option value="">{t('experts.filters.all')}</option>
            {EXPERT_TOPICS.map((x) => (
              <option key={x.code} value={x.code}>
                {zh ? x.zh : x.en}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('experts.invite.expert')}
          <select
            value={expertId}
            onChange={(e) => setExpertId(e.target.value)}
            required
            data-test="exp-invite-expert"
          >
            <option value="">{t('experts.invite.choose')}</option>
            {choices.map((e) => (
              <option key={e.id} value={e.id}>
                {e.name} · {e.organisation}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('experts.invite.note')}
          <input
            value={note}
            onChange={(e) => setNote(e.target.value)}
            maxLength={500}
            data-test="exp-invite-note"
          />
        </label>
        <button type="submit" disabled={invite.isPending} data-test="exp-invite-send">
          {t('experts.invite.send')}
        </button>
        {invite.isSuccess && <output className="vol-status">{t('experts.invite.sent')}</output>}
        {invite.error && <ErrorNotice error={invite.error} />}
      </form>
    </section>
  );
}

// The unit's notifications on the 督查 home: each one can be marked read on its own, opening its link marks it read,
// and "mark all read" clears the rest. Read state is per user (POST /api/acc/notifications/read).
import { BellOutlined } from '@ant-design/icons';
import { Badge, Button, Card, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { accApi, useAccMutation, useNotifications } from '../../api/accountability/acc.ts';
import { QueryState } from '../query-state.tsx';

export function NotificationList() {
  const { t } = useTranslation();
  const notes = useNotifications(true);
  const markRead = useAccMutation((ids: number[] | 'all') => accApi.post('/acc/notifications/read', { ids }));
  const busy = markRead.isPending;

  return (
    <section className="page-section" aria-labelledby="acc-notes">
      <Card>
        <h2 id="acc-notes" className="card-heading">
          <BellOutlined aria-hidden /> {t('acc.home.notifications')}{' '}
          {!!notes.data?.unread && (
            <Badge
              count={t('acc.home.unread', { count: notes.data.unread })}
              color="#a8071a"
              data-test="acc-unread-count"
            />
          )}
        </h2>
        <QueryState query={notes}>
          {(n) =>
            n.items.length === 0 ? (
              <p>{t('acc.home.noNotifications')}</p>
            ) : (
              <>
                <ul className="acc-list" data-test="acc-notifications">
                  {n.items.slice(0, 20).map((x) => {
                    const text = t(`acc.notice.${x.kind}`, x.params);
                    const unread = !x.readAt;
                    return (
                      <li
                        key={x.id}
                        className={unread ? 'acc-notice-unread' : ''}
                        data-test={`acc-notice-${x.kind}`}
                        data-notice={x.id}
                      >
                        <div className="acc-grow">
                          {unread && <Tag color="red">{t('accNotify.unread')}</Tag>}
                          <Link
                            to={x.link}
                            // the portal's pages are the server's, not this app's
                            reloadDocument={x.link.startsWith('/portal')}
                            onClick={() => unread && markRead.mutate([x.id])}
                            data-test="acc-notice-open"
                          >
                            {text}
                          </Link>
                          <div className="muted">{new Date(x.createdAt).toLocaleString()}</div>
                        </div>
                        {unread && (
                          <Button
                            size="small"
                            onClick={() => markRead.mutate([x.id])}
                            disabled={busy}
                            aria-label={t('accNotify.readOneLabel', { text })}
                            data-test="acc-notice-read"
                          >
                            {t('accNotify.readOne')}
                          </Button>
                        )}
                      </li>
                    );
                  })}
                </ul>
                {n.unread > 0 && (
                  <Button onClick={() => markRead.mutate('all')} loading={busy} data-test="acc-mark-read">
                    {t('acc.home.markRead')}
                  </Button>
                )}
              </>
            )
          }
        </QueryState>
      </Card>
    </section>
  );
}
